import * as v from 'valibot';
import { daysInMonth, isCalendarDate } from './isCalendarDate';

/**
 * A day on the calendar with no time and no zone, written `YYYY-MM-DD`. Used where a source
 * gives only a date ("August 18, 2016"), so no false precision is invented.
 *
 * @example
 * const day: CalendarDate = '2016-08-18';
 */
export type CalendarDate = string;

/**
 * Builds a calendar date from its parts, or returns undefined when they name no real day.
 *
 * @example
 * toCalendarDate(2017, 1, 11); //=> '2017-01-11'
 * toCalendarDate(2017, 2, 30); //=> undefined
 */
export function toCalendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The weekday of a calendar date, 0 for Sunday to 6 for Saturday, independent of any time zone.
 *
 * @example
 * weekdayOf('2017-01-11'); //=> 3 (Wednesday)
 */
export function weekdayOf(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The number of days from one calendar date to another (negative when `to` is earlier),
 * without touching any time zone: the one day counter of the kit.
 *
 * @param from - The first date.
 * @param to - The second date.
 * @returns Whole days from `from` to `to`.
 * @example
 * daysBetween('2016-12-19', '2017-01-11'); //=> 23
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const day = (date: CalendarDate) =>
    Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
  return day(to) - day(from);
}

/**
 * Adds whole days to a calendar date, without touching any time zone.
 *
 * @example
 * addCalendarDays('2016-10-28', 1); //=> '2016-10-29'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Validates a {@link CalendarDate}.
 *
 * @example
 * v.parse(CalendarDateSchema, '2017-01-11'); //=> '2017-01-11'
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const CalendarDateSchema: v.GenericSchema<unknown, CalendarDate> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string('expected a calendar date like 2017-01-11'),
  /* @__PURE__ */ v.check(isCalendarDate, 'expected a calendar date like 2017-01-11'),
);
