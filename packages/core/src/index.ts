export {
  addCalendarDays,
  type CalendarDate,
  CalendarDateSchema,
  daysBetween,
  toCalendarDate,
  weekdayOf,
} from './calendarDate';
export { clipText } from './clipText';
export { describeValue } from './describeValue';
export { type Evidence, EvidenceSchema } from './evidence';
export { formatPath } from './formatPath';
export { HTML_BLOCK_ELEMENTS, HTML_HIDDEN_ELEMENTS, htmlToPlainText } from './htmlToPlainText';
export { type Instant, InstantSchema, isInstant } from './instant';
export { daysInMonth, isCalendarDate } from './isCalendarDate';
export { isLocalTime } from './isLocalTime';
export { issueAt } from './issueAt';
export { isTimeZone } from './isTimeZone';
export { keywordSentences } from './keywordSentences';
export { type LocalTime, LocalTimeSchema } from './localTime';
export { parseCardinal, parseOrdinal, parseRoman } from './numberWords';
export { objectMessage } from './objectMessage';
export {
  formatIssue,
  type IssueHint,
  ParseError,
  type ParseIssue,
  type SourceLocation,
} from './parseError';
export { type Person, PersonSchema } from './person';
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
export type { Result } from './result';
export { type SentenceSpan, splitSentences } from './sentences';
export { slugify } from './slugify';
export { collapseWhitespace, decodeEntities, undoTypography } from './text';
export { type TimeZone, TimeZoneSchema } from './timeZone';
export { HttpUrlSchema, parseUrl } from './url';
export { safeValidate, toParseIssues, validate } from './validate';
export { MONTH_PATTERN, monthNumber, parseWrittenDate } from './writtenDate';
