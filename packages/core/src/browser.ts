// The browser's subpath (`@competencyworks/core/browser`): what the widgets need from the model
// (calendar checks, the JSON Feed item field readers, HTML to text, clipping) without valibot or
// the entities table. The package root exports the same functions for Node code.

export type { CalendarDate } from './calendarDate';
export { clipText } from './clipText';
export { describeValue } from './describeValue';
export { formatPath } from './formatPath';
export { HTML_BLOCK_ELEMENTS, HTML_HIDDEN_ELEMENTS, htmlToPlainText } from './htmlToPlainText';
export { daysInMonth, isCalendarDate } from './isCalendarDate';
export { isLocalTime } from './isLocalTime';
export { isTimeZone } from './isTimeZone';
export type { LocalTime } from './localTime';
export {
  type ItemKeys,
  type ReportField,
  readItemId,
  readItemList,
  readItemNumber,
  readItemObject,
  readItemText,
  readItemValue,
} from './readItemField';
export type { TimeZone } from './timeZone';
