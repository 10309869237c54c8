// Without valibot, so browser bundles and unbundled ESM can check dates without the schemas.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is a real calendar date in `YYYY-MM-DD` form (February 30 is not).
 *
 * @example
 * isCalendarDate('2016-02-29'); //=> true
 * isCalendarDate('2017-02-29'); //=> false
 * isCalendarDate('Jan 11');     //=> false
 */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The number of days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * daysInMonth(2016, 2); //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
