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
export { type ExtractEventsResult, extractEvents } from './extractEvents';
export { googleCalendarUrl } from './googleCalendarUrl';
export { type OutlookCalendarUrlOptions, outlookCalendarUrl } from './outlookCalendarUrl';
export { type ICalendarOptions, toICalendar } from './toICalendar';
export { toICalendarUtc } from './toICalendarUtc';
export {
  type AgentJsonLd,
  type EventJsonLd,
  type EventJsonLdOptions,
  type PlaceJsonLd,
  toJsonLd,
  type VirtualLocationJsonLd,
} from './toJsonLd';
export { zonedInstant } from './zonedInstant';
