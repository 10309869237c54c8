import { type CalendarDate, MONTH_PATTERN, parseWrittenDate } from '@competencyworks/core';

/** One publisher read from the words after a cross-post phrase; offsets are into those words. */
export interface PublisherSpan {
  publisher: string;
  start: number;
  end: number;
  date?: CalendarDate;
}

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
// "on July 25, 2016", ", July 25, 2016", "(July 25, 2016)"; the year may be left out.
const DATED = new RegExp(
  `(?:,?\\s+on\\s+|\\s*\\(\\s*(?:on\\s+)?|,\\s+)(?:${WEEKDAY},?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?\\)?`,
  'gi',
);
// Where a publisher's name ends when no date follows it.
const NAME_END = new RegExp(
  [
    '[,;:]',
    '\\s[-–—]\\s',
    '\\s\\(',
    '\\s*\\)',
    '\\s+with\\s+(?:the\\s+)?(?:kind\\s+|express\\s+)?permission\\b',
    '\\s+and\\s+(?:is|was|has|have|are|were|appears|is|reprinted|republished|shared|used)\\b',
    '\\s+(?:under|as\\s+part\\s+of|last|earlier|yesterday|this\\s+(?:week|month|year))\\b',
    '\\s+in\\s+(?:early|late|mid|the\\s+(?:spring|summer|fall|autumn|winter)|(?:19|20)\\d\\d)\\b',
    `\\s+(?:on|in)\\s+(?:${WEEKDAY}|${MONTH_PATTERN}\\s)`,
  ].join('|'),
  'i',
);
// Lower case only: "On Principal" and "A Principal Journey" are names. "a 2016 EDUCAUSE Review
// article" starts its name after the year.
// What a publisher published, in lower case after its name: "EDUCAUSE Review article of ours".
// Case-sensitive, so "Education Post" and "The Washington Post" stay whole.
const KIND_OF_TEXT = /\s+(?:article|post|piece|essay|column|op-ed|blog\s+post)\b/;
const LEADING_JOIN =
  /^\s*,?\s*(?:(?:and|&)\s+)?(?:(?:at|on|in|by)\s+)?(?:(?:a|an)\s+(?:(?:19|20)\d\d\s+)?)?/;
const NOT_A_NAME = new RegExp(
  `^(?:${WEEKDAY}|${MONTH_PATTERN}(?:\\s|$)|it$|them$|that$|this$|which$|a\\s+(?:different|slightly|longer|shorter)|(?:few|couple|several|many|some|years?|months?)\\b)`,
  'i',
);

/** A publisher named by a pointing word, which only a link can resolve: "originally appeared here". */
export const DEICTIC_PUBLISHER = /^(?:here|there|elsewhere|online|this\s+(?:site|blog|website))$/i;

function nameSpan(
  rest: string,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let start = from;
  const lead = LEADING_JOIN.exec(rest.slice(from, to));
  if (lead) start += lead[0].length;
  let end = to;
  const cut = NAME_END.exec(rest.slice(start, end));
  if (cut) end = start + cut.index;
  const noun = KIND_OF_TEXT.exec(rest.slice(start, end));
  if (noun) end = start + noun.index;
  while (end > start && /[\s.,;:!?)\]]/.test(rest[end - 1] as string)) end--;
  // Quotes around the whole name are not part of it.
  if (/^["“‘']/.test(rest[start] ?? '') && /["”’']$/.test(rest[end - 1] ?? '')) {
    start++;
    end--;
  }
  const name = rest.slice(start, end);
  if (name.length === 0 || name.length > 80 || !/\p{L}/u.test(name)) return undefined;
  if (name.split(/\s+/).length > 12 || NOT_A_NAME.test(name)) return undefined;
  return { start, end };
}

function dateOf(
  month: string,
  day: string,
  year: string | undefined,
  published?: CalendarDate,
): CalendarDate | undefined {
  if (year !== undefined) return parseWrittenDate(`${month} ${day}, ${year}`);
  if (published === undefined) return undefined;
  // A note without a year is about a date before the republished post, so the year is the
  // post's own or, when that date would fall after the post, the one before.
  const publishedYear = Number(published.slice(0, 4));
  const sameYear = parseWrittenDate(`${month} ${day}, ${publishedYear}`);
  if (sameYear !== undefined && sameYear <= published.slice(0, 10)) return sameYear;
  return parseWrittenDate(`${month} ${day}, ${publishedYear - 1}`);
}

/**
 * Reads "Next Generation Learning Challenges on April 6, 2016 and the Workshop School on April
 * 1, 2016" as two publishers with their dates, or "Education Week" as one without.
 *
 * @param rest - The words after the cross-post phrase, up to the end of the sentence.
 * @param published - The republished post's date, used to give a year-less date its year.
 *
 * @example
 * readPublishers('Getting Smart on July 25, 2016.');
 * //=> [{ publisher: 'Getting Smart', start: 0, end: 13, date: '2016-07-25' }]
 */
export function readPublishers(rest: string, published?: CalendarDate): PublisherSpan[] {
  const spans: PublisherSpan[] = [];
  let from = 0;
  DATED.lastIndex = 0;
  for (let match = DATED.exec(rest); match !== null; match = DATED.exec(rest)) {
    const span = nameSpan(rest, from, match.index);
    from = match.index + match[0].length;
    if (span === undefined) continue;
    const date = dateOf(match[1] as string, match[2] as string, match[3], published);
    spans.push({
      publisher: rest.slice(span.start, span.end),
      ...span,
      ...(date !== undefined ? { date } : {}),
    });
  }
  if (spans.length === 0) {
    const span = nameSpan(rest, 0, rest.length);
    if (span !== undefined) spans.push({ publisher: rest.slice(span.start, span.end), ...span });
  }
  return spans;
}

// "March 5, 2019 | Education Week" on a line of its own: a credit line naming where the post
// first ran. Bylines and page furniture in the same shape ("| By Jane Doe", "| 3 Comments",
// "| Posted in News") are not publishers.
const CREDIT_LINE = new RegExp(
  `^[\\s(]*(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\s*[|｜]\\s*(\\S.*?)[\\s)]*$`,
  'i',
);
const NOT_A_CREDIT =
  /^(?:by\b|comments?\b|no\s+comments|leave\b|posted\b|filed\b|updated\b|tags?\b|categor|share\b|print\b|read\b|\d)/i;

/**
 * Reads a credit line, "March 5, 2019 | Education Week": the publisher (a capitalised name of at
 * most six words) and the date it ran.
 *
 * @param line - One sentence or line of the post.
 * @returns The publisher with its offsets in `line` and the date, or undefined.
 * @example
 * readCreditLine('March 5, 2019 | Education Week');
 * //=> { publisher: 'Education Week', start: 16, end: 30, date: '2019-03-05' }
 */
export function readCreditLine(line: string): PublisherSpan | undefined {
  const match = CREDIT_LINE.exec(line);
  if (match === null) return undefined;
  const publisher = (match[4] as string).replace(/[.;,]+$/, '');
  if (
    NOT_A_CREDIT.test(publisher) ||
    !/^[\p{Lu}\p{N}]/u.test(publisher) ||
    publisher.split(/\s+/).length > 6 ||
    publisher.includes('|')
  ) {
    return undefined;
  }
  const start = line.indexOf(
    publisher,
    match.index + match[0].length - (match[4] as string).length - 2,
  );
  const date = parseWrittenDate(`${match[1]} ${match[2]}, ${match[3]}`);
  return {
    publisher,
    start,
    end: start + publisher.length,
    ...(date !== undefined ? { date } : {}),
  };
}
