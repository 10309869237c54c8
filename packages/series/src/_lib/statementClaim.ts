import type { SentenceSpan } from '@competencyworks/core';
import type { SeriesKind } from '../series';
import { NUMBER_TOKEN, ordinalPosition, partNumber } from './partNumber';
import { seriesTitleAt } from './seriesTitle';

/** What a sentence says about the post it is in: the series, its kind and the post's place. */
export interface Statement {
  title: string;
  kind: SeriesKind;
  position?: number;
  total?: number;
  rule: string;
  /** Offset in the sentence where the statement ends, so later phrases can be read after it. */
  end: number;
}

// "This" at a word start, or glued to a lower-case image caption ("AnchorThis is ...").
const THIS = '(?:(?<![A-Za-z])[Tt]|(?<=[a-z])T)his\\s+';
const NOUN =
  '(?:(?:blog|guest)\\s+)?(?:post|article|installment|instalment|entry|piece|part|stop|chapter|essay|profile|episode|segment|edition|visit|interview|case\\s+study)s?';
const ORD = '(\\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:[- ][A-Za-z]+){0,3}?)';
const SELF = `${THIS}(?:is|(?:post|article|piece|entry|blog\\s+post)\\s+is)\\s+`;

interface Lead {
  name: 'ordinal' | 'numbered' | 'member';
  pattern: RegExp;
}

// The opening that says "this post is a part": with an ordinal ("the twenty-fourth article"),
// a number ("Part 2 of 5") or none ("This post is part of").
const LEADS: readonly Lead[] = [
  {
    name: 'ordinal',
    // The noun may be left out ("This is the first in a series of posts on ...").
    pattern: new RegExp(
      `${SELF}(?:the|our|my)\\s+${ORD}(?:\\s+${NOUN})?(?=\\s+(?:in|of|from|on)\\s)`,
      'g',
    ),
  },
  {
    name: 'numbered',
    pattern: new RegExp(
      `${SELF}(?:[Pp]art|[Ii]nstall?ment|[Cc]hapter|[Ee]pisode|[Nn]umber|[Nn]o\\.)\\s+(${NUMBER_TOKEN})(\\s+of\\s+(${NUMBER_TOKEN}))?`,
      'g',
    ),
  },
  { name: 'member', pattern: new RegExp(`${SELF}(?:part|one)(?=\\s+of\\s)`, 'g') },
];

// What follows the opening: "in the series <Title>" or "of my <Title> tour".
const TAIL_NAMED_AFTER =
  /^\s+(?:in|of|from|on)\s+(?:the|our|my|a|an|this)\s+(?:(\w+)-part\s+)?(?:[a-z][\w-]*\s+){0,2}?(series|tour)\b(?:\s+of\s+(?:blog\s+)?(?:posts|articles|pieces|essays|interviews|profiles))?(?:\s+(?:on|about|called|titled|entitled|named))?\s*[:,]?\s*/;
const TAIL_NAMED_BEFORE = /^\s+(?:in|of|from|on)\s+(?:the|our|my|this)\s+(\S.*?)\s+(series|tour)\b/;
const NO_POSITION = new Set(['last', 'final', 'latest', 'next', 'newest', 'concluding']);

function readTail(
  rest: string,
): { title: string; kind: SeriesKind; total?: number; length: number } | undefined {
  const after = TAIL_NAMED_AFTER.exec(rest);
  if (after) {
    const found = seriesTitleAt(rest.slice(after[0].length));
    if (found === undefined) return undefined;
    const total = after[1] !== undefined ? partNumber(after[1].toLowerCase()) : undefined;
    return {
      title: found.title,
      kind: after[2] === 'tour' ? 'tour' : 'series',
      ...(total !== undefined ? { total } : {}),
      length: after[0].length + found.length,
    };
  }
  const before = TAIL_NAMED_BEFORE.exec(rest);
  if (before) {
    const title = (before[1] as string).replace(/^["“‘']|["”’']$/g, '');
    if (title.length > 150 || !/^[\p{Lu}\p{N}"“]/u.test(title)) return undefined;
    return { title, kind: before[2] === 'tour' ? 'tour' : 'series', length: before[0].length };
  }
  return undefined;
}

/**
 * Reads a sentence that says this post is a part of a series or tour: "This is the
 * twenty-fourth article in the series X.", "This is the ninth post of my X tour.", "This is
 * Part 2 of 5 in our series on X", "This post is part of the X series". A sentence that only
 * mentions a series ("Check out the series on CCSD", "read our series on ...") has no "this is"
 * and gives nothing.
 *
 * @example
 * readStatement({ sentence: 'This is the ninth post of my NYC tour.', start: 0, end: 38 });
 * //=> { title: 'NYC', kind: 'tour', position: 9, rule: 'series.ordinal-in-tour', end: 37 }
 */
export function readStatement(span: SentenceSpan): Statement | undefined {
  const { sentence } = span;
  for (const lead of LEADS) {
    lead.pattern.lastIndex = 0;
    for (
      let match = lead.pattern.exec(sentence);
      match !== null;
      match = lead.pattern.exec(sentence)
    ) {
      let position: number | undefined;
      let total: number | undefined;
      if (lead.name === 'ordinal') {
        const word = (match[1] as string).toLowerCase();
        position = ordinalPosition(word);
        if (position === undefined && !NO_POSITION.has(word)) continue;
      }
      let leadEnd = match.index + match[0].length;
      if (lead.name === 'numbered') {
        position = partNumber(match[1] as string);
        if (position === undefined) continue;
        // "Part 3 of our series": "of our" is the tail, not a total.
        if (match[2] !== undefined) {
          total = partNumber(match[3] as string);
          if (total === undefined) leadEnd -= match[2].length;
        }
      }
      const tail = readTail(sentence.slice(leadEnd));
      if (tail === undefined) continue;
      const fullTotal = total ?? tail.total;
      return {
        title: tail.title,
        kind: tail.kind,
        ...(position !== undefined ? { position } : {}),
        ...(fullTotal !== undefined ? { total: fullTotal } : {}),
        rule: `series.${lead.name}-in-${tail.kind}`,
        end: leadEnd + tail.length,
      };
    }
  }
  return undefined;
}
