export {
  addCalendarDays,
  type CalendarDate,
  CalendarDateSchema,
  daysBetween,
  toCalendarDate,
  weekdayOf,
} from './calendarDate';
export { type Evidence, EvidenceSchema } from './evidence';
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
export type { Result } from './result';
export { type SentenceSpan, splitSentences } from './sentences';
export { slugify } from './slugify';
export { collapseWhitespace, decodeEntities, undoTypography } from './text';
export { type TimeZone, TimeZoneSchema } from './timeZone';
export { HttpUrlSchema, parseUrl } from './url';
export { formatPath, safeValidate, toParseIssues, validate } from './validate';
export { MONTH_PATTERN, monthNumber, parseWrittenDate } from './writtenDate';
