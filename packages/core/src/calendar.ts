// The browser's subpath (`@competencyworks/core/calendar`): the date, time and zone checks
// without valibot or entities, so the widgets load none of them.

export type { CalendarDate } from './calendarDate';
export { daysInMonth, isCalendarDate } from './isCalendarDate';
export { isLocalTime } from './isLocalTime';
export { isTimeZone } from './isTimeZone';
export type { LocalTime } from './localTime';
export type { TimeZone } from './timeZone';
