import { NUMBER_TOKEN, partNumber } from './partNumber';

/** A multipart post known from its title: the shared title, and its part number when written. */
export interface TitlePart {
  title: string;
  position?: number;
  total?: number;
  rule: 'series.title-part' | 'series.title-continued';
}

const PART = `[Pp]art\\s+(${NUMBER_TOKEN})(?:\\s+of\\s+(${NUMBER_TOKEN}))?`;
// "Rethinking the Achievement Gap (Part 3)", "... [Part 2 of 5]"
const BRACKETED = new RegExp(`^(.*?\\S)\\s*[([]\\s*${PART}\\s*[)\\]]\\s*$`);
// "Rethinking the Achievement Gap: Part II", "..., Part 2: How We Got Here", "... – Part 3",
// "...: Part 5, Asian American Literature"
const SEPARATED = new RegExp(
  `^(.*?\\S)\\s*(?:[:,]|\\s[-–—])\\s*${PART}\\s*(?:[:,\\-–—]\\s*\\S.*)?$`,
);
// "Teacher to Teacher Part II", "Rethinking Grading Part 2: Why Zeros Fail": no separator, so
// "Part" must be capitalised as in a title.
const SPACED = new RegExp(
  `^(.*?\\S)\\s+Part\\s+(${NUMBER_TOKEN})(?:\\s+of\\s+(${NUMBER_TOKEN}))?\\s*(?::\\s*\\S.*)?$`,
);
// "Slice of Life #25: Summer Book Studies": a name of two words or more and a number.
const NUMBERED = /^(\S+(?:\s+\S+)+?)\s+#(\d{1,3})\s*(?::\s*\S.*)?$/;
// "Rethinking the Achievement Gap (continued)", "(cont'd)", "(cont.)"
const CONTINUED = /^(.*?\S)\s*[([]\s*(?:continued|cont['’]?d\.?|cont\.)\s*[)\]]\s*$/i;

/**
 * Reads a multipart title. A title that starts with its part ("Part 2: Foo") names no series
 * and gives nothing: "Foo" is that part's own title, so nothing ties it to the other parts.
 *
 * @example
 * readTitlePart('Rethinking the Achievement Gap (Part 3)');
 * //=> { title: 'Rethinking the Achievement Gap', position: 3, rule: 'series.title-part' }
 */
export function readTitlePart(title: string): TitlePart | undefined {
  const trimmed = title.trim();
  if (!/part|cont|#/i.test(trimmed)) return undefined;
  const match =
    BRACKETED.exec(trimmed) ??
    SEPARATED.exec(trimmed) ??
    SPACED.exec(trimmed) ??
    NUMBERED.exec(trimmed);
  if (match) {
    const base = match[1] as string;
    const position = partNumber(match[2] as string);
    if (position === undefined || !/\p{L}/u.test(base)) return undefined;
    const total = match[3] !== undefined ? partNumber(match[3]) : undefined;
    if (match[3] !== undefined && total === undefined) return undefined;
    return {
      title: base.replace(/[\s:,\-–—]+$/, ''),
      position,
      ...(total !== undefined ? { total } : {}),
      rule: 'series.title-part',
    };
  }
  const continued = CONTINUED.exec(trimmed);
  if (continued && /\p{L}/u.test(continued[1] as string)) {
    return { title: continued[1] as string, rule: 'series.title-continued' };
  }
  return undefined;
}
