import {
  type CalendarDate,
  type Evidence,
  type LocalTime,
  type Person,
  type Result,
  safeValidate,
  type TimeZone,
  validate,
} from '@competencyworks/core';
import type * as v from 'valibot';
import {
  eventDateTimePipeSchema,
  eventLocationObjectSchema,
  eventPipeSchema,
} from './_lib/eventObjectSchemas';

/**
 * What sort of event it is, from the announcement's wording.
 *
 * @example
 * const kind: EventKind = 'webinar'; // "January 11th Webinar: Advancing Competency Education in New England"
 */
export type EventKind = 'webinar' | 'conference' | 'workshop' | 'meetup' | 'deadline' | 'other';

/**
 * How people attend, in schema.org's terms.
 *
 * @example
 * const mode: AttendanceMode = 'online'; // a webinar
 */
export type AttendanceMode = 'online' | 'offline' | 'mixed' | 'unknown';

/**
 * schema.org's event statuses.
 *
 * @example
 * const status: EventStatus = 'scheduled';
 */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';

/**
 * A date with an optional wall-clock time and zone, as announcements write them. With a time
 * but no zone it is a floating local time; with neither it is a whole day.
 *
 * @example
 * const start: EventDateTime = { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' };
 * const wholeDay: EventDateTime = { date: '2016-10-25' };
 */
export interface EventDateTime {
  date: CalendarDate;
  time?: LocalTime;
  timeZone?: TimeZone;
}

/**
 * Where an in-person event happens.
 *
 * @example
 * const venue: EventLocation = { name: 'Henry B. González Convention Center', address: 'San Antonio, TX' };
 */
export interface EventLocation {
  name: string;
  address?: string;
  url?: string;
}

/**
 * An event announced in one or more posts.
 *
 * @example
 * const webinar: Event = {
 *   id: '2017-01-11-advancing-competency-education-in-new-england',
 *   title: 'Advancing Competency Education in New England',
 *   kind: 'webinar',
 *   start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
 *   end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
 *   allDay: false,
 *   yearInferred: true,
 *   attendanceMode: 'online',
 *   presenters: [{ name: 'Paul Leather' }, { name: 'David Ruff' }, { name: 'Chris Sturgis' }],
 *   status: 'scheduled',
 *   sourcePostId: 'cw-2016-12-19-january-11th-webinar-advancing-competency-education-in-new-england',
 *   evidence: [],
 * };
 */
export interface Event {
  /** Stable id: start date and a slug of the title. */
  id: string;
  title: string;
  kind: EventKind;
  description?: string;
  start: EventDateTime;
  /** Inclusive: a symposium on October 25-28 ends on `2016-10-28`. */
  end?: EventDateTime;
  /** True when no time of day is known. */
  allDay: boolean;
  /** True when the text gave no year and it was inferred from the post's date. */
  yearInferred: boolean;
  attendanceMode: AttendanceMode;
  location?: EventLocation;
  registrationUrl?: string;
  /** Maximum attendees ("Capacity: 60"). */
  capacity?: number;
  organizer?: Person;
  presenters: Person[];
  /** The event this one is part of (a pre-conference workshop of a symposium). */
  parentEventId?: string;
  status: EventStatus;
  /** The post that first announced it. */
  sourcePostId: string;
  /** Every sentence, in every post, that announced it. */
  evidence: Evidence[];
}

/**
 * Validates an {@link EventDateTime}: a calendar date, an optional 24-hour local time and an
 * optional IANA zone, which is only allowed together with a time.
 *
 * @example
 * v.parse(EventDateTimeSchema, { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' });
 * //=> { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' }
 */
export const EventDateTimeSchema: v.GenericSchema<unknown, EventDateTime> = eventDateTimePipeSchema;

/**
 * Validates an {@link EventLocation}: a non-empty name, an optional address and http(s) URL.
 *
 * @example
 * v.parse(EventLocationSchema, { name: 'Henry B. González Convention Center' });
 * //=> { name: 'Henry B. González Convention Center' }
 */
export const EventLocationSchema: v.GenericSchema<unknown, EventLocation> =
  eventLocationObjectSchema;

/**
 * Validates an {@link Event}. Beyond the field types it checks that the end is not before the
 * start (by instant when the zones differ), that an all-day event has no times and a timed one
 * has a start time, that a zone comes only with a time, that the capacity is a whole number of
 * 1 or more, that URLs are http or https, and that an event is not its own parent. Unknown
 * fields are reported, not dropped.
 *
 * @example
 * v.parse(EventSchema, webinar); //=> webinar
 */
export const EventSchema: v.GenericSchema<unknown, Event> = eventPipeSchema;

/**
 * Validates anything (typically JSON) as an {@link Event}, or throws a `ParseError` naming the
 * field, what was expected and what was found.
 *
 * @param input - The value to check.
 * @returns The event.
 * @throws {ParseError} When the input is not a valid event.
 * @example
 * parseEvent({ ...webinar, start: { date: 'Jan 11' } });
 * //=> throws ParseError 'start.date: expected a calendar date like 2017-01-11, got "Jan 11"'
 */
export function parseEvent(input: unknown): Event {
  return validate(EventSchema, input);
}

/**
 * Like {@link parseEvent}, but returns a `Result` and never throws.
 *
 * @param input - The value to check.
 * @returns `{ success: true, output }` or `{ success: false, error }`.
 * @example
 * safeParseEvent({ ...webinar, capacity: 0 });
 * //=> { success: false, error: ParseError 'capacity: expected a capacity of 1 or more, got 0' }
 */
export function safeParseEvent(input: unknown): Result<Event> {
  return safeValidate(EventSchema, input);
}
