import { calendarText, eventLines, stampOf } from './_lib/icalEvent';
import { formatDateTime } from './_lib/icalFormat';
import { type ResolvedTime, utcText } from './_lib/zoneTimes';
import type { Event } from './event';
import type { ICalendarOptions } from './toICalendar';

// Floating times (no zone) stay floating: the same clock time wherever the reader is.
const utcProperty = (name: string, time: ResolvedTime): string =>
  `${name}:${utcText(time, formatDateTime)}`;

/**
 * Writes events as an iCalendar (RFC 5545) file like {@link toICalendar}, but with every zoned
 * time as a UTC instant (`DTSTART:20170111T190000Z`) and so without `VTIMEZONE` blocks. Every
 * calendar imports it at the right instant and shows it in the reader's zone; what it loses is
 * the event's own zone name, which only matters to someone who edits the event later. It is
 * a separate function (not an option) so a browser bundle that only needs a download link
 * leaves the `VTIMEZONE` generator out. All-day events, floating times, `DURATION:PT1H`,
 * `DESCRIPTION`, `URL` and `STATUS` are written exactly as by {@link toICalendar}.
 *
 * @param events - One event or many.
 * @param options - Calendar name, UID domain, DTSTAMP and PRODID.
 * @returns The `.ics` text.
 *
 * @example
 * toICalendarUtc(webinar, { now: '2016-12-19T00:00:00Z' }).split('\r\n');
 * //=> ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CompetencyWorks//Content Kit//EN',
 * //    'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
 * //    'UID:2017-01-11-advancing-competency-education-in-new-england@competencywork',
 * //    ' s.org',
 * //    'DTSTAMP:20161219T000000Z',
 * //    'DTSTART:20170111T190000Z', 'DTEND:20170111T200000Z',
 * //    'SUMMARY:Advancing Competency Education in New England',
 * //    'DESCRIPTION:Presenters: Paul Leather\\, David Ruff\\, Chris Sturgis',
 * //    'LOCATION:Online', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR', '']
 */
export function toICalendarUtc(events: Event | Event[], options: ICalendarOptions = {}): string {
  const list = Array.isArray(events) ? events : [events];
  const stamp = stampOf(options.now);
  const domain = options.domain ?? 'competencyworks.org';
  return calendarText(
    options,
    list.flatMap((event) => eventLines(event, domain, stamp, utcProperty)),
  );
}
