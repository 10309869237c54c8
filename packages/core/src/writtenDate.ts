import { type CalendarDate, toCalendarDate } from './calendarDate';

const MONTH_NAMES: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * A regular-expression source matching an English month name or its abbreviation
 * ("January", "Jan", "Jan.", "Sept"), for building date rules. Case-insensitive use expected.
 *
 * @example
 * const month = new RegExp(`^${MONTH_PATTERN}$`, 'i');
 * month.test('January'); //=> true
 * month.test('Sept.');   //=> true
 */
export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * The month number (1-12) of an English month name or abbreviation, or undefined.
 *
 * @example
 * monthNumber('October'); //=> 10
 * monthNumber('Sept.');   //=> 9
 */
export function monthNumber(name: string): number | undefined {
  return MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')];
}

const WRITTEN_DATE = new RegExp(
  `^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`,
  'i',
);

/**
 * Reads a date written the American way, as WordPress themes and announcements print it:
 * "August 18, 2016", "Aug. 18, 2016", "Wednesday, January 11, 2017", "October 25th, 2016".
 * Anything else, or a day that does not exist, gives undefined.
 *
 * @example
 * parseWrittenDate('July 25, 2016');  //=> '2016-07-25'
 * parseWrittenDate('Jan. 28, 1950');  //=> '1950-01-28'
 * parseWrittenDate('February 30, 2016'); //=> undefined
 */
export function parseWrittenDate(text: string): CalendarDate | undefined {
  const match = WRITTEN_DATE.exec(text.trim());
  if (!match) return undefined;
  const month = monthNumber(match[1] as string);
  return month === undefined
    ? undefined
    : toCalendarDate(Number(match[3]), month, Number(match[2]));
}
