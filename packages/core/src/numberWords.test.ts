import { describe, expect, it } from 'vitest';
import { parseCardinal, parseOrdinal, parseRoman } from './numberWords';

describe('parseOrdinal', () => {
  it.each([
    ['first', 1],
    ['ninth', 9],
    ['twelfth', 12],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['twenty-second', 22],
    ['twenty-third', 23],
    ['twenty-fourth', 24],
    ['Forty Fifth', 45],
    ['ninety-ninth', 99],
    ['hundredth', 100],
    ['one hundredth', 100],
    ['24th', 24],
    ['101st', 101],
  ])('reads %s as %i', (text, expected) => {
    expect(parseOrdinal(text)).toBe(expected);
  });

  it.each(['twenty', 'fourth-ish', '', 'eighthh', 'twenty-fourth-fifth-sixth-seventh'])(
    'refuses %j',
    (text) => {
      expect(parseOrdinal(text)).toBeUndefined();
    },
  );
});

describe('parseCardinal', () => {
  it.each([
    ['five', 5],
    ['twenty-one', 21],
    ['12', 12],
  ])('reads %s as %i', (text, expected) => {
    expect(parseCardinal(text)).toBe(expected);
  });

  it('refuses an ordinal', () => {
    expect(parseCardinal('fifth')).toBeUndefined();
  });
});

describe('parseRoman', () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['iv', 4],
    ['XXIV', 24],
    ['MMXVI', 2016],
  ])('reads %s as %i', (text, expected) => {
    expect(parseRoman(text)).toBe(expected);
  });

  it.each(['IIII', 'VV', '', 'ABC'])('refuses %j', (text) => {
    expect(parseRoman(text)).toBeUndefined();
  });
});
