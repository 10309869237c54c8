/**
 * A sentence and where it sits in the text it came from.
 *
 * @example
 * const span: SentenceSpan = {
 *   sentence: 'This post originally appeared at Getting Smart on July 25, 2016.',
 *   start: 0,
 *   end: 64,
 * };
 */
export interface SentenceSpan {
  sentence: string;
  /** Offset of the first character (UTF-16 code units). */
  start: number;
  /** Offset just past the last character, so `text.slice(start, end) === sentence`. */
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'co',
  'corp',
  'ltd',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'u.s',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'approx',
  'dept',
]);

/**
 * Splits text into sentences with their offsets. A blank line or line break always ends a
 * sentence (archive excerpts and rendered HTML put each paragraph, heading and list item on its
 * own line); `.`, `!`, `?` end one when followed by white space and not part of an abbreviation
 * ("p.m.", "Jan.", "Dr.") or an initial.
 *
 * @example
 * splitSentences('Register here. It is on Wednesday, January 11, 2:00-3:00 p.m. ET.');
 * //=> [
 * //   { sentence: 'Register here.', start: 0, end: 14 },
 * //   { sentence: 'It is on Wednesday, January 11, 2:00-3:00 p.m. ET.', start: 15, end: 66 },
 * // ]
 */
export function splitSentences(text: string): SentenceSpan[] {
  // Character codes rather than one-character strings and regular expressions: every post is
  // split, and this loop visits each of its characters.
  const spans: SentenceSpan[] = [];
  const length = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ sentence: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    // "." (46), "!" (33), "?" (63).
    if (code !== 46 && code !== 33 && code !== 63) continue;
    // Include closing quotes and brackets that follow the terminator.
    let end = i + 1;
    while (end < length && CLOSERS.has(text.charCodeAt(end))) end++;
    if (end < length && !isSpace(text.charCodeAt(end))) continue;
    if (code === 46) {
      const word = wordBefore(text, Math.max(start, i - 12), i);
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower) || /^[A-Z]$/.test(word)) {
        // "p.m. ET" or "Jan. 28": only a lowercase or digit continuation proves it goes on;
        // "p.m. We'll" with a capital after an abbreviation that can end a sentence still ends it.
        const after = text.slice(end).trimStart();
        const endsAnyway =
          (lower === 'a.m' || lower === 'p.m' || lower === 'etc') &&
          /^[A-Z][a-z]/.test(after) &&
          // A zone ("p.m. ET") or a date ("2 p.m. June 8", "9:30 a.m. Monday") continues it.
          !/^(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|UTC|GMT|BST|CET|CEST|AEST|AEDT|IST|Eastern|Central|Pacific|Mountain|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/.test(
            after,
          );
        if (!endsAnyway) continue;
      }
    }
    push(end);
    start = end;
    i = end - 1;
  }
  push(length);
  return spans;
}

// The white space of `\s`.
function isSpace(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

// Closing quotes and brackets: " ' ” ’ ) ].
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41, 93]);

/** The letters and periods that end `text.slice(from, to)` (what `/([A-Za-z.]+)$/` finds there). */
function wordBefore(text: string, from: number, to: number): string {
  let s = to;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) s--;
    else break;
  }
  return text.slice(s, to);
}
