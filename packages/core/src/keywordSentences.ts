import { type SentenceSpan, splitSentences } from './sentences';

/**
 * The sentences of `text` that match `keywords` (a global pattern), with offsets into `text`,
 * exactly as `splitSentences(text)` gives them. Only the lines holding a match are split: a line
 * break always ends a sentence, so a line splits the same alone as in the whole text, and a long
 * post with one note costs one line's split, not the post's.
 *
 * @example
 * keywordSentences('Intro.\nThis is the ninth post of my NYC tour.', /series|tour/gi);
 * //=> [{ sentence: 'This is the ninth post of my NYC tour.', start: 7, end: 45 }]
 */
export function keywordSentences(text: string, keywords: RegExp): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  keywords.lastIndex = 0;
  let done = -1;
  for (let match = keywords.exec(text); match !== null; match = keywords.exec(text)) {
    if (match.index < done) continue;
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline < 0 ? text.length : newline;
    for (const span of splitSentences(text.slice(start, end))) {
      keywords.lastIndex = 0;
      if (!keywords.test(span.sentence)) continue;
      spans.push({ sentence: span.sentence, start: start + span.start, end: start + span.end });
    }
    done = end;
    keywords.lastIndex = end;
  }
  return spans;
}
