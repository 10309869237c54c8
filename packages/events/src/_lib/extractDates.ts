import { addCalendarDays, type CalendarDate, daysBetween } from '@competencyworks/core';
import type { EventDateTime } from '../event';
import { type DateMention, findDates } from './dateRules';
import { resolveDates } from './dateRuleYears';
import { nonAnnouncement, PAST_TENSE } from './extractCues';
import { seasonMismatch } from './zoneWords';

/** A date a sentence announces, placed on the calendar with its time and zone. */
export interface AnnouncedDate {
  mention: DateMention;
  start: EventDateTime;
  end?: EventDateTime;
  yearInferred: boolean;
}

/** Something wrong with a date as written, for the caller to report (or not). */
export type DateProblem =
  | 'year-unknown'
  | 'invalid-date'
  | 'range-ends-before-start'
  | 'weekday-mismatch'
  | 'zone-season-mismatch'
  | 'date-far-from-post';

/**
 * Days after the post beyond which a written date is kept with a warning: more than a year
 * ahead, where a mistyped year is likelier than an announcement (conferences are announced up to
 * a year ahead; a yearless date is never more than a year ahead).
 */
const FAR_AHEAD = 366;

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/**
 * The upcoming dates a sentence announces, read as announcements write them, with the year
 * inferred from the post's date when missing. Not announced: dates in sentences that cite
 * (origin notes, "last fall"), statistics and date lines; dates already past on the post's
 * date; "ranges" longer than a month (life dates, terms). `problems` hears about dates that
 * cannot be placed (dropped) and about a weekday or zone word that disagrees (kept as written).
 */
export function announcedDates(
  sentence: string,
  reference: CalendarDate | undefined,
  problems: (code: DateProblem, detail: string, mention: DateMention) => void,
): { mentions: DateMention[]; dates: AnnouncedDate[] } {
  const dates: AnnouncedDate[] = [];
  if (!/\d/.test(sentence)) return { mentions: [], dates };
  const mentions = findDates(sentence);
  if (mentions.length === 0 || nonAnnouncement(sentence) !== undefined)
    return { mentions: [], dates };
  const pastTense = PAST_TENSE.test(sentence);
  for (const mention of mentions) {
    const resolved = resolveDates(mention, reference, pastTense);
    if ('problem' in resolved) {
      if (resolved.problem === 'no-reference-date') {
        problems(
          'year-unknown',
          `"${mention.text}" has no year and the post no date to infer it from; no event made`,
          mention,
        );
      } else if (resolved.problem === 'no-such-day') {
        problems(
          'invalid-date',
          `"${resolved.text}" is not a day on the calendar; no event made`,
          mention,
        );
      } else {
        problems(
          'range-ends-before-start',
          `"${mention.text}" ends (${resolved.end}) before it starts (${resolved.start}); no event made`,
          mention,
        );
      }
      continue;
    }
    const lastDay = resolved.end ?? resolved.start;
    if (reference !== undefined && lastDay < reference) {
      // Not silently: a yearless date just before the post whose next occurrence is most of a
      // year away was read as past, and that reading may be wrong.
      if (resolved.nextOccurrence !== undefined && !pastTense) {
        problems(
          'date-far-from-post',
          `"${mention.text}" was read as ${resolved.start}, before the post, so no event was made; its next occurrence, ${resolved.nextOccurrence}, is ${daysBetween(reference, resolved.nextOccurrence)} days after the post`,
          mention,
        );
      }
      continue;
    }
    if (reference !== undefined && daysBetween(reference, resolved.start) > FAR_AHEAD) {
      problems(
        'date-far-from-post',
        `"${mention.text}" is ${resolved.start}, ${daysBetween(reference, resolved.start)} days after the post; the event was kept, but a date this far ahead may have a mistyped year`,
        mention,
      );
    }
    if (resolved.end !== undefined && addCalendarDays(resolved.start, 31) < resolved.end) continue;
    if (resolved.weekdayMismatch) {
      const { written, actual } = resolved.weekdayMismatch;
      problems(
        'weekday-mismatch',
        `"${mention.text}" says ${written} but ${resolved.start} is a ${WEEKDAY_NAMES[actual]}; kept the date as written`,
        mention,
      );
    }
    const announced: AnnouncedDate = {
      mention,
      start: { date: resolved.start },
      yearInferred: resolved.yearInferred,
    };
    if (resolved.end !== undefined) announced.end = { date: resolved.end };
    const time = mention.time;
    if (time && mention.partOfDay === undefined) {
      if (time.finish !== undefined) {
        announced.start.time = time.start;
        const endDate = time.finishNextDay ? addCalendarDays(lastDay, 1) : lastDay;
        announced.end = { date: endDate, time: time.finish };
        if (time.zone) {
          announced.start.timeZone = time.zone.zone;
          announced.end.timeZone = time.zone.zone;
        }
      } else if (announced.end === undefined) {
        // "October 25-28, 9 a.m." gives a start time but no end time: only the days are kept.
        announced.start.time = time.start;
        if (time.zone) announced.start.timeZone = time.zone.zone;
      }
      const mismatch = time.zone && seasonMismatch(time.zone, resolved.start, time.start);
      if (mismatch) {
        problems(
          'zone-season-mismatch',
          `"${time.zoneText}" on ${resolved.start} is announced in ${mismatch} time there; kept ${time.start} as ${time.zone?.zone} wall-clock time`,
          mention,
        );
      }
    }
    dates.push(announced);
  }
  return { mentions, dates };
}
