import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InstantSchema, isInstant } from './instant';

describe('isInstant', () => {
  it.each([
    '2016-12-19T14:05:00Z',
    '2016-12-19T09:05:00-05:00',
    '2016-12-19T19:35:00+05:30',
    '2016-12-19T14:05Z',
    '2016-12-19T14:05:00.123Z',
    '2016-12-19T14:05:00+0530',
  ])('accepts %s', (value) => {
    expect(isInstant(value)).toBe(true);
  });
  it.each([
    '2016-12-19T14:05:00',
    '2016-12-19',
    '2016-12-19 14:05:00Z',
    '2017-02-29T10:00:00Z',
    '2016-12-19T24:00:00Z',
    '2016-12-19T14:05:00+24:00',
    'Mon, 19 Dec 2016 14:05:00 +0000',
  ])('refuses %j', (value) => {
    expect(isInstant(value)).toBe(false);
  });
});

describe('InstantSchema', () => {
  it('refuses a time without an offset, naming the expected form', () => {
    expect(v.parse(InstantSchema, '2016-12-19T14:05:00Z')).toBe('2016-12-19T14:05:00Z');
    expect(v.safeParse(InstantSchema, '2016-12-19T14:05:00').issues?.[0]?.message).toBe(
      'expected an ISO 8601 instant with offset like 2016-12-19T14:05:00Z',
    );
  });
});
