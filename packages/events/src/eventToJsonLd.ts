import type { Person } from '@competencyworks/core';
import { formatOffset, offsetMinutes } from './_lib/zone';
import { eventSpan, type ResolvedTime } from './_lib/zoneTimes';
import type { AttendanceMode, Event, EventStatus } from './event';

/**
 * A schema.org `Person` or `Organization` node.
 *
 * @example
 * const presenter: AgentJsonLd = { '@type': 'Person', name: 'Paul Leather' };
 * const host: AgentJsonLd = { '@type': 'Organization', name: 'CompetencyWorks', url: 'https://competencyworks.org' };
 */
export interface AgentJsonLd {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
}

/**
 * A schema.org `Place` (an in-person venue).
 *
 * @example
 * const place: PlaceJsonLd = { '@type': 'Place', name: 'Henry B. González Convention Center', address: 'San Antonio, TX' };
 */
export interface PlaceJsonLd {
  '@type': 'Place';
  name: string;
  address?: string;
  url?: string;
}

/**
 * A schema.org `VirtualLocation` (where to join online).
 *
 * @example
 * const online: VirtualLocationJsonLd = { '@type': 'VirtualLocation' }; // a webinar with no join link given
 */
export interface VirtualLocationJsonLd {
  '@type': 'VirtualLocation';
  url?: string;
}

/**
 * A schema.org `Event` or `EducationEvent` as JSON-LD. The shape is ours (so the package needs
 * no schema.org typings at run time or in its declarations); tests check that it is assignable
 * to `WithContext<Event>` from `schema-dts`.
 *
 * @example
 * const event: EventJsonLd = {
 *   '@context': 'https://schema.org',
 *   '@type': 'EducationEvent',
 *   '@id': 'https://competencyworks.org/#event-2017-01-11-advancing-competency-education-in-new-england',
 *   name: 'Advancing Competency Education in New England',
 *   startDate: '2017-01-11T14:00:00-05:00',
 *   endDate: '2017-01-11T15:00:00-05:00',
 *   eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
 *   eventStatus: 'https://schema.org/EventScheduled',
 *   location: { '@type': 'VirtualLocation' },
 *   performer: [
 *     { '@type': 'Person', name: 'Paul Leather' },
 *     { '@type': 'Person', name: 'David Ruff' },
 *     { '@type': 'Person', name: 'Chris Sturgis' },
 *   ],
 * };
 */
export interface EventJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Event' | 'EducationEvent';
  '@id': string;
  name: string;
  description?: string;
  /** `2017-01-11T14:00:00-05:00`, `2017-01-11T14:00:00` (no zone known) or `2016-10-25` (all day). */
  startDate: string;
  endDate?: string;
  eventAttendanceMode?:
    | 'https://schema.org/OnlineEventAttendanceMode'
    | 'https://schema.org/OfflineEventAttendanceMode'
    | 'https://schema.org/MixedEventAttendanceMode';
  eventStatus:
    | 'https://schema.org/EventScheduled'
    | 'https://schema.org/EventCancelled'
    | 'https://schema.org/EventPostponed'
    | 'https://schema.org/EventRescheduled';
  location?: PlaceJsonLd | VirtualLocationJsonLd | (PlaceJsonLd | VirtualLocationJsonLd)[];
  url?: string;
  maximumAttendeeCapacity?: number;
  organizer?: AgentJsonLd;
  performer?: AgentJsonLd[];
  superEvent?: { '@id': string };
}

/**
 * Options for {@link eventToJsonLd}.
 *
 * @example
 * const options: EventJsonLdOptions = {
 *   siteUrl: 'https://competencyworks.org',
 *   eventIri: (eventId) => `https://competencyworks.org/events/${eventId}/`,
 * };
 */
export interface EventJsonLdOptions {
  /** The site the `@id`s hang off. Default `https://competencyworks.org`. */
  siteUrl?: string;
  /** The `@id` of an event (this one and `superEvent`). Default `<siteUrl>/#event-<id>`. */
  eventIri?: (eventId: string) => string;
}

const ATTENDANCE: Record<AttendanceMode, EventJsonLd['eventAttendanceMode'] | undefined> = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
  unknown: undefined,
};

const STATUS: Record<EventStatus, EventJsonLd['eventStatus']> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
};

/**
 * The instant as the zone's clock shows it, with the offset in force; floating times get no
 * offset. The clock is read back from the instant, so a skipped wall time (02:30 on the
 * spring-forward night) comes out as the time it means (03:30-04:00).
 */
