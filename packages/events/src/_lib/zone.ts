import type { CalendarDate, LocalTime, TimeZone } from '@competencyworks/core';

/*
 * The one place where wall-clock times meet the zone database. Every events output (iCalendar,
 * calendar links, JSON-LD) goes through here so they agree on every instant, including the
 * awkward ones around daylight-saving changes. Nothing here reads the machine's zone: wall
 * times are carried as "milliseconds as if the wall clock were UTC" and offsets come from
 * the runtime's zone database (via Intl).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const offsetFormats = new Map<TimeZone, (ms: number) => string>();

/**
 * The UTC offset of `zone` at instant `ms`, in minutes east of UTC (New York in winter: -300),
 * read from Intl's `longOffset` zone name ("GMT-05:00"; "GMT" for UTC; seconds for some
 * historical offsets).
 *
 * @throws RangeError when the zone is unknown (or `ms` is not a time)
 */
export function offsetMinutes(zone: TimeZone, ms: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .format;
    } catch {
      throw new RangeError(`unknown time zone "${zone}"`);
    }
    offsetFormats.set(zone, format);
  }
  const [, sign, h = 0, m = 0, s = 0] = /GMT(-?)\+?(\d*):?(\d*):?(\d*)/.exec(format(ms)) ?? [];
  const minutes = Number(h) * 60 + Number(m) + Number(s) / 60;
  return sign ? -minutes : minutes;
}

const UTC_NAMES = /^(Etc\/)?(UTC|UCT|GMT|GMT[+-]?0|Universal|Zulu|Greenwich)$/i;

/** True for the zone names that mean UTC itself, which iCalendar writes with a `Z`, not a `TZID`. */
export function isUtcZone(zone: TimeZone): boolean {
  return UTC_NAMES.test(zone);
}

/** A calendar date and local time as milliseconds, as if the wall clock were UTC. */
export function wallMs(date: CalendarDate, time: LocalTime = '00:00'): number {
  const [y = 0, m = 1, d = 1, hh = 0, mm = 0, ss = 0] = `${date}-${time}`.split(/[-:]/).map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
}

/**
 * Every instant at which a zone's clocks show a wall-clock time: one normally, two in a
 * fall-back overlap (01:30 on 2016-11-06 in New York), none in a spring-forward gap (02:30 on
 * 2017-03-12 in New York). Earliest first.
 */
export function wallInstants(zone: TimeZone, wall: number): number[] {
  return [...new Set([offsetMinutes(zone, wall - DAY), offsetMinutes(zone, wall + DAY)])]
    .flatMap((offset) => {
      const candidate = wall - offset * MINUTE;
      return offsetMinutes(zone, candidate) === offset ? [candidate] : [];
    })
    .sort((a, b) => a - b);
}

/**
 * The instant a wall-clock time names in a zone, resolved as RFC 5545 (3.3.5) says: in a
 * fall-back overlap the first occurrence; in a spring-forward gap the time read with the
 * offset before the gap (02:30 on 2017-03-12 in New York is 07:30 UTC, 03:30 EDT). Pass
 * `found` when the {@link wallInstants} are already at hand.
 */
export function wallToUtc(
  zone: TimeZone,
  wall: number,
  found: number[] = wallInstants(zone, wall),
): number {
  return found[0] ?? wall - offsetMinutes(zone, wall - DAY) * MINUTE;
}

/** The wall-clock time in `zone` at instant `ms`, as milliseconds as if that clock were UTC. */
export function utcToWall(zone: TimeZone, ms: number): number {
  return ms + offsetMinutes(zone, ms) * MINUTE;
}

/** An offset in minutes as `-05:00` (ISO 8601) or, with `separator` '', `-0500` (iCalendar). */
export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${separator}${mm}`;
}

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The instant of the change, ms since the epoch. */
  at: number;
  /** Offset before and after, minutes east of UTC. */
  from: number;
  to: number;
}

/**
 * Every offset change of `zone` in `[start, end)`, found to the minute. It samples daily
 * (no zone has changed its offset twice within a day) and bisects each day that changed.
 */
export function zoneTransitions(zone: TimeZone, start: number, end: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let lo = start;
  let loOffset = offsetMinutes(zone, lo);
  while (lo < end) {
    const hi = Math.min(lo + DAY, end);
    const hiOffset = offsetMinutes(zone, hi);
    if (hiOffset !== loOffset) {
      // Invariant: offset(a) === loOffset, offset(b) === hiOffset.
      let a = lo;
      let b = hi;
      while (b - a > MINUTE) {
        const mid = a + Math.floor((b - a) / 2 / MINUTE) * MINUTE;
        if (offsetMinutes(zone, mid) === loOffset) a = mid;
        else b = mid;
      }
      transitions.push({ at: b, from: loOffset, to: hiOffset });
    }
    lo = hi;
    loOffset = hiOffset;
  }
  return transitions;
}

/**
 * Whether an offset in force in `year` is daylight-saving time: above the smaller of the
 * January and July offsets (the runtime's zone database says offsets, not "is DST").
 */
export function isDaylightOffset(zone: TimeZone, year: number, offset: number): boolean {
  const january = offsetMinutes(zone, Date.UTC(year, 0, 1));
  const july = offsetMinutes(zone, Date.UTC(year, 6, 1));
  return offset > Math.min(january, july);
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's abbreviation at an instant ("EST", "EDT"), or undefined when Intl only knows "GMT+5:30". */
export function zoneAbbreviation(zone: TimeZone, ms: number): string | undefined {
  let format = nameFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{3,5}$/.test(name) ? name : undefined;
}
