import { type CalendarDate, daysBetween, toCalendarDate, weekdayOf } from '@competencyworks/core';
import type { DateMention } from './dateRules';

/** A date mention placed on the calendar. */
export interface ResolvedDates {
  start: CalendarDate;
  /** Inclusive last day, for ranges. */
  end?: CalendarDate;
  yearInferred: boolean;
  /** The weekday the text wrote, when it disagrees with the date. */
  weekdayMismatch?: { written: string; actual: number };
  /** A yearless date read as its last occurrence although a next one exists, which this is. */
  nextOccurrence?: CalendarDate;
}

/** Why a mention could not be placed on the calendar. */
export type UnresolvedDates =
  | { problem: 'no-reference-date' }
  | { problem: 'no-such-day'; text: string }
  | { problem: 'ends-before-start'; start: CalendarDate; end: CalendarDate };

const within = (earlier: CalendarDate, later: CalendarDate, days: number) =>
  daysBetween(earlier, later) <= days;

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
): { date: CalendarDate; next?: CalendarDate } | undefined {
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
    const last = next === undefined ? { date: previous } : { date: previous, next };
    if (pastTense && within(previous, reference, 183)) return last;
    const recent = within(previous, reference, 31);
    if (next === undefined || (recent && !within(reference, next, 300))) return last;
  }
  return next === undefined ? undefined : { date: next };
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
  let { month, day } = mention;
  // "Friday 9/12": the reading that falls on the written weekday, month first when both do.
  if (mention.swapped !== undefined && mention.weekday !== undefined && reference !== undefined) {
    const year = mention.year;
    const onWeekday = (m: number, d: number) => {
      const date =
        year !== undefined ? toCalendarDate(year, m, d) : inferYear(m, d, reference, false)?.date;
      return date !== undefined && weekdayOf(date) === mention.weekday;
    };
    if (!onWeekday(month, day) && onWeekday(mention.swapped.month, mention.swapped.day))
      ({ month, day } = mention.swapped);
  }
  let startYear = mention.year;
  if (startYear === undefined && mention.endYear !== undefined) {
    startYear =
      mention.endMonth !== undefined && mention.endMonth < month
        ? mention.endYear - 1
        : mention.endYear;
  }
  let start: CalendarDate | undefined;
  let nextOccurrence: CalendarDate | undefined;
  const yearInferred = startYear === undefined;
  if (startYear === undefined) {
    if (reference === undefined) return { problem: 'no-reference-date' };
    const inferred = inferYear(month, day, reference, pastTense);
    start = inferred?.date;
    nextOccurrence = inferred?.next;
  } else {
    start = toCalendarDate(startYear, month, day);
  }
  if (start === undefined) return { problem: 'no-such-day', text: mention.text };
  const resolved: ResolvedDates = { start, yearInferred };
  if (nextOccurrence !== undefined) resolved.nextOccurrence = nextOccurrence;
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
