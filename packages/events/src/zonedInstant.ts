import type { CalendarDate, LocalTime, TimeZone } from '@competencyworks/core';
import { wallMs, wallToUtc } from './_lib/zone';

/**
 * The instant a wall-clock time names in an IANA zone, in milliseconds since the epoch, read
 * the way every events output reads it (RFC 5545 3.3.5): in a fall-back overlap the first
 * occurrence; in a spring-forward gap the time read with the offset before the gap. Light
 * enough for the browser widgets (Intl only, no schemas).
 *
 * @param date - The calendar date, `YYYY-MM-DD`.
 * @param time - The local time, `HH:MM` or `HH:MM:SS`.
 * @param zone - The IANA zone.
 * @returns Milliseconds since the epoch.
 * @throws RangeError when the zone is unknown.
 *
 * @example
 * zonedInstant('2017-01-11', '14:00', 'America/New_York'); //=> Date.parse('2017-01-11T19:00:00Z')
 * zonedInstant('2017-03-12', '02:30', 'America/New_York'); //=> Date.parse('2017-03-12T07:30:00Z')
 */
export function zonedInstant(date: CalendarDate, time: LocalTime, zone: TimeZone): number {
  return wallToUtc(zone, wallMs(date, time));
}
