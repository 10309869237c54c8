import type { SentenceSpan } from '@competencyworks/core';
import type { SeriesKind } from '../series';
import { NUMBER_TOKEN, ordinalPosition, partNumber } from './partNumber';
import { seriesTitleAt } from './seriesTitle';

/** What a sentence says about the post it is in: the series, its kind and the post's place. */
export interface Statement {
  /**
   * The series title as written; empty when the sentence names no series ("the second post in a
   * ten-part series that aims to ..."), which leaves the naming to the post's title.
   */
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
  name: 'ordinal' | 'opening' | 'numbered' | 'member';
  pattern: RegExp;
}

// The opening that says "this post is a part": with an ordinal ("the twenty-fourth article"),
// a number ("Part 2 of 5") or none ("This post is part of").
const LEADS: readonly Lead[] = [
  {
    name: 'ordinal',
    // The noun may be left out ("This is the first in a series of posts on ..."); "the fourth and
    // final article" is the last part.
    pattern: new RegExp(
      `${SELF}(?:the|our|my)\\s+${ORD}(\\s+and\\s+(?:final|last))?(\\s+${NOUN})?(?=\\s+(?:in|of|from|on|about|to)\\s)`,
      'g',
    ),
  },
  {
    // "This post marks the introduction to a new series", "This is the introductory article to an
    // eight-part series": the opening part, without a number.
    name: 'opening',
    pattern: new RegExp(
      `${THIS}(?:(?:post|article|piece)\\s+(?:is|marks)|is)\\s+(?:the|an?)\\s+(?:introduction|introductory\\s+${NOUN}|opening\\s+${NOUN}|start|beginning|kick-?off)(?=\\s+(?:to|of|in|for)\\s)`,
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
  {
    name: 'member',
    // "This post part of a series ..." (the verb left out) is read too.
    pattern: new RegExp(
      `(?:${SELF}(?:part|one)|${THIS}(?:post|article|piece)\\s+part)(?=\\s+of\\s)`,
      'g',
    ),
  },
];

// What follows the opening: "in the series <Title>" or "of my <Title> tour".
const TAIL_NAMED_AFTER =
  /^\s+(?:in|of|from|on|to)\s+(?:the|our|my|a|an|this)\s+(?:(\w+)-part\s+)?(?:[a-z][\w-]*\s+){0,2}?(series|tour)\b(?:\s+of\s+(?:blog\s+)?(?:posts|articles|pieces|essays|interviews|profiles))?(?:\s+(on|about|called|titled|entitled|named))?\s*[:,]?\s*/;
const TAIL_NAMED_BEFORE = /^\s+(?:in|of|from|on)\s+(?:the|our|my|this)\s+(\S.*?)\s+(series|tour)\b/;
// "The third article on Sal Khan's The One World Schoolhouse": a numbered article about a named
// subject is a part of the articles on it. The subject must start with a capital or a digit, so
// "the third article on this topic" names none.
const TAIL_TOPIC = /^\s+(?:on|about)\s+(?=[\p{Lu}\p{N}"“])/u;
// Words that open a clause or a phrase about the series rather than its name: "a ten-part series
// that aims to ...", "a new series here at ... exploring ...", "a series based on ...".
const NOT_A_NAME =
  /^(?:that|which|who|whose|where|when|based|exploring|examining|looking|focusing|focused|here|there|to|for|with|we|i|you|designed|aimed|intended|meant|featuring|highlighting|in\s+which)\b/i;
const NO_POSITION = new Set(['last', 'final', 'latest', 'next', 'newest', 'concluding']);

interface Tail {
  title: string;
  kind: SeriesKind;
  total?: number;
  length: number;
}

function readTail(rest: string, topic: boolean): Tail | undefined {
  const after = TAIL_NAMED_AFTER.exec(rest);
  if (after) {
    const kind = after[2] === 'tour' ? 'tour' : 'series';
    const total = after[1] !== undefined ? partNumber(after[1].toLowerCase()) : undefined;
    const totalField = total !== undefined ? { total } : {};
    const found = seriesTitleAt(rest.slice(after[0].length));
    if (found === undefined || NOT_A_NAME.test(found.title)) {
      // The series is there but unnamed: the post's title names it.
      return { title: '', kind, ...totalField, length: after[0].length };
    }
    // "a series on the University of Maine": the subject, without its article.
    const title =
      after[3] === 'on' || after[3] === 'about' ? found.title.replace(/^the\s+/, '') : found.title;
    return { title, kind, ...totalField, length: after[0].length + found.length };
  }
  const before = TAIL_NAMED_BEFORE.exec(rest);
  if (before) {
    const title = (before[1] as string).replace(/^["“‘']|["”’']$/g, '');
    if (title.length > 150 || !/^[\p{Lu}\p{N}"“]/u.test(title)) return undefined;
    return { title, kind: before[2] === 'tour' ? 'tour' : 'series', length: before[0].length };
  }
  const subject = topic ? TAIL_TOPIC.exec(rest) : null;
  if (subject) {
    const found = seriesTitleAt(rest.slice(subject[0].length));
    if (found === undefined) return undefined;
    return { title: found.title, kind: 'series', length: subject[0].length + found.length };
  }
  return undefined;
}

/**
 * Reads a sentence that says this post is a part of a series or tour: "This is the
 * twenty-fourth article in the series X.", "This is the ninth post of my X tour.", "This is
 * Part 2 of 5 in our series on X", "This post is part of the X series", "This is the fourth and
 * final article on X" (part 4 of 4), "This post marks the introduction to a new series" (no
 * position). A series followed by a clause instead of a name ("a ten-part series that aims to
 * ...") gives an empty title, for the caller to name from the post's title. A sentence that only
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
        // "the fourth and final article": the last part, so the total.
        if (match[2] !== undefined && position !== undefined) total = position;
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
      // Only a numbered article or post ("the third article on X") makes its subject a series.
      const topic = lead.name === 'ordinal' && match[3] !== undefined && position !== undefined;
      const tail = readTail(sentence.slice(leadEnd), topic);
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
