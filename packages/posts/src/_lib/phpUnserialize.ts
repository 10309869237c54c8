// A reader for PHP's serialize() format, for the one place WordPress exports structured post meta
// as PHP: `_wp_attachment_metadata` (an image's width, height and generated sizes). Only values
// (null, booleans, numbers, strings, arrays) are read; objects and references give undefined, as
// does anything malformed. String lengths are UTF-8 byte counts, as PHP writes them.

type PhpValue = null | boolean | number | string | PhpArray;
/** A PHP array: its keys (integers as strings) in order. */
export type PhpArray = Map<string, PhpValue>;

const MAX_DEPTH = 16;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  until(stop: number): string | undefined {
    const end = this.bytes.indexOf(stop, this.at);
    if (end === -1) return undefined;
    const text = decoder.decode(this.bytes.subarray(this.at, end));
    this.at = end + 1;
    return text;
  }

  expect(char: string): boolean {
    if (this.bytes[this.at] !== char.charCodeAt(0)) return false;
    this.at++;
    return true;
  }

  value(depth: number): PhpValue | undefined {
    const type = String.fromCharCode(this.bytes[this.at] ?? 0);
    this.at++;
    if (type === 'N') return this.expect(';') ? null : undefined;
    if (!this.expect(':')) return undefined;
    if (type === 'b' || type === 'i' || type === 'd') {
      const text = this.until(59); // ;
      const number = text === undefined ? Number.NaN : Number(text);
      if (Number.isNaN(number)) return undefined;
      return type === 'b' ? number === 1 : number;
    }
    if (type === 's') {
      const length = Number(this.until(58)); // :
      if (!Number.isInteger(length) || length < 0 || !this.expect('"')) return undefined;
      const end = this.at + length;
      if (end > this.bytes.length) return undefined;
      const text = decoder.decode(this.bytes.subarray(this.at, end));
      this.at = end;
      return this.expect('"') && this.expect(';') ? text : undefined;
    }
    if (type === 'a' && depth < MAX_DEPTH) {
      const count = Number(this.until(58));
      if (!Number.isInteger(count) || count < 0 || !this.expect('{')) return undefined;
      const array: PhpArray = new Map();
      for (let i = 0; i < count; i++) {
        const key = this.value(depth + 1);
        if (typeof key !== 'string' && typeof key !== 'number') return undefined;
        const value = this.value(depth + 1);
        if (value === undefined) return undefined;
        array.set(String(key), value);
      }
      return this.expect('}') ? array : undefined;
    }
    return undefined;
  }
}

/** The value a PHP-serialised string holds, or undefined when it is not one this reader reads. */
export function phpUnserialize(text: string): PhpValue | undefined {
  const reader = new Reader(encoder.encode(text.trim()));
  const value = reader.value(0);
  return reader.at === reader.bytes.length ? value : undefined;
}
