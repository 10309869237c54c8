import { addCalendarDays, type CalendarDate, type TimeZone } from '@competencyworks/core';
import type { Event } from '../event';
import { isUtcZone, utcToWall, wallInstants, wallMs, wallToUtc } from './zone';

const HOUR = 3_600_000;

/** A point on the clock: the wall time, its zone (absent: floating local time) and its instant. */
export interface ResolvedTime {
  /** Milliseconds as if the wall clock were UTC. */
  wall: number;
  zone?: TimeZone;
  /** The instant, ms since the epoch; absent for floating local times. */
  utc?: number;
  /** True when the zone's clocks show this wall time twice or never (a daylight-saving change). */
  ambiguous?: true;
}

/** An event's span, in the form the calendar outputs need. */
export type EventSpan =
  | {
      allDay: true;
      start: CalendarDate;
      /** Inclusive last day, as the model keeps it. */
      lastDay: CalendarDate;
      /** Exclusive end, as iCalendar and Google want it: the day after the last day. */
      endExclusive: CalendarDate;
    }
  | {
      allDay: false;
      start: ResolvedTime;
      /** Absent when the announcement gave no end. */
      end?: ResolvedTime;
    };

function resolve(wall: number, zone: TimeZone | undefined, utc?: number): ResolvedTime {
  if (zone === undefined) return { wall };
  if (isUtcZone(zone)) return { wall, zone, utc: wall };
  const found = wallInstants(zone, wall);
  return {
    wall,
    zone,
    utc: utc ?? wallToUtc(zone, wall, found),
    ...(found.length !== 1 && { ambiguous: true }),
  };
}

/**
 * Resolves an event's start and end. An event is timed when it is not `allDay` and its start
 * has a time. A timed end without a time of its own (a workshop from 9:00 on the 25th "to the
 * 28th") ends at midnight after that day in the start's zone; an end with a time but no zone
 * takes the start's zone.
 */
export function eventSpan(event: Event): EventSpan {
  const { start, end } = event;
  if (event.allDay || start.time === undefined) {
    const lastDay = end !== undefined && end.date > start.date ? end.date : start.date;
    return { allDay: true, start: start.date, lastDay, endExclusive: addCalendarDays(lastDay, 1) };
  }
  const startTime = resolve(wallMs(start.date, start.time), start.timeZone);
  if (end === undefined) return { allDay: false, start: startTime };
  const endTime =
    end.time === undefined
      ? resolve(wallMs(addCalendarDays(end.date, 1)), start.timeZone)
      : resolve(wallMs(end.date, end.time), end.timeZone ?? start.timeZone);
  return { allDay: false, start: startTime, end: endTime };
}

/**
 * The end to use where a calendar needs one and the event has none: one hour after the start
 * (an hour is what the typical announced webinar lasts, and what calendar apps default to).
 * Zoned times add an hour of real time, then read the clock again in the end's zone.
 */
export function endOrDefault(span: { start: ResolvedTime; end?: ResolvedTime }): ResolvedTime {
  const { start, end } = span;
  if (end) return end;
  const { utc, zone } = start;
  if (utc === undefined || zone === undefined) return { wall: start.wall + HOUR };
  // The clock after an hour of real time; keep that instant, the wall time may show twice.
  return resolve(utcToWall(zone, utc + HOUR), zone, utc + HOUR);
}

/** A wall time in another zone's clock, for outputs (Google's `ctz`) that take one zone for both ends. */
export function inZone(time: ResolvedTime, zone: TimeZone): ResolvedTime {
  if (time.zone === zone || time.utc === undefined) return time;
  return { wall: utcToWall(zone, time.utc), zone, utc: time.utc };
}

/**
 * A time written with `format` as outputs without a zone field want it: the instant with `Z`,
 * or a floating time as it reads (`20170111T190000Z`, `20170111T140000`).
 */
export function utcText(time: ResolvedTime, format: (ms: number) => string): string {
  return time.utc === undefined ? format(time.wall) : `${format(time.utc)}Z`;
}
