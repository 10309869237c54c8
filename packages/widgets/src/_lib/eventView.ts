import { type Event, eventInstants } from '@competencyworks/events';
import { loadError } from './fetchJson';

/** `upcoming`, `now` (happening now) or `ended`. */
export type EventPhase = 'upcoming' | 'now' | 'ended';

/** The event with its zones removed, so its times read as the viewer's. */
const floating = ({ date, time }: Event['start']): Event['start'] =>
  time === undefined ? { date } : { date, time };

/**
 * When an event starts and ends, as instants (ms), read as the calendar outputs read it
 * (`eventInstants` from @competencyworks/events). A zone the runtime does not know (remote data)
 * reads as `viewerZone` instead of failing the card.
 *
 * @example
 * eventSpan(webinar, 'UTC'); //=> { start: 1484161200000, end: 1484164800000 }
 */
export function eventSpan(event: Event, viewerZone: string): { start: number; end: number } {
  try {
    return eventInstants(event, viewerZone);
  } catch {
    const { end } = event;
    return eventInstants(
      { ...event, start: floating(event.start), ...(end ? { end: floating(end) } : {}) },
      viewerZone,
    );
  }
}

/**
 * Whether an event is upcoming, happening now or over at `now`.
 *
 * @example
 * eventPhase(webinar, 'UTC', Date.parse('2017-01-11T19:30:00Z')); //=> 'now'
 */
export function eventPhase(event: Event, viewerZone: string, now = Date.now()): EventPhase {
  const { start, end } = eventSpan(event, viewerZone);
  return now < start ? 'upcoming' : now < end ? 'now' : 'ended';
}

const isEvent = (value: unknown): value is Event => {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title, start } = value as Partial<Event>;
  return (
    typeof id === 'string' &&
    typeof title === 'string' &&
    typeof start === 'object' &&
    start !== null &&
    /^\d{4}-\d{2}-\d{2}$/.test(String(start.date))
  );
};

/**
 * Reads `events.json` (`{ version, events }`) or a bare `Event[]`, keeping the events that have an
 * id, a title and a start date and filling the fields the card needs when they are missing.
 *
 * @throws LoadError of kind `format` when it is neither shape
 * @example
 * readEvents({ version: 1, events: [webinar] }); //=> [webinar]
 */
export function readEvents(json: unknown): Event[] {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' &&
        json !== null &&
        Array.isArray((json as { events?: unknown }).events)
      ? (json as { events: unknown[] }).events
      : undefined;
  if (!list) throw loadError('format', 'The response is not an events file (no "events" list).');
  return list.filter(isEvent).map((event) => ({
    ...event,
    presenters: Array.isArray(event.presenters) ? event.presenters : [],
    allDay: event.allDay === true || !event.start.time,
  }));
}
