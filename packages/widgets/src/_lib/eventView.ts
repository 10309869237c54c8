import { isCalendarDate, isLocalTime, isTimeZone } from '@competencyworks/core/browser';
import type { Event } from '@competencyworks/events/calendar';
import { loadError } from './fetchJson';
import { count, type Json, malformed, readItems, record, text } from './readEach';
import { safeUrl } from './safeUrl';

/**
 * A start or end as the cards can compute with it, checked with the model's own rules: a real
 * `YYYY-MM-DD` date (else nothing), a `HH:MM` time when it is one, and its zone when there is a
 * time and this browser knows the zone. A zone the browser does not know would make every time,
 * link and .ics fail: such times are shown as written, like times without a zone.
 */
function readTime(value: unknown): Event['start'] | undefined {
  const { date, time, timeZone } = (value ?? {}) as Json;
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  if (typeof time !== 'string' || !isLocalTime(time)) return { date };
  return typeof timeZone === 'string' && isTimeZone(timeZone)
    ? { date, time, timeZone }
    : { date, time };
}

/** A person from remote data: an object with a name, else the item is malformed. */
const person = (value: unknown, path: string) =>
  ({ name: text(value as Json, 'name', path) ?? malformed(path) }) as Event['presenters'][number];

/** One remote event, rebuilt field by field: only checked values reach the cards. */
function readEvent(item: Json, base: string | undefined): Event {
  const start = readTime(item.start) ?? malformed('start');
  const where = record(item, 'location');
  const presenters = item.presenters ?? [];
  if (!Array.isArray(presenters)) malformed('presenters');
  const organizer = record(item, 'organizer');
  // Only what the cards and calendar links read; an unknown mode or status reads as none
  // (the cards and calendars compare them with the values they know).
  const event = {
    id: text(item, 'id') ?? malformed('id'),
    title: text(item, 'title') ?? malformed('title'),
    start,
    allDay: item.allDay === true || !start.time,
    attendanceMode: text(item, 'attendanceMode'),
    presenters: presenters.map((p: unknown, i: number) => person(p, `presenters[${i}].name`)),
    status: text(item, 'status'),
  } as Event;
  const end = readTime(item.end);
  if (end) event.end = end;
  const description = text(item, 'description');
  if (description) event.description = description;
  // Relative links resolve against the file they came from, not the partner's page.
  const registrationUrl = safeUrl(text(item, 'registrationUrl'), base);
  if (registrationUrl) event.registrationUrl = registrationUrl;
  const capacity = count(item, 'capacity');
  if (capacity) event.capacity = capacity;
  if (organizer) event.organizer = person(organizer, 'organizer.name');
  if (where) {
    const name = text(where, 'name', 'location.name');
    const address = text(where, 'address', 'location.address');
    const url = safeUrl(text(where, 'url', 'location.url'), base);
    if (name) {
      event.location = { name };
      if (address) event.location.address = address;
      if (url) event.location.url = url;
    }
  }
  return event;
}

/**
 * Reads `events.json` (`{ version, events }`) or a bare `Event[]` from anywhere, one event at a
 * time as they are asked for (see readItems): an event without an id, a title or a real start date, or with a field of the wrong kind
 * (an object where text belongs, say), is skipped and named in `issues`; the others are kept.
 * Zones this browser does not know are dropped (the times are shown as written).
 *
 * @param json - the parsed file
 * @param issues - where skipped events are described (`events[3].description`)
 * @param base - the file's URL, for relative links
 * @returns the events, read lazily
 * @throws LoadError of kind `format` when it is neither shape
 * @example
 * [...readEvents({ version: 1, events: [webinar, { id: 'x' }] }, issues)]; //=> [webinar], issues: ['events[1].title']
 */
export function readEvents(
  json: unknown,
  issues: string[],
  base?: string,
): IterableIterator<Event> {
  const list = Array.isArray(json) ? json : (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) {
    throw loadError('format', 'The response is not an events file (no "events" list).');
  }
  return readItems(list, 'events', (item) => readEvent(item, base), issues);
}
