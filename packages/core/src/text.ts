import { decodeHTML } from 'entities';

/**
 * Decodes HTML character references, named (`&amp;`, `&rsquo;`) and numeric (`&#8217;`,
 * `&#x2019;`), the way a browser does, including legacy names without a semicolon.
 *
 * @example
 * decodeEntities('Student Voices: Moving Beyond &#8220;When I Grow Up&#8230;&#8221;');
 * //=> 'Student Voices: Moving Beyond “When I Grow Up…”'
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u200B': '',
};
const TYPOGRAPHY_PATTERN =
  /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033\u2012-\u2015\u2212\u2026\u00A0\u2009\u202F\u200B]/g;

/**
 * Undoes WordPress's `wptexturize`: curly quotes become straight quotes, en and em dashes
 * become hyphens, the ellipsis character becomes three dots and odd spaces become plain ones.
 * Use it where text is matched by rules, not where it is shown to readers.
 *
 * @example
 * undoTypography('October 25–28 — “meet the expert”…');
 * //=> 'October 25-28 - "meet the expert"...'
 */
export function undoTypography(text: string): string {
  return text.replace(TYPOGRAPHY_PATTERN, (char) => TYPOGRAPHY[char] ?? char);
}

/**
 * Collapses runs of white space to single spaces and trims the ends.
 *
 * @example
 * collapseWhitespace('  a \n\t b  '); //=> 'a b'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
