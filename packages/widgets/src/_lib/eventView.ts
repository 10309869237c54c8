import type { Event } from '@competencyworks/events';
import { loadError } from './fetchJson';
import { dateFormat } from './format';

/** Whether this browser knows the IANA zone; `Intl` throws a RangeError for one it does not. */
function knownZone(zone: string): boolean {
  try {
    dateFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A start or end without a zone this browser does not know: its time then reads as written. */
function withKnownZone(time: Event['start']): Event['start'] {
  const { timeZone, ...wall } = time;
  return timeZone === undefined || knownZone(timeZone) ? time : wall;
}

const isEvent = (value: unknown): value is Event => {
  // Destructuring reads `undefined` from any non-object value except null and undefined.
  const { id, title, start } = (value ?? {}) as Partial<Event>;
  return (
    typeof id === 'string' &&
    typeof title === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(String(start?.date))
  );
};

/**
 * Reads `events.json` (`{ version, events }`) or a bare `Event[]`, keeping the events that have an
 * id, a title and a start date, filling the fields the card needs when they are missing and
 * dropping time zones this browser does not know.
 *
 * @throws LoadError of kind `format` when it is neither shape
 * @example
 * readEvents({ version: 1, events: [webinar] }); //=> [webinar]
 */
export function readEvents(json: unknown): Event[] {
  const list = Array.isArray(json) ? json : (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) {
    throw loadError('format', 'The response is not an events file (no "events" list).');
  }
  return list.filter(isEvent).map(({ start, end, ...event }) => ({
    ...event,
    // A zone this browser does not know (remote data) would make every time, link and .ics
    // fail: such times are shown as written, like times without a zone.
    start: withKnownZone(start),
    ...(end && { end: withKnownZone(end) }),
    presenters: Array.isArray(event.presenters) ? event.presenters : [],
    allDay: event.allDay === true || !start.time,
  }));
}
