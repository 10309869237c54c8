// The browser's subpath (`@competencyworks/events/calendar`): the calendar helpers the widgets
// use, whose module graph reaches neither the posts package, valibot nor entities
// (types are imported as types only). The main entry exports the same functions.

export type { Event, EventDateTime, EventLocation, EventStatus } from './event';
export { eventInstants } from './eventInstants';
export { googleCalendarUrl } from './googleCalendarUrl';
export { type OutlookCalendarUrlOptions, outlookCalendarUrl } from './outlookCalendarUrl';
export type { ICalendarOptions } from './toICalendar';
export { toICalendarUtc } from './toICalendarUtc';
export { zonedInstant } from './zonedInstant';
