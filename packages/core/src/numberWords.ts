const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS: Record<string, string> = {
  first: 'one',
  second: 'two',
  third: 'three',
  fifth: 'five',
  eighth: 'eight',
  ninth: 'nine',
  twelfth: 'twelve',
};

function cardinalWord(word: string): number | undefined {
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const ten = TENS.indexOf(word);
  if (ten >= 2) return ten * 10;
  if (word === 'hundred') return 100;
  return undefined;
}

function ordinalWordToCardinal(word: string): string {
  if (ORDINAL_UNITS[word]) return ORDINAL_UNITS[word];
  if (word.endsWith('ieth')) return `${word.slice(0, -4)}y`;
  if (word.endsWith('th')) return word.slice(0, -2);
  return word;
}

function parseWords(text: string, ordinal: boolean): number | undefined {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (words.length === 0 || words.length > 4) return undefined;
  let total = 0;
  let current = 0;
  for (const [i, raw] of words.entries()) {
    const word = ordinal && i === words.length - 1 ? ordinalWordToCardinal(raw) : raw;
    if (ordinal && i === words.length - 1 && word === raw && raw !== 'hundred') return undefined;
    const value = cardinalWord(word === 'hundred' && raw === 'hundredth' ? 'hundred' : word);
    if (value === undefined) return undefined;
    if (value === 100) {
      current = (current || 1) * 100;
    } else {
      current += value;
    }
  }
  total += current;
  return total;
}

/**
 * Reads an ordinal written as words or digits: "twenty-fourth", "ninth", "24th", "one hundredth".
 *
 * @example
 * parseOrdinal('twenty-fourth'); //=> 24
 * parseOrdinal('21st');          //=> 21
 * parseOrdinal('fourth-ish');    //=> undefined
 */
export function parseOrdinal(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const digits = /^(\d{1,4})(st|nd|rd|th)$/.exec(trimmed);
  if (digits) return Number(digits[1]);
  if (trimmed === 'hundredth' || trimmed === 'one hundredth') return 100;
  return parseWords(trimmed, true);
}

/**
 * Reads a cardinal number written as words or digits: "five", "twenty one", "12".
 *
 * @example
 * parseCardinal('twenty-one'); //=> 21
 * parseCardinal('5');          //=> 5
 */
export function parseCardinal(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,6}$/.test(trimmed)) return Number(trimmed);
  return parseWords(trimmed, false);
}

/**
 * Reads a Roman numeral from I to MMMCMXCIX; anything malformed gives undefined.
 *
 * @example
 * parseRoman('II');   //=> 2
 * parseRoman('XXIV'); //=> 24
 * parseRoman('IIII'); //=> undefined
 */
export function parseRoman(text: string): number | undefined {
  const upper = text.trim().toUpperCase();
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(upper) || upper === '') {
    return undefined;
  }
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = values[upper[i] as string] ?? 0;
    const next = values[upper[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
