import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentences = (text: string) => splitSentences(text).map((s) => s.sentence);

describe('splitSentences', () => {
  it('keeps a time and the date after it in one sentence ("2 p.m. June 8", "9:30 a.m. Monday")', () => {
    expect(sentences('The party has been postponed to 2 p.m. June 8 due to rain.')).toEqual([
      'The party has been postponed to 2 p.m. June 8 due to rain.',
    ]);
    expect(sentences('Doors open at 9:30 a.m. Monday, Apr. 7. Bring lunch.')).toEqual([
      'Doors open at 9:30 a.m. Monday, Apr. 7.',
      'Bring lunch.',
    ]);
  });

  it('still ends a sentence after "p.m." before a new capitalised sentence', () => {
    expect(sentences('It starts at 2 p.m. We will send the link.')).toEqual([
      'It starts at 2 p.m.',
      'We will send the link.',
    ]);
  });
});
