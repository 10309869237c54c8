import { describe, expect, test } from 'vitest';
import { zonedInstant } from './zonedInstant';

// Runs under TZ=UTC, America/Los_Angeles and Asia/Kolkata: the machine's zone must not matter.

describe('zonedInstant', () => {
  test.each([
    // The webinar from archive-2016-12.txt: 2:00 p.m. ET in January is 19:00 UTC.
    ['2017-01-11', '14:00', 'America/New_York', '2017-01-11T19:00:00.000Z'],
    ['2016-07-20', '09:30', 'America/New_York', '2016-07-20T13:30:00.000Z'],
    ['2016-09-05', '18:00', 'Asia/Kolkata', '2016-09-05T12:30:00.000Z'],
    ['2016-12-19', '00:00:30', 'UTC', '2016-12-19T00:00:30.000Z'],
    // Fall-back overlap: the first 01:30 (EDT).
    ['2016-11-06', '01:30', 'America/New_York', '2016-11-06T05:30:00.000Z'],
    // Spring-forward gap: 02:30 read with the offset before the gap (EST), i.e. 03:30 EDT.
    ['2017-03-12', '02:30', 'America/New_York', '2017-03-12T07:30:00.000Z'],
    ['2016-10-30', '02:30', 'Europe/Berlin', '2016-10-30T00:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    expect(new Date(zonedInstant(date, time, zone)).toISOString()).toBe(iso);
  });

  test('an unknown zone throws', () => {
    expect(() => zonedInstant('2017-01-11', '14:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});
