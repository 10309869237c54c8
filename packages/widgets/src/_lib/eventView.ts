import { isCalendarDate, isLocalTime, isTimeZone } from '@competencyworks/core/calendar';
import type { Event } from '@competencyworks/events/calendar';
import { loadError } from './fetchJson';

/**
 * A start or end as the cards can compute with it, checked with the model's own rules: a real
 * `YYYY-MM-DD` date (else nothing), a `HH:MM` time when it is one, and its zone when there is a
 * time and this browser knows the zone. A zone the browser does not know would make every time,
 * link and .ics fail: such times are shown as written, like times without a zone.
 */
function readTime(value: unknown): Event['start'] | undefined {
  const { date, time, timeZone } = (value ?? {}) as Record<string, unknown>;
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  if (typeof time !== 'string' || !isLocalTime(time)) return { date };
  return typeof timeZone === 'string' && isTimeZone(timeZone)
    ? { date, time, timeZone }
    : { date, time };
}

/**
 * Reads `events.json` (`{ version, events }`) or a bare `Event[]` from anywhere: keeps the events
 * that have an id, a title and a start date, and reads the fields the cards compute with
 * defensively (malformed times, ends, places and presenters are dropped, and zones this browser
 * does not know), so no remote value can break a card.
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
  return (list as unknown[]).flatMap((value): Event[] => {
    const item = (value ?? {}) as Record<string, unknown>;
    const start = readTime(item.start);
    if (typeof item.id !== 'string' || typeof item.title !== 'string' || !start) return [];
    const { location, presenters } = item;
    const event = {
      ...item,
      start,
      end: readTime(item.end),
      location: (typeof location === 'object' && location) || undefined,
      presenters: Array.isArray(presenters)
        ? presenters.filter((person) => typeof person?.name === 'string')
        : [],
      allDay: item.allDay === true || !start.time,
    };
    // What the cards compute with is checked above; every other field is only shown as text.
    return [event as unknown as Event];
  });
}
