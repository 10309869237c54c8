import { ParseError } from '@competencyworks/core';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds the line and column of character offsets in a text. Built once per input, then each
 * lookup is a binary search, so locating every post of a large page stays cheap.
 */
export function lineLocator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** Throws the `empty-input` error when a text has nothing but white space in it. */
export function assertNotEmpty(text: string, expected: string): void {
  if (text.trim() === '') {
    throw new ParseError({
      code: 'empty-input',
      message: `the input is empty; expected ${expected}`,
      line: 1,
      column: 1,
    });
  }
}

const MARKUP_START = /^\s*<(?:!doctype\b|!--|\?xml\b|[a-z][a-z0-9:-]*[\s/>])/i;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_ROOT = /<(?:html|head|body)[\s>]/i;

/** Where markup starts when a text opens with a tag, a comment or a declaration; -1 when it does not. */
export function leadingMarkupOffset(text: string): number {
  if (!MARKUP_START.test(text)) return -1;
  return text.indexOf('<');
}

/** Tells an XML feed (RSS, Atom, RDF) from an HTML page by its root element. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096);
  return FEED_ROOT.test(head) && !HTML_ROOT.test(head);
}

/** True when the text is a JSON object or array (a REST response or JSON Feed, not a page). */
export function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}