function isoDateTime(time: ResolvedTime): string {
  if (time.zone === undefined || time.utc === undefined) {
    return new Date(time.wall).toISOString().slice(0, 19);
  }
  const offset = offsetMinutes(time.zone, time.utc);
  const wall = new Date(time.utc + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset === 0 ? 'Z' : formatOffset(offset)}`;
}

function agent(type: AgentJsonLd['@type'], person: Person): AgentJsonLd {
  return { '@type': type, name: person.name, ...(person.url ? { url: person.url } : {}) };
}

function locationOf(event: Event): EventJsonLd['location'] {
  const place: PlaceJsonLd | undefined = event.location && {
    '@type': 'Place',
    name: event.location.name,
    ...(event.location.address ? { address: event.location.address } : {}),
    ...(event.location.url ? { url: event.location.url } : {}),
  };
  const virtual: VirtualLocationJsonLd = {
    '@type': 'VirtualLocation',
    ...(event.registrationUrl ? { url: event.registrationUrl } : {}),
  };
  switch (event.attendanceMode) {
    case 'online':
      return virtual;
    case 'mixed':
      return place ? [place, virtual] : virtual;
    default:
      return place;
  }
}

/**
 * Describes an event as schema.org JSON-LD, ready for a `<script type="application/ld+json">`.
 *
 * Webinars, workshops and conferences are `EducationEvent`s, the rest `Event`s. Timed dates
 * carry the offset in force in the event's zone on that day (`-05:00` in January, `-04:00`
 * in June for New York); all-day events use plain dates with the inclusive end. Online events
 * are at a `VirtualLocation` whose `url` is the registration link; in-person ones at a `Place`;
 * mixed ones at both. Presenters are `performer`s (`Person`), the organizer an `Organization`
 * (announcements name bodies like CompetencyWorks or iNACOL), and a parent event is linked by
 * `superEvent` `@id`.
 *
 * @param event - The event.
 * @param options - How `@id`s are made.
 * @returns The JSON-LD object.
 *
 * @example
 * eventToJsonLd(webinar);
 * //=> {
 * //   '@context': 'https://schema.org',
 * //   '@type': 'EducationEvent',
 * //   '@id': 'https://competencyworks.org/#event-2017-01-11-advancing-competency-education-in-new-england',
 * //   name: 'Advancing Competency Education in New England',
 * //   startDate: '2017-01-11T14:00:00-05:00',
 * //   endDate: '2017-01-11T15:00:00-05:00',
 * //   eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
 * //   eventStatus: 'https://schema.org/EventScheduled',
 * //   location: { '@type': 'VirtualLocation' },
 * //   performer: [{ '@type': 'Person', name: 'Paul Leather' }, ...],
 * // }
 */
export function eventToJsonLd(event: Event, options: EventJsonLdOptions = {}): EventJsonLd {
  const siteUrl = (options.siteUrl ?? 'https://competencyworks.org').replace(/\/+$/, '');
  const iri = options.eventIri ?? ((id: string) => `${siteUrl}/#event-${id}`);
  const span = eventSpan(event);
  let startDate: string;
  let endDate: string | undefined;
  if (span.allDay) {
    startDate = span.start;
    if (event.end !== undefined) endDate = span.lastDay;
  } else {
    startDate = isoDateTime(span.start);
    if (span.end) endDate = isoDateTime(span.end);
  }
  const attendance = ATTENDANCE[event.attendanceMode];
  const location = locationOf(event);
  const educational =
    event.kind === 'webinar' || event.kind === 'workshop' || event.kind === 'conference';
  return {
    '@context': 'https://schema.org',
    '@type': educational ? 'EducationEvent' : 'Event',
    '@id': iri(event.id),
    name: event.title,
    ...(event.description ? { description: event.description } : {}),
    startDate,
    ...(endDate ? { endDate } : {}),
    ...(attendance ? { eventAttendanceMode: attendance } : {}),
    eventStatus: STATUS[event.status],
    ...(location ? { location } : {}),
    ...(event.registrationUrl ? { url: event.registrationUrl } : {}),
    ...(event.capacity !== undefined ? { maximumAttendeeCapacity: event.capacity } : {}),
    ...(event.organizer ? { organizer: agent('Organization', event.organizer) } : {}),
    ...(event.presenters.length > 0
      ? { performer: event.presenters.map((p) => agent('Person', p)) }
      : {}),
    ...(event.parentEventId ? { superEvent: { '@id': iri(event.parentEventId) } } : {}),
  };
}
