import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  CalendarDateSchema,
  daysBetween,
  toCalendarDate,
  weekdayOf,
} from './calendarDate';
import { daysInMonth, isCalendarDate } from './isCalendarDate';

describe('isCalendarDate', () => {
  it.each(['2016-08-18', '2016-02-29', '2000-02-29', '2017-12-31', '0001-01-01'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );
  it.each([
    '2017-02-29',
    '1900-02-29',
    '2016-13-01',
    '2016-00-10',
    '2016-04-31',
    '2016-8-18',
    'Jan 11',
    '2016-08-18T00:00:00Z',
    '',
  ])('refuses %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2016, 2, 29],
    [2017, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2016, 4, 30],
    [2016, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('toCalendarDate', () => {
  it('builds a padded date from its parts', () => {
    expect(toCalendarDate(2017, 1, 11)).toBe('2017-01-11');
    expect(toCalendarDate(476, 9, 4)).toBe('0476-09-04');
  });
  it.each([
    [2017, 2, 30],
    [2017, 13, 1],
    [2017, 0, 1],
    [0, 1, 1],
    [10000, 1, 1],
    [2017.5, 1, 1],
  ])('refuses %i-%i-%i', (y, m, d) => {
    expect(toCalendarDate(y, m, d)).toBeUndefined();
  });
});

describe('weekdayOf and addCalendarDays', () => {
  it('knows January 11, 2017 was a Wednesday and October 25, 2016 a Tuesday', () => {
    expect(weekdayOf('2017-01-11')).toBe(3);
    expect(weekdayOf('2016-10-25')).toBe(2);
  });
  it('adds days across month, year and leap-day boundaries, and backwards', () => {
    expect(addCalendarDays('2016-10-28', 1)).toBe('2016-10-29');
    expect(addCalendarDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addCalendarDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addCalendarDays('2016-03-01', -1)).toBe('2016-02-29');
    // Across the US daylight-saving change (November 6, 2016): still exactly one day.
    expect(addCalendarDays('2016-11-06', 1)).toBe('2016-11-07');
  });
});

describe('CalendarDateSchema', () => {
  it('passes a date through and refuses other values with the expected message', () => {
    expect(v.parse(CalendarDateSchema, '2017-01-11')).toBe('2017-01-11');
    const result = v.safeParse(CalendarDateSchema, 'Jan 11');
    expect(result.issues?.[0]?.message).toBe('expected a calendar date like 2017-01-11');
    expect(v.safeParse(CalendarDateSchema, 20170111).issues?.[0]?.message).toBe(
      'expected a calendar date like 2017-01-11',
    );
  });
});

describe('daysBetween', () => {
  it('counts days across months, years and leap days, either way', () => {
    expect(daysBetween('2016-12-19', '2017-01-11')).toBe(23);
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2017-01-11', '2016-12-19')).toBe(-23);
    expect(daysBetween('2020-05-07', '2020-05-07')).toBe(0);
  });

  it('agrees with addCalendarDays', () => {
    for (const days of [-400, -1, 0, 1, 31, 366]) {
      expect(daysBetween('2016-10-28', addCalendarDays('2016-10-28', days))).toBe(days);
    }
  });
});
