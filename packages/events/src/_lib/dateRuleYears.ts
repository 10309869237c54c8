import { type CalendarDate, toCalendarDate, weekdayOf } from '@competencyworks/core';
import type { DateMention } from './dateRules';

/** A date mention placed on the calendar. */
export interface ResolvedDates {
  start: CalendarDate;
  /** Inclusive last day, for ranges. */
  end?: CalendarDate;
  yearInferred: boolean;
  /** The weekday the text wrote, when it disagrees with the date. */
  weekdayMismatch?: { written: string; actual: number };
}

/** Why a mention could not be placed on the calendar. */
export type UnresolvedDates =
  | { problem: 'no-reference-date' }
  | { problem: 'no-such-day'; text: string }
  | { problem: 'ends-before-start'; start: CalendarDate; end: CalendarDate };

// Day numbers from calendar dates, so the machine's zone never moves a day. date-fns'
// differenceInCalendarDays needs a TZDate context per call to be zone-free, and that made
// reading a sentence ten times slower than this.
const dayNumber = (date: CalendarDate) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
const within = (earlier: CalendarDate, later: CalendarDate, days: number) =>
  dayNumber(earlier) + days >= dayNumber(later);

/*
 * A yearless date in an announcement means its next occurrence on or after the post's date
 * ("January 11" posted on 2016-12-19 is 2017-01-11). "Within reason": a date a few weeks
 * before the post that the post talks about in the past tense ("was held on October 25" in a
 * post of November 2) is last occurrence, not next year's, and so is any date less than a
 * month back when next year's is more than ten months away. Such dates come back in the past,
 * and the caller drops past dates.
 */
function inferYear(
  month: number,
  day: number,
  reference: CalendarDate,
  pastTense: boolean,
): CalendarDate | undefined {
  const refYear = Number(reference.slice(0, 4));
  let next: CalendarDate | undefined;
  let previous: CalendarDate | undefined;
  // February 29 may be up to eight years away (1896 to 1904); every other day is within one.
  for (let year = refYear - 1; year <= refYear + 8; year++) {
    const date = toCalendarDate(year, month, day);
    if (date === undefined) continue;
    if (date >= reference) {
      next = date;
      break;
    }
    previous = date;
  }
  if (previous !== undefined) {
    if (pastTense && within(previous, reference, 183)) return previous;
    const recent = within(previous, reference, 31);
    if (next === undefined || (recent && !within(reference, next, 300))) return previous;
  }
  return next;
}

/**
 * Places a date mention on the calendar, inferring a missing year from the post's date.
 * A range's end takes the start's year unless it wraps into January ("December 30-January 2").
 */
export function resolveDates(
  mention: DateMention,
  reference: CalendarDate | undefined,
  pastTense: boolean,
): ResolvedDates | UnresolvedDates {
  const { month, day } = mention;
  let startYear = mention.year;
  if (startYear === undefined && mention.endYear !== undefined) {
    startYear =
      mention.endMonth !== undefined && mention.endMonth < month
        ? mention.endYear - 1
        : mention.endYear;
  }
  let start: CalendarDate | undefined;
  const yearInferred = startYear === undefined;
  if (startYear === undefined) {
    if (reference === undefined) return { problem: 'no-reference-date' };
    start = inferYear(month, day, reference, pastTense);
  } else {
    start = toCalendarDate(startYear, month, day);
  }
  if (start === undefined) return { problem: 'no-such-day', text: mention.text };
  const resolved: ResolvedDates = { start, yearInferred };
  if (mention.endDay !== undefined) {
    const endMonth = mention.endMonth ?? month;
    const year = Number(start.slice(0, 4));
    const endYear = mention.endYear ?? (endMonth < month ? year + 1 : year);
    const end = toCalendarDate(endYear, endMonth, mention.endDay);
    if (end === undefined) return { problem: 'no-such-day', text: mention.text };
    if (end < start) return { problem: 'ends-before-start', start, end };
    if (end > start) resolved.end = end;
  }
  if (mention.weekday !== undefined && weekdayOf(start) !== mention.weekday) {
    resolved.weekdayMismatch = { written: mention.weekdayText ?? '', actual: weekdayOf(start) };
  }
  return resolved;
}
