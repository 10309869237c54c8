import { calendarText, eventLines, stampOf } from './_lib/icalEvent';
import { formatDateTime } from './_lib/icalFormat';
import { vtimezoneLines } from './_lib/icalTimezone';
import { isUtcZone } from './_lib/zone';
import { eventSpan, type ResolvedTime } from './_lib/zoneTimes';
import type { Event } from './event';

/**
 * Options for {@link toICalendar}.
 *
 * @example
 * const options: ICalendarOptions = {
 *   name: 'CompetencyWorks Events',
 *   domain: 'competencyworks.org',
 *   now: '2016-12-19T14:05:00Z',
 * };
 */
export interface ICalendarOptions {
  /** Calendar name shown by clients that support `X-WR-CALNAME`. */
  name?: string;
  /** Domain that makes each `UID` globally unique: `<event id>@<domain>`. Default `competencyworks.org`. */
  domain?: string;
  /** The `DTSTAMP` of every event: a `Date` or an ISO 8601 instant. Default: the current time. */
  now?: Date | string;
  /** The `PRODID`. Default `-//CompetencyWorks//Content Kit//EN`. */
  prodId?: string;
}

function dateTimeProperty(name: string, time: ResolvedTime): string {
  if (time.zone === undefined) return `${name}:${formatDateTime(time.wall)}`;
  // A wall time the zone shows twice or never is written as UTC: RFC 5545 says which instant
  // it means, but parsers differ (ical.js reads both cases an hour off the RFC), and a UTC
  // value means the same to all of them, and to our links and JSON-LD.
  if (time.utc !== undefined && (isUtcZone(time.zone) || time.ambiguous)) {
    return `${name}:${formatDateTime(time.utc)}Z`;
  }
  return `${name};TZID=${time.zone}:${formatDateTime(time.wall)}`;
}

function zoneUse(events: Event[]): Map<string, number[]> {
  const zones = new Map<string, number[]>();
  for (const event of events) {
    const span = eventSpan(event);
    if (span.allDay) continue;
    for (const time of [span.start, span.end]) {
      if (!time?.zone || time.utc === undefined || isUtcZone(time.zone) || time.ambiguous) continue;
      const instants = zones.get(time.zone) ?? [];
      instants.push(time.utc);
      zones.set(time.zone, instants);
    }
  }
  return zones;
}

/**
 * Writes events as an iCalendar (RFC 5545) file: one `VEVENT` per event and one `VTIMEZONE` per
 * zone used, with CRLF line endings and lines folded at 75 octets.
 *
 * - Timed events in a zone: `DTSTART;TZID=America/New_York:20170111T140000`, with a `VTIMEZONE`
 *   computed from the runtime's zone database for the years the events span. In UTC, or at a
 *   wall time a daylight-saving change makes ambiguous or skips (read as RFC 5545 says: the
 *   first occurrence, or the offset before the gap): `...Z`.
 *   Without a zone: floating local time, the same clock time wherever the reader is.
 * - All-day events: `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the day after
 *   the model's inclusive end).
 * - A timed event without an end gets `DURATION:PT1H`.
 * - `DESCRIPTION` holds the description, presenters, organizer and registration link; `URL`
 *   the registration link (else the venue's page); `STATUS` is `CONFIRMED`, `TENTATIVE`
 *   (postponed) or `CANCELLED`.
 *
 * Pure: pass `options.now` to fix `DTSTAMP`, else it is the current time.
 *
 * @param events - One event or many.
 * @param options - Calendar name, UID domain, DTSTAMP and PRODID.
 * @returns The `.ics` text.
 *
 * @example
 * toICalendar(webinar, { now: '2016-12-19T00:00:00Z' }).split('\r\n');
 * //=> ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CompetencyWorks//Content Kit//EN',
 * //    'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
 * //    'BEGIN:VTIMEZONE', 'TZID:America/New_York', ..., 'END:VTIMEZONE',
 * //    'BEGIN:VEVENT',
 * //    'UID:2017-01-11-advancing-competency-education-in-new-england@competencywork',
 * //    ' s.org',
 * //    'DTSTAMP:20161219T000000Z',
 * //    'DTSTART;TZID=America/New_York:20170111T140000',
 * //    'DTEND;TZID=America/New_York:20170111T150000',
 * //    'SUMMARY:Advancing Competency Education in New England',
 * //    'DESCRIPTION:Presenters: Paul Leather\\, David Ruff\\, Chris Sturgis',
 * //    'LOCATION:Online', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR', '']
 */
export function toICalendar(events: Event | Event[], options: ICalendarOptions = {}): string {
  const list = Array.isArray(events) ? events : [events];
  const stamp = stampOf(options.now);
  const domain = options.domain ?? 'competencyworks.org';
  const body: string[] = [];
  const zones = [...zoneUse(list)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [zone, instants] of zones) body.push(...vtimezoneLines(zone, instants));
  for (const event of list) body.push(...eventLines(event, domain, stamp, dateTimeProperty));
  return calendarText(options, body);
}
