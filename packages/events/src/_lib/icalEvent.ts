import type { Event } from '../event';
import type { ICalendarOptions } from '../toICalendar';
import { escapeText, foldLine, formatDate, formatDateTime } from './icalFormat';
import { calendarDetails, calendarLocation } from './icalText';
import { eventSpan, type ResolvedTime } from './zoneTimes';

/*
 * What `toICalendar` and `toICalendarUtc` share: the calendar envelope and one VEVENT. They
 * differ only in how a timed DTSTART/DTEND is written (with a TZID and a VTIMEZONE, or in UTC).
 */

/** Writes a timed `DTSTART`/`DTEND` property: `name` and the resolved time. */
export type DateTimeProperty = (name: string, time: ResolvedTime) => string;

/** One event's `VEVENT` lines (unfolded). */
export function eventLines(
  event: Event,
  domain: string,
  stamp: string,
  dateTime: DateTimeProperty,
): string[] {
  const span = eventSpan(event);
  const { status } = event;
  const url = event.registrationUrl ?? event.location?.url;
  const text = (name: string, value: string | undefined) =>
    value ? [`${name}:${escapeText(value)}`] : [];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${domain}`)}`,
    `DTSTAMP:${stamp}`,
    ...(span.allDay
      ? [
          `DTSTART;VALUE=DATE:${formatDate(span.start)}`,
          `DTEND;VALUE=DATE:${formatDate(span.endExclusive)}`,
        ]
      : [
          dateTime('DTSTART', span.start),
          span.end ? dateTime('DTEND', span.end) : 'DURATION:PT1H',
        ]),
    `SUMMARY:${escapeText(event.title)}`,
    ...text('DESCRIPTION', calendarDetails(event)),
    ...text('LOCATION', calendarLocation(event)),
    ...(url ? [`URL:${url.replace(/[\r\n]/g, '')}`] : []),
    // Postponed without a new date: it may still happen, nobody knows when.
    `STATUS:${status === 'cancelled' ? 'CANCELLED' : status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** The `DTSTAMP` value for `options.now` (default: the current time). */
export function stampOf(now: Date | string | undefined): string {
  const ms = now === undefined ? Date.now() : new Date(now).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`toICalendar: invalid "now": ${String(now)}`);
  return `${formatDateTime(ms)}Z`;
}

/** The whole `.ics` text: the `VCALENDAR` envelope around `body`, folded, with CRLF endings. */
export function calendarText(options: ICalendarOptions, body: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? '-//CompetencyWorks//Content Kit//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name === undefined ? [] : [`X-WR-CALNAME:${escapeText(options.name)}`]),
    ...body,
    'END:VCALENDAR',
  ]
    .map((line) => `${foldLine(line)}\r\n`)
    .join('');
}
