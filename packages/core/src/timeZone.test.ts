import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from './isTimeZone';
import { TimeZoneSchema } from './timeZone';

describe('isTimeZone', () => {
  it.each([
    'America/New_York',
    'America/Los_Angeles',
    'Asia/Kolkata',
    'UTC',
    'America/Argentina/Buenos_Aires',
    'Etc/GMT+5',
  ])('accepts %s', (value) => {
    expect(isTimeZone(value)).toBe(true);
  });
  it.each([
    'ET',
    'Eastern',
    'America/Nowhere',
    '+05:00',
    'EST5EDT/Nowhere',
    '',
    'America/New York',
  ])('refuses %j', (value) => {
    expect(isTimeZone(value)).toBe(false);
  });
  it('gives the same answer from its cache', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('ET')).toBe(false);
  });
});

describe('TimeZoneSchema', () => {
  it('refuses an abbreviation with the expected form', () => {
    expect(v.parse(TimeZoneSchema, 'America/New_York')).toBe('America/New_York');
    expect(v.safeParse(TimeZoneSchema, 'ET').issues?.[0]?.message).toBe(
      'expected an IANA time zone like America/New_York',
    );
  });
});
