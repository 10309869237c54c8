import type { SentenceSpan } from '@competencyworks/core';
import { NUMBER_TOKEN, ordinalPosition, partNumber } from './partNumber';

/** A part named in a sentence, with the offsets (in the sentence) of the words that name it. */
export interface NamedPart {
  position?: number;
  title?: string;
  start: number;
  end: number;
  rule: 'series.ordinal-part-reference' | 'series.sibling-part-reference';
}

// "Start with the first post on NYC Big Takeaways and then read about ...",
// "Read the second post, Building Capacity."
const ORDINAL_REFERENCE =
  /\b(?:[Ss]tart\s+(?:with|by\s+reading)|[Bb]egin\s+with|[Rr]ead|[Ss]ee|[Cc]heck\s+out)\s+(?:the|my|our)\s+(\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:-[A-Za-z]+)?)\s+(?:(?:blog\s+)?post|article|installment|part|stop|entry)\s*(?:on|about|called|titled|entitled|[,:])\s*/g;
// Where a referenced title ends: "and then", "then", a comma, a semicolon, a bracket, a dash or
// the end of the sentence.
const REFERENCE_END =
  /\s+and\s+then\b|,?\s+then\b|\s+and\s+(?:read|see|check)\b|[,;(]|\s[-–—]\s|[.!?]?["”’]?$/;

// A sentence that points the reader to other parts: "Read Part 1 and Part 2", "If you missed
// Part 1, ...", "In part one, I wrote about ...", or one with a bracketed pointer inside
// ("In the first three articles (read parts one, two, and three), I ..."). "In part 3 of the
// report" is a part of something else (see OF_SOMETHING_ELSE).
const POINTER =
  /\((?:read|see|catch\s+up\s+on)\s+parts?\s|^[\s(["“]*in\s+part\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|[IVX]+)\b|^[\s(["“]*(?:(?:you\s+(?:can|may|might\s+want\s+to|should)|be\s+sure\s+to|don['’]t\s+forget\s+to|make\s+sure\s+to|please)\s+)?(?:read|see|check\s+out|catch\s+up\s+on|revisit|find|go\s+back\s+to|start\s+with|missed)\b|^[\s(["“]*(?:if\s+you\s+(?:missed|haven['’]t\s+read)|in\s+case\s+you\s+missed)\b/i;
const PART_LIST = new RegExp(
  `\\b[Pp]arts?\\s+(${NUMBER_TOKEN}(?:(?:\\s*,?\\s*(?:and|&)\\s+|\\s*,\\s*)(?:[Pp]art\\s+)?${NUMBER_TOKEN})*)`,
  'g',
);
// "Part 3 of the report" is a part of something else; "part one of The Gathering Storm" (a
// capitalised title) is not.
const OF_SOMETHING_ELSE =
  /^\s+of\s+(?:the|this|that|a|an|his|her|their|its|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|A|An)\s+(?!series\b)/;

/**
 * Finds a part named by its place and title: "Start with the first post on NYC Big Takeaways".
 * The title must start with a capital or a digit, so "the first post on the topic" names none.
 */
export function readOrdinalReferences(span: SentenceSpan): NamedPart[] {
  const found: NamedPart[] = [];
  const { sentence } = span;
  ORDINAL_REFERENCE.lastIndex = 0;
  for (
    let match = ORDINAL_REFERENCE.exec(sentence);
    match !== null;
    match = ORDINAL_REFERENCE.exec(sentence)
  ) {
    const position = ordinalPosition(match[1] as string);
    if (position === undefined) continue;
    const start = match.index + match[0].length;
    const rest = sentence.slice(start);
    const end = REFERENCE_END.exec(rest);
    let length = end ? end.index : rest.length;
    while (length > 0 && /\s/.test(rest[length - 1] as string)) length--;
    const title = rest.slice(0, length).replace(/^["“‘']|["”’']$/g, '');
    if (title === '' || title.length > 120 || !/^[\p{Lu}\p{N}]/u.test(title)) continue;
    found.push({
      position,
      title,
      start,
      end: start + length,
      rule: 'series.ordinal-part-reference',
    });
  }
  return found;
}

/**
 * Finds parts named by number in a sentence that points the reader to them: "Read Part 1 and
 * Part 2", "See Parts 1, 2 and 3". Each part's offsets cover its own "Part N" words where
 * written, so a link on "Part 1" gives that part's URL.
 *
 * @example
 * readSiblingReferences({ sentence: 'Read Part 1 and Part 2', start: 0, end: 22 });
 * //=> [{ position: 1, start: 5, end: 11, ... }, { position: 2, start: 16, end: 22, ... }]
 */
export function readSiblingReferences(span: SentenceSpan): NamedPart[] {
  const { sentence } = span;
  if (!POINTER.test(sentence)) return [];
  const found: NamedPart[] = [];
  PART_LIST.lastIndex = 0;
  for (let match = PART_LIST.exec(sentence); match !== null; match = PART_LIST.exec(sentence)) {
    if (OF_SOMETHING_ELSE.test(sentence.slice(match.index + match[0].length))) continue;
    const listStart = match.index + match[0].length - (match[1] as string).length;
    const token = new RegExp(`(?:[Pp]art\\s+)?(${NUMBER_TOKEN})`, 'g');
    const list = match[1] as string;
    for (let item = token.exec(list); item !== null; item = token.exec(list)) {
      if (item[1] === 'and') continue;
      const position = partNumber(item[1] as string);
      if (position === undefined) continue;
      // The first item's words include the "Part" before the list.
      const start = item.index === 0 ? match.index : listStart + item.index;
      found.push({
        position,
        start,
        end: listStart + item.index + item[0].length,
        rule: 'series.sibling-part-reference',
      });
    }
  }
  return found;
}
