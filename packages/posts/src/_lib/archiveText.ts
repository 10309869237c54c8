import { type CalendarDate, MONTH_PATTERN, parseWrittenDate } from '@competencyworks/core';

/** One line of an archive page: its text without the line break and its 1-based number. */
export interface Line {
  text: string;
  number: number;
}

/** Splits text into numbered lines; `\r\n`, `\r` and `\n` all end a line. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ text: line, number: index + 1 }));
}

// ASCII white space only: a no-break space is visible text and must survive, as in htmlToText.
export const isBlank = (line: Line): boolean => /^[ \t\f\v]*$/.test(line.text);
export const clean = (text: string): string =>
  text.replace(/[ \t\f\v]+/g, ' ').replace(/^ | $/g, '');

/** The separator the PrintFriendly plugin leaves after each post ("Print Friendly", "Print Friendly, PDF & Email"). */
export function isSeparator(line: Line): boolean {
  return /^print friendly(?:,? pdf (?:&|and) email)?$/i.test(clean(line.text));
}

const DATE_LINE = new RegExp(
  String.raw`^(${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:\s+by\b(.*))?$`,
  'i',
);

export interface DateLine {
  /** The calendar date, or undefined when the line names a day that does not exist. */
  date: CalendarDate | undefined;
  /** Whatever follows "by", trimmed; usually empty on these pages. */
  author: string;
  /** True when the line ends its date with " by" (the theme's byline). */
  hasBy: boolean;
}

/** Reads a date line: "August 18, 2016 by", "December 9, 2016 by Chris Sturgis", "August 18, 2016". */
export function matchDateLine(line: Line): DateLine | undefined {
  const match = DATE_LINE.exec(clean(line.text));
  if (!match) return undefined;
  return {
    date: parseWrittenDate(match[1] ?? ''),
    author: clean(match[2] ?? ''),
    hasBy: match[2] !== undefined,
  };
}

/**
 * A short line that reads as a name or a caption, not a sentence: up to ten words, no sentence
 * punctuation at the end, the first word and at least two thirds of the words capitalised
 * ("Matt Riggan", "John Duval", "FIHS Science Teacher Jordan Wolf with Students", "Smith Diane").
 */
export function isNameLine(line: Line): boolean {
  const text = clean(line.text);
  if (text.length < 2 || text.length > 80 || /[.!?:;,]$/.test(text)) return false;
  if (listItem(line) || isSeparator(line) || matchDateLine(line)) return false;
  const words = text.split(' ');
  if (words.length > 10 || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised * 3 >= words.length * 2;
}

/** A person's name as a byline shows it: two to four capitalised words ("Matt Riggan"). */
export function isPersonName(text: string): boolean {
  return /^\p{Lu}[\p{L}'\u2019.-]*(?: \p{Lu}[\p{L}'\u2019.-]*){1,3}$/u.test(clean(text));
}

/** Splits "by" text into names: "Alice Hale and Bo Li" gives two people. */
export function splitAuthors(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map(clean)
    .filter((name) => name !== '');
}

const LIST_ITEM = /^([ \t]*)(?:([•◦▪‣·*-])|(\d{1,3})[.)])[ \t\u00A0]+(\S.*)$/u;

interface ListItem {
  indent: number;
  ordered: boolean;
  number: string;
  text: string;
}

function listItem(line: Line): ListItem | undefined {
  const match = LIST_ITEM.exec(line.text);
  if (!match) return undefined;
  return {
    indent: (match[1] ?? '').replace(/\t/g, '    ').length,
    ordered: match[3] !== undefined,
    number: match[3] ?? '',
    text: clean(match[4] ?? ''),
  };
}

/**
 * Renders one paragraph (consecutive non-blank lines) as excerpt text. Lines keep their breaks.
 * List lines become "- item" (bullets) or "1. item" (numbers), nested items indented two spaces,
 * as htmlToText renders lists. A browser's text copy of `<ol><li>...<ul><li>` puts the inner
 * bullets at the outer items' indent, so items of the other kind that follow an item at the same
 * indent are nested under it; a deeper indent nests too.
 */
export function renderParagraph(lines: Line[]): string {
  let topIndent = -1;
  let topOrdered = false;
  let sawTopItem = false;
  return lines
    .map((line) => {
      const item = listItem(line);
      if (!item) {
        topIndent = -1;
        sawTopItem = false;
        return clean(line.text);
      }
      if (topIndent < 0 || item.indent < topIndent) {
        topIndent = item.indent;
        topOrdered = item.ordered;
      }
      const nested = item.indent > topIndent || (item.ordered !== topOrdered && sawTopItem);
      if (!nested) sawTopItem = true;
      const marker = item.ordered ? `${item.number}. ` : '- ';
      return `${nested ? '  ' : ''}${marker}${item.text}`;
    })
    .join('\n');
}

/** Groups lines into paragraphs at blank lines. */
export function paragraphs(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Recognised site chrome: the "a project of" line and the logo's alt text under it. */
export function isHeaderMarker(line: Line): boolean {
  return /^(?:a project of|.{1,60}\blogo)$/i.test(clean(line.text));
}

/** A footer line a WordPress theme or plugin prints under the posts. */
export function isFooterLine(line: Line): boolean {
  return /\b(?:powered by|fine-tune by|theme by|all rights reserved|copyright)\b|^©/i.test(
    clean(line.text),
  );
}
