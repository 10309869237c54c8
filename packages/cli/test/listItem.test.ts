import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip } from '../src/_lib/listItem';

// What the list pages' clipping was written as: the cut word, then the spaces and stops before it.
const byRegExp = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).replace(/[\s,;:.]*\S*$/, '')}…` : text;

describe('clip', () => {
  it('keeps whole words and drops the stops before the cut', () => {
    expect(clip('Students advance on mastery, not seat time.', 30)).toBe(
      'Students advance on mastery…',
    );
    expect(clip('Short.', 30)).toBe('Short.');
    expect(clip('Onewordlongerthanthelimit', 10)).toBe('…');
    // A no-break space parts words too.
    expect(clip('Ends\u00a0with a no-break space', 10)).toBe('Ends…');
  });

  it('clips as the regular expression it replaces, on any text', () => {
    const words = fc.stringMatching(/^[a-z,;:. \t\n\u00a0\u2019’]{0,80}$/);
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 90 }), (text, max) => {
        expect(clip(text, max)).toBe(byRegExp(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});
