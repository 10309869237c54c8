import { type CalendarDate, type Instant, toCalendarDate } from '@competencyworks/core';

/** A date read from a feed: the value, or why it could not be read. */
export type FeedDate =
  | { readonly value: Instant | CalendarDate; readonly warning?: string }
  | { readonly value?: undefined; readonly warning: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// RFC 822 zone names and the offsets they stand for (military letters are ambiguous: refused).
const ZONES: Record<string, string> = {
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

const RFC822 =
  /^\s*(?:[a-z]{3,9},?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([+-])(\d{2}):?(\d{2})|([a-z]{1,4}))?\s*$/i;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetOf(sign: string, hours: string, minutes: string): string | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return undefined;
  return h === 0 && m === 0 ? 'Z' : `${sign}${hours}:${minutes}`;
}

function clock(hour: number, minute: number, second: number): string | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return `${two(hour)}:${two(minute)}:${two(second)}`;
}

/**
 * Reads an RFC 822 date as RSS `<pubDate>` carries it ("Mon, 19 Dec 2016 14:05:00 +0000")
 * into an instant that keeps the given offset (`+0000` and GMT become `Z`).
 */
export function parseRfc822(text: string): FeedDate {
  const match = RFC822.exec(text);
  if (!match) {
    const iso = parseRfc3339(text);
    if (iso.value !== undefined) return iso;
    return {
      warning: `expected an RFC 822 date like "Mon, 19 Dec 2016 14:05:00 +0000", got "${text.trim().slice(0, 40)}"`,
    };
  }
  const [, day, monthName, yearText, hour, minute, second, sign, offH, offM, zoneName] = match;
  const month = MONTHS[(monthName ?? '').toLowerCase()];
  let year = Number(yearText);
  if (yearText?.length === 2) year += year < 50 ? 2000 : 1900;
  const date = month ? toCalendarDate(year, month, Number(day)) : undefined;
  const time = clock(Number(hour), Number(minute), Number(second ?? 0));
  if (date === undefined || time === undefined) {
    return { warning: `"${text.trim()}" is not a real date and time` };
  }
  let offset: string | undefined;
  if (sign !== undefined && offH !== undefined && offM !== undefined)
    offset = offsetOf(sign, offH, offM);
  else if (zoneName !== undefined) offset = ZONES[zoneName.toLowerCase()];
  if (offset === undefined) {
    return {
      value: date,
      warning: `"${text.trim()}" has ${zoneName ? `an unknown time zone "${zoneName}"` : 'no time zone'}; kept the date only`,
    };
  }
  return { value: `${date}T${time}${offset}` };
}

const RFC3339 =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?\d*)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?\s*$/;

/** Reads an RFC 3339 / ISO 8601 date-time (Atom `<published>`, `dc:date`) into an instant. */
export function parseRfc3339(text: string): FeedDate {
  const match = RFC3339.exec(text);
  if (!match) {
    return {
      warning: `expected an RFC 3339 date like "2016-12-19T14:05:00Z", got "${text.trim().slice(0, 40)}"`,
    };
  }
  const [, y, mo, d, hour, minute, second, fraction, zulu, sign, offH, offM] = match;
  const date = toCalendarDate(Number(y), Number(mo), Number(d));
  if (date === undefined) return { warning: `"${text.trim()}" is not a real date` };
  if (hour === undefined || minute === undefined) return { value: date };
  const time = clock(Number(hour), Number(minute), Number(second ?? 0));
  if (time === undefined) return { warning: `"${text.trim()}" is not a real time` };
  let offset: string | undefined;
  if (zulu !== undefined) offset = 'Z';
  else if (sign !== undefined && offH !== undefined && offM !== undefined)
    offset = offsetOf(sign, offH, offM);
  if (offset === undefined) {
    return { value: date, warning: `"${text.trim()}" has no time zone; kept the date only` };
  }
  return { value: `${date}T${time}${fraction ?? ''}${offset}` };
}

/**
 * Reads a WordPress database date in UTC (`wp:post_date_gmt`, "2016-12-19 14:05:00") into an
 * instant. WordPress writes `0000-00-00 00:00:00` for posts that have no date yet (drafts).
 */
export function parseWordPressGmt(text: string): FeedDate | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('0000-00-00')) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(trimmed);
  const date = match
    ? toCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
    : undefined;
  const time = match ? clock(Number(match[4]), Number(match[5]), Number(match[6])) : undefined;
  if (date === undefined || time === undefined) {
    return {
      warning: `expected a WordPress date like "2016-12-19 14:05:00", got "${trimmed.slice(0, 40)}"`,
    };
  }
  return { value: `${date}T${time}Z` };
}

/** The calendar date of a WordPress site-time date (`wp:post_date`), whose zone the export does not give. */
export function wordPressLocalDate(text: string): CalendarDate | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match || match[1] === '0000') return undefined;
  return toCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
