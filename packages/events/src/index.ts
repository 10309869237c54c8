export {
  type AttendanceMode,
  type Event,
  type EventDateTime,
  EventDateTimeSchema,
  type EventKind,
  type EventLocation,
  EventLocationSchema,
  EventSchema,
  type EventStatus,
  parseEvent,
  safeParseEvent,
} from './event';
export { eventInstants } from './eventInstants';
export {
  type AgentJsonLd,
  type EventJsonLd,
  type EventJsonLdOptions,
  eventToJsonLd,
  type PlaceJsonLd,
  type VirtualLocationJsonLd,
} from './eventToJsonLd';
export { type ExtractEventsResult, extractEvents } from './extractEvents';
export { googleCalendarUrl } from './googleCalendarUrl';
export { type OutlookCalendarUrlOptions, outlookCalendarUrl } from './outlookCalendarUrl';
export { type ICalendarOptions, toICalendar } from './toICalendar';
export { toICalendarUtc } from './toICalendarUtc';
export { zonedInstant } from './zonedInstant';
