/**
 * Whether a character code is white space to JavaScript's `\s` (and to `String#trim`): word
 * counts that walk a string by character code must split where `/\s+/` would.
 *
 * @param c - A UTF-16 code unit.
 * @returns Whether `\s` matches it.
 * @example
 * isJsSpace(0xa0); //=> true
 */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
