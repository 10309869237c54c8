import { parseCardinal, parseOrdinal, parseRoman } from '@competencyworks/core';

/** A regular-expression source for a part number as written: "3", "III", "three", "twenty-one". */
export const NUMBER_TOKEN = '(?:\\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)';

/**
 * Reads a part number: digits, an upper-case Roman numeral ("II"; lower-case "i" is refused so
 * "part i" in prose is not part 1) or a number word. Anything else, or 0, gives undefined, which
 * is how "Part of the problem" is told from "Part 2".
 *
 * @example
 * partNumber('II'); //=> 2
 * partNumber('of'); //=> undefined
 */
export function partNumber(token: string): number | undefined {
  let value: number | undefined;
  if (/^\d+$/.test(token)) value = Number(token);
  else if (/^[IVXLC]+$/.test(token)) value = parseRoman(token);
  else value = parseCardinal(token);
  return value !== undefined && value >= 1 && value <= 999 ? value : undefined;
}

/** Reads an ordinal such as "twenty-fourth" or "24th" as a position from 1 to 999. */
export function ordinalPosition(text: string): number | undefined {
  const value = parseOrdinal(text);
  return value !== undefined && value >= 1 && value <= 999 ? value : undefined;
}
