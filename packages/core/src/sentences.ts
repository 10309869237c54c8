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
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ sentence: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    // Include closing quotes and brackets that follow the terminator.
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end] as string)) end++;
    const next = text[end];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (char === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
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
  push(text.length);
  return spans;
}
