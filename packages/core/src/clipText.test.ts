import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText } from './clipText';

// What the widgets' and the list pages' clipping was written as: the cut word, then the spaces
// and stops before it; a cut with nothing left (no space in it) is now kept as cut.
const byRegExp = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.]*\S*$/, '') || cut}…`;
};

describe('clipText', () => {
  it('keeps whole words and drops the stops before the cut', () => {
    expect(clipText('Students advance on mastery, not seat time.', 30)).toBe(
      'Students advance on mastery…',
    );
    expect(clipText('Short.', 30)).toBe('Short.');
    // A no-break space parts words too.
    expect(clipText('Ends\u00a0with a no-break space', 10)).toBe('Ends…');
  });

  it('cuts a word longer than the limit where it reaches it, rather than leave only "…"', () => {
    expect(clipText('Onewordlongerthanthelimit', 10)).toBe('Onewordlo…');
    expect(clipText('https://competencyworks.example/a/very/long/path', 20)).toHaveLength(20);
  });

  it('clips as the regular expression it replaces, on any text', () => {
    const words = fc.stringMatching(/^[a-z,;:. \t\n\u00a0\u2019’]{0,80}$/);
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 90 }), (text, max) => {
        expect(clipText(text, max)).toBe(byRegExp(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});
