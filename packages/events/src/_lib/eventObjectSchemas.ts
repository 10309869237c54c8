import {
  CalendarDateSchema,
  EvidenceSchema,
  HttpUrlSchema,
  issueAt,
  isTimeZone,
  LocalTimeSchema,
  objectMessage,
  PersonSchema,
  TimeZoneSchema,
} from '@competencyworks/core';
import * as v from 'valibot';
import { wallMs, wallToUtc } from './zone';

// The un-annotated schemas behind `EventSchema`; `event.test-d.ts` proves their outputs equal
// the interfaces in `event.ts`.

export const EVENT_KINDS = [
  'webinar',
  'conference',
  'workshop',
  'meetup',
  'deadline',
  'other',
] as const;
export const ATTENDANCE_MODES = ['online', 'offline', 'mixed', 'unknown'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

const oneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

const nonEmpty = (what: string) =>
  v.pipe(
    v.string(`expected ${what}`),
    v.check((value) => value.trim().length > 0, `expected ${what}, not an empty string`),
  );

export const eventDateTimeObjectSchema = v.strictObject(
  {
    date: CalendarDateSchema,
    time: v.exactOptional(LocalTimeSchema),
    timeZone: v.exactOptional(TimeZoneSchema),
  },
  objectMessage('a date with optional time and zone'),
);

type DateTimeShape = v.InferOutput<typeof eventDateTimeObjectSchema>;

/** A zone says where a wall-clock time is read; a date alone has no time to place in a zone. */
export const eventDateTimePipeSchema = v.pipe(
  eventDateTimeObjectSchema,
  v.rawCheck<DateTimeShape>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const value = dataset.value;
    if (value.timeZone !== undefined && value.time === undefined) {
      issueAt(addIssue, value, ['timeZone'], 'expected a time zone only together with a time');
    }
  }),
);

export const eventLocationObjectSchema = v.strictObject(
  {
    name: nonEmpty('a place name'),
    address: v.exactOptional(v.string('expected an address')),
    url: v.exactOptional(HttpUrlSchema),
  },
  objectMessage('a location'),
);

export const eventObjectSchema = v.strictObject(
  {
    id: nonEmpty('an event id'),
    title: nonEmpty('a title'),
    kind: v.picklist(EVENT_KINDS, oneOf(EVENT_KINDS)),
    description: v.exactOptional(v.string('expected a description')),
    start: eventDateTimePipeSchema,
    end: v.exactOptional(eventDateTimePipeSchema),
    allDay: v.boolean('expected true or false'),
    yearInferred: v.boolean('expected true or false'),
    attendanceMode: v.picklist(ATTENDANCE_MODES, oneOf(ATTENDANCE_MODES)),
    location: v.exactOptional(eventLocationObjectSchema),
    registrationUrl: v.exactOptional(HttpUrlSchema),
    capacity: v.exactOptional(
      v.pipe(
        v.number('expected a capacity'),
        v.integer('expected a capacity as a whole number'),
        v.minValue(1, 'expected a capacity of 1 or more'),
      ),
    ),
    organizer: v.exactOptional(PersonSchema),
    presenters: v.array(PersonSchema, 'expected a list of presenters'),
    parentEventId: v.exactOptional(nonEmpty('the id of the parent event')),
    status: v.picklist(EVENT_STATUSES, oneOf(EVENT_STATUSES)),
    sourcePostId: nonEmpty('the id of the post that announced it'),
    evidence: v.array(EvidenceSchema, 'expected a list of evidence'),
  },
  objectMessage('an event'),
);

type EventShape = v.InferOutput<typeof eventObjectSchema>;

/**
 * Compares two date-times: by instant when both have a time and their zones differ, otherwise by
 * wall clock (a floating time is read in the other's zone; a date alone compares by date).
 */
function compareDateTimes(a: DateTimeShape, b: DateTimeShape): number {
  if (a.time !== undefined && b.time !== undefined) {
    if (a.timeZone !== undefined && b.timeZone !== undefined && a.timeZone !== b.timeZone) {
      return toEpoch(a, a.timeZone) - toEpoch(b, b.timeZone);
    }
    const left = `${a.date}T${a.time.padEnd(8, ':00')}`;
    const right = `${b.date}T${b.time.padEnd(8, ':00')}`;
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function toEpoch(value: DateTimeShape, zone: string): number {
  // An unknown zone is reported by the field's own check; here it simply does not compare.
  return isTimeZone(zone) ? wallToUtc(zone, wallMs(value.date, value.time)) : Number.NaN;
}

/** Rules across fields: the end is not before the start, all-day means no times, no self-parent. */
export const eventPipeSchema = v.pipe(
  eventObjectSchema,
  v.rawCheck<EventShape>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const event = dataset.value;
    if (event.end !== undefined && compareDateTimes(event.end, event.start) < 0) {
      const start = [event.start.date, event.start.time, event.start.timeZone].filter(Boolean);
      // Point at the part that is too early, so what was found is a date or a time, not an object.
      const field =
        event.end.date < event.start.date || event.end.time === undefined ? 'date' : 'time';
      issueAt(
        addIssue,
        event,
        ['end', field],
        `expected an end at or after the start (${start.join(' ')})`,
      );
    }
    if (event.allDay) {
      if (event.start.time !== undefined) {
        issueAt(addIssue, event, ['start', 'time'], 'expected no time on an all-day event');
      }
      if (event.end?.time !== undefined) {
        issueAt(addIssue, event, ['end', 'time'], 'expected no time on an all-day event');
      }
    } else if (event.start.time === undefined) {
      issueAt(
        addIssue,
        event,
        ['allDay'],
        'expected allDay to be true when the start has no time of day',
      );
    }
    if (event.parentEventId !== undefined && event.parentEventId === event.id) {
      issueAt(addIssue, event, ['parentEventId'], 'expected the id of another event');
    }
  }),
);
