/**
 * Elements that separate the words around them (a paragraph, a list item, a table cell): the
 * posts package's structured `htmlToText` starts a new line or paragraph at them, and
 * {@link htmlToPlainText} puts a space there.
 *
 * @example
 * HTML_BLOCK_ELEMENTS.has('p'); //=> true
 * HTML_BLOCK_ELEMENTS.has('em'); //=> false
 */
export const HTML_BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  // One string, split: the widgets' drop-in script carries this list.
  (
    'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Hidden elements whose content is text, not markup: it runs to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'iframe', 'title']);

/**
 * Elements whose content a reader never sees as text (scripts, styles, embedded frames and
 * drawings, the document head): both HTML-to-text renderings leave it out.
 *
 * @example
 * HTML_HIDDEN_ELEMENTS.has('script'); //=> true
 */
export const HTML_HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  ...RAW_TEXT,
  'template',
  'svg',
  'head',
]);

// A comment, a declaration or processing instruction, or a start or end tag with its attributes
// (quoted values may hold `>`). Every branch also ends at the end of the input, so a match that
// starts always succeeds: no input makes the search go back over text it has passed (linear).
const TAG =
  /<(?:!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|(\/?)([a-z][^\s/>]*)(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*>?)/gi;
const ends = new Map<string, RegExp>();

/** Where the end tag of a raw-text element starts, searching from `from`; the end if none. */
function endOf(html: string, name: string, from: number): number {
  let end = ends.get(name);
  if (!end) {
    end = new RegExp(`</${name}`, 'gi');
    ends.set(name, end);
  }
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/**
 * Turns an HTML fragment from a feed into one line of plain text, as a card or a list page shows
 * an excerpt: tags and comments go, the content of scripts, styles and other hidden elements
 * goes, blocks and line breaks become spaces, character references are decoded with `decode`,
 * and all white space (a no-break space too) collapses to single spaces. It never builds a DOM,
 * so it runs the same in Node and in a browser and cannot run anything in the page; it is linear
 * in the length of the HTML whatever the markup.
 *
 * It differs from the posts package's `htmlToText` on purpose: that one keeps paragraphs, list
 * markers, links and no-break spaces, which extractors count offsets in; this one makes a single
 * line for display.
 *
 * @param html - The HTML fragment.
 * @param decode - Decodes the character references in a run of text: `decodeEntities` in Node,
 *   the browser's own parser in the widgets (so the page carries no entity table).
 * @returns The text, trimmed.
 * @example
 * htmlToPlainText('<p>Caf&eacute;&nbsp;<b>notes</b></p><script>x()</script>', decodeEntities);
 * //=> 'Café notes'
 */
export function htmlToPlainText(html: string, decode: (text: string) => string): string {
  let text = '';
  let hidden = 0;
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (hidden === 0 && match.index > last) text += decode(html.slice(last, match.index));
    last = TAG.lastIndex;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    const closing = match[1] === '/';
    if (RAW_TEXT.has(name)) {
      if (!closing) last = TAG.lastIndex = endOf(html, name, last);
    } else if (HTML_HIDDEN_ELEMENTS.has(name)) {
      if (closing) hidden = Math.max(hidden - 1, 0);
      else if (!match[0].endsWith('/>')) hidden++;
    } else if (hidden === 0 && (name === 'br' || HTML_BLOCK_ELEMENTS.has(name))) {
      text += ' ';
    }
  }
  if (hidden === 0 && last < html.length) text += decode(html.slice(last));
  return text.replace(/\s+/g, ' ').trim();
}
