/*
 * RFC 5545 content-line details: TEXT escaping, line folding and date-time values.
 */

const encoder = new TextEncoder();

/** Control characters TEXT may not hold (RFC 5545 3.3.11 allows HTAB and, escaped, newlines). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines (CRLF, CR
 * or LF become `\n`); other control characters are dropped because TEXT cannot carry them.
 * One pass, so the `\` of an escape is never escaped again.
 */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\r\n?|[\n\\;,]/g, (found) => (found < ' ' ? '\\n' : `\\${found}`));
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 3.1). Breaks fall only
 * between whole code points (so a UTF-8 sequence, or a surrogate pair, is never split) and
 * never inside a backslash escape, so a reader that unfolds before unescaping, or one that
 * does not, both get the text back. Each continuation starts with one space, which counts
 * towards its 75 octets.
 */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  // A unit is a backslash escape (two characters) or one code point.
  for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const size = encoder.encode(unit).length;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += unit;
    octets += size;
  }
  return folded;
}

/**
 * A time (ms, an instant or a wall time as if UTC) as ISO 8601 to the second,
 * `2017-01-11T14:00:00`: Outlook's form, and iCalendar's without the separators.
 */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** A wall time (ms as if UTC) as an iCalendar local DATE-TIME, `20170111T140000`. */
export const formatDateTime = (wall: number): string => isoSeconds(wall).replace(/[-:]/g, '');

/** A calendar date `2016-10-29` as an iCalendar DATE, `20161029`. */
export const formatDate = (date: string): string => date.replace(/-/g, '');
