import { describe, expect, it } from 'vitest';
import { keywordSentences } from './keywordSentences';
import { splitSentences } from './sentences';

describe('keywordSentences', () => {
  const text =
    'Intro line.\nThis is the ninth post of my NYC tour. Start with the first post.\n\nNothing here.\nA series? Yes. Another series.';

  it('returns the matching sentences with the same offsets splitSentences gives', () => {
    const spans = keywordSentences(text, /series|tour/gi);
    expect(spans.map((s) => s.sentence)).toEqual([
      'This is the ninth post of my NYC tour.',
      'A series?',
      'Another series.',
    ]);
    const all = splitSentences(text);
    for (const span of spans) expect(all).toContainEqual(span);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.sentence);
  });

  it('finds nothing when no keyword occurs', () => {
    expect(keywordSentences(text, /webinar/gi)).toEqual([]);
  });
});
