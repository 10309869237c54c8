import { isCalendarDate } from '@competencyworks/core';

const INSTANT_PARTS =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Writes a post date as the RFC 3339 date-time JSON Feed requires. An instant keeps its wall
 * clock and offset and only gains what RFC 3339 insists on (seconds, a colon in the offset). A
 * calendar date becomes noon UTC of that day: a reader that knows nothing of our extension then
 * shows the right day in every zone from UTC-11 to UTC+11, where midnight UTC would show the
 * day before across the Americas.
 */
export function toRfc3339(value: string): string {
  if (isCalendarDate(value)) return `${value}T12:00:00Z`;
  const match = INSTANT_PARTS.exec(value);
  if (!match) return value;
  const [, date, hours, minutes, seconds = '00', fraction = '', offset = 'Z'] = match;
  const zone = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  return `${date}T${hours}:${minutes}:${seconds}${fraction}${zone}`;
}
