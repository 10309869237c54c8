import type { TimeZone } from '@competencyworks/core';
import { wallMs, wallToUtc } from './_lib/zone';
import { endOrDefault, eventSpan } from './_lib/zoneTimes';
import type { Event } from './event';

/**
 * When an event starts and ends, as instants in milliseconds, read exactly as the calendar
 * outputs read it: zoned times are exact; floating times and whole days without a zone are read
 * in `viewerZone`; a timed event without an end lasts an hour; a timed end with no time of its
 * own ends at midnight after that day; a whole-day event ends at midnight after its last day.
 * Light enough for the browser widgets (Intl only, no schemas).
 *
 * @param event - The event.
 * @param viewerZone - The zone to read floating times in, e.g. the browser's.
 * @returns `{ start, end }` in milliseconds since the epoch, `end` never before `start`.
 * @throws RangeError when a zone is unknown.
 *
 * @example
 * eventInstants(webinar, 'Asia/Kolkata');
 * //=> { start: Date.parse('2017-01-11T19:00:00Z'), end: Date.parse('2017-01-11T20:00:00Z') }
 */
export function eventInstants(event: Event, viewerZone: TimeZone): { start: number; end: number } {
  const span = eventSpan(event);
  if (span.allDay) {
    const zone = event.start.timeZone ?? viewerZone;
    return {
      start: wallToUtc(zone, wallMs(span.start)),
      end: wallToUtc(zone, wallMs(span.endExclusive)),
    };
  }
  const start = span.start.utc ?? wallToUtc(viewerZone, span.start.wall);
  const last = endOrDefault(span);
  const end = last.utc ?? wallToUtc(viewerZone, last.wall);
  return { start, end: Math.max(start, end) };
}
