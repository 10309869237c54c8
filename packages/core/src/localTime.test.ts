import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isLocalTime } from './isLocalTime';
import { LocalTimeSchema } from './localTime';

describe('isLocalTime', () => {
  it.each(['00:00', '09:05', '14:00', '23:59', '14:00:30'])('accepts %s', (value) => {
    expect(isLocalTime(value)).toBe(true);
  });
  it.each(['24:00', '9:05', '14:60', '14:00:60', '2 pm', '2:00 p.m.', '14h00', '14:00Z', ''])(
    'refuses %j',
    (value) => {
      expect(isLocalTime(value)).toBe(false);
    },
  );
});

describe('LocalTimeSchema', () => {
  it('passes a time through and names the expected form', () => {
    expect(v.parse(LocalTimeSchema, '14:00')).toBe('14:00');
    expect(v.safeParse(LocalTimeSchema, '2:00 pm').issues?.[0]?.message).toBe(
      'expected a local time like 14:00',
    );
  });
});
