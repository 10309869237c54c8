import { POST_CUES } from '@competencyworks/posts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from './dateRules';

const DATE_WORDS = POST_CUES.eventDate;

// A body is read for dates only when DATE_WORDS may match it, so it must match wherever
// findDates finds a date.
const PIECES = [
  'Jan',
  'January',
  'jan',
  'JAN',
  'Sept',
  'September',
  'sept',
  'May',
  'may',
  'Mar',
  'March',
  'Dec',
  '.',
  ',',
  ' ',
  '\n',
  '-',
  '–',
  '1',
  '11',
  '25',
  '2017',
  'th',
  'on',
  'the',
  'x',
  '(',
  ')',
  'Wednesday',
  'p.m.',
  'ET',
  'to',
  'through',
  'of',
  'and',
  'OCT',
  '/',
  '9',
  'Friday',
];

describe('DATE_WORDS', () => {
  it('matches every sentence findDates reads a date from', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const sentence = pieces.join('');
        if (findDates(sentence).length > 0) expect(DATE_WORDS.test(sentence), sentence).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('matches the dates of the seed posts and not lower-case month words', () => {
    expect(DATE_WORDS.test('Wednesday, January 11, 2:00-3:00 p.m. ET')).toBe(true);
    expect(DATE_WORDS.test('the iNACOL Symposium on October 25-28')).toBe(true);
    expect(DATE_WORDS.test('by Sept. 12')).toBe(true);
    expect(DATE_WORDS.test('the 30th of September')).toBe(true);
    expect(DATE_WORDS.test('Friday 9/12')).toBe(true);
    expect(DATE_WORDS.test('we may 3 times')).toBe(false);
    expect(findDates('we may 3 times')).toEqual([]);
  });
});
