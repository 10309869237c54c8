import { type IssueHint, ParseError, type ParseIssue } from '@competencyworks/core';

export interface DecodeOptions {
  /** The charset the caller knows, e.g. from a `Content-Type` header. A BOM still wins. */
  charset?: string;
  /**
   * Where to report bytes that are invalid in the encoding. With it, a few invalid bytes are
   * replaced with U+FFFD and reported here; without it, any invalid byte is an error.
   */
  issues?: ParseIssue[];
}

/** How bytes will be decoded: a WHATWG encoding name and the length of the BOM to skip. */
export interface ChosenEncoding {
  encoding: string;
  bomLength: number;
}

const UTF32 = /^(?:utf-?32(?:le|be)?|ucs-?4|iso-10646-ucs-4|csucs4)$/;
// WHATWG's "replacement" encoding: these labels decode to one U+FFFD, so no text can come out.
const REPLACEMENT = new Set([
  'csiso2022kr',
  'hz-gb-2312',
  'iso-2022-cn',
  'iso-2022-cn-ext',
  'iso-2022-kr',
  'replacement',
]);
// Labels that are not WHATWG's but that feeds write (Python and old Mac tools).
const ALIASES: Readonly<Record<string, string>> = {
  'mac-cyrillic': 'x-mac-cyrillic',
  maccyrillic: 'x-mac-cyrillic',
  'mac-roman': 'macintosh',
  macroman: 'macintosh',
  'mac-ukrainian': 'x-mac-ukrainian',
  'iso-8859-8i': 'iso-8859-8-i',
};
// ISO-8859-16's WHATWG labels and index (0xA0-0xFF; below that it is ISO-8859-1), which ICU in
// Node 20 does not decode.
const ISO_8859_16_LABELS = new Set(['iso-8859-16', 'iso8859-16', 'iso_8859-16', 'l10', 'latin10']);
const ISO_8859_16_HIGH =
  '\u00A0ĄąŁ€„Š§š©Ș«Ź\u00ADźŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ';

// WHATWG decodes windows-1252 (and every label it covers: iso-8859-1, latin1, us-ascii) with
// 0x80-0x9F as curly quotes, dashes and the euro sign; Node 20's ICU decodes them as C1 controls.
const WINDOWS_1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function fixWindows1252(text: string): string {
  return text.replace(
    /[\u0080-\u009F]/g,
    (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char,
  );
}

const SUPPORTED =
  'expected an encoding of the WHATWG Encoding Standard (UTF-8, UTF-16LE/BE, windows-1250 to 1258, ISO-8859-1 to 16, KOI8-R/U, IBM866, macintosh, x-mac-cyrillic, GBK, gb18030, Big5, EUC-JP, ISO-2022-JP, Shift_JIS, EUC-KR)';

/** The advice for bytes that do not fit the encoding the reader used. */
const CHARSET_HINT: IssueHint = {
  option: 'charset',
  text: "pass the right { charset } or fix the file's encoding declaration",
};

function unsupported(
  label: string,
  at: { line: number; column: number } | undefined,
  why?: string,
): ParseError {
  return new ParseError({
    code: 'unsupported-encoding',
    message: why ?? `unsupported encoding "${label}"; ${SUPPORTED}`,
    ...(why === undefined
      ? { hint: { option: 'charset', text: 'convert the file or pass { charset }' } }
      : {}),
    ...(at ?? {}),
  });
}

/**
 * The WHATWG name of an encoding label (`latin1` is `windows-1252`, `gb2312` is `gbk`), or a
 * ParseError `unsupported-encoding` saying why it cannot be decoded.
 */
export function resolveEncoding(label: string, at?: { line: number; column: number }): string {
  const key = label.trim().toLowerCase();
  if (UTF32.test(key)) {
    return unsupportedThrow(
      key,
      at,
      `unsupported encoding "${key}": UTF-32 is not decoded (the WHATWG Encoding Standard and browsers do not read it); convert the file to UTF-8`,
    );
  }
  if (REPLACEMENT.has(key)) {
    return unsupportedThrow(
      key,
      at,
      `unsupported encoding "${key}": the WHATWG Encoding Standard decodes it as a single replacement character; convert the file to UTF-8`,
    );
  }
  const name = ALIASES[key] ?? key;
  if (ISO_8859_16_LABELS.has(name)) return 'iso-8859-16';
  if (name === 'x-user-defined') return name;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return unsupportedThrow(key, at);
  }
}

function unsupportedThrow(
  label: string,
  at: { line: number; column: number } | undefined,
  why?: string,
): never {
  throw unsupported(label, at, why);
}

const DECLARATION = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:()-]+)["']/;

/**
 * The encoding a byte sequence declares: its BOM, its first bytes (UTF-16 or UTF-32 without a
 * BOM start `<` with zero bytes beside it), else an XML declaration, else undefined. `at` is
 * where a declared label is written, for messages.
 */
export function sniffEncoding(
  bytes: Uint8Array,
): { encoding: string; bomLength: number; at?: { line: number; column: number } } | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  // UTF-32 BOMs first: FF FE 00 00 also starts like a UTF-16LE BOM.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return { encoding: 'utf-32le', bomLength: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { encoding: 'utf-32be', bomLength: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0)
    return { encoding: 'utf-32le', bomLength: 0 };
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c)
    return { encoding: 'utf-32be', bomLength: 0 };
  // UTF-16 without a BOM still starts "<?xml" (or "<rss") with every other byte zero.
  if (b0 === 0x3c && b1 === 0 && b2 !== 0) return { encoding: 'utf-16le', bomLength: 0 };
  if (b0 === 0 && b1 === 0x3c && b3 !== 0) return { encoding: 'utf-16be', bomLength: 0 };
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++)
    head += String.fromCharCode(bytes[i] as number);
  const declared = DECLARATION.exec(head);
  const label = declared?.[1];
  if (label === undefined || declared === null) return undefined;
  const offset = declared.index + declared[0].length - label.length - 1;
  const before = head.slice(0, offset);
  const line = before.split('\n').length;
  return {
    encoding: label.toLowerCase(),
    bomLength: 0,
    at: { line, column: offset - before.lastIndexOf('\n') },
  };
}

/**
 * Chooses how to decode bytes, as WHATWG and RFC 7303 order it: the BOM, else the caller's
 * charset (an HTTP header), else the XML declaration, else UTF-8.
 * @throws {ParseError} `unsupported-encoding` for UTF-32 and labels nothing decodes.
 */
export function chooseEncoding(bytes: Uint8Array, charset: string | undefined): ChosenEncoding {
  const sniffed = sniffEncoding(bytes);
  if (sniffed?.bomLength) {
    return { encoding: resolveEncoding(sniffed.encoding), bomLength: sniffed.bomLength };
  }
  if (charset !== undefined) return { encoding: resolveEncoding(charset), bomLength: 0 };
  if (sniffed === undefined) return { encoding: 'utf-8', bomLength: 0 };
  const encoding = resolveEncoding(sniffed.encoding, sniffed.at);
  // A declaration read as ASCII cannot be right about UTF-16: its own bytes say otherwise.
  if (sniffed.at !== undefined && encoding.startsWith('utf-16')) {
    return { encoding: 'utf-8', bomLength: 0 };
  }
  return { encoding, bomLength: 0 };
}

/** A decoder for one input, stream-capable, with the platform's gaps filled in. */
export interface TextChunkDecoder {
  decode(bytes: Uint8Array, stream: boolean): string;
}

function singleByte(high: (byte: number) => string): TextChunkDecoder {
  return {
    decode(bytes) {
      let out = '';
      for (let start = 0; start < bytes.length; start += 8192) {
        const part = bytes.subarray(start, start + 8192);
        let text = '';
        for (const byte of part) text += byte < 0x80 ? String.fromCharCode(byte) : high(byte);
        out += text;
      }
      return out;
    },
  };
}

/** Creates a lenient decoder (invalid bytes become U+FFFD) for a WHATWG encoding name. */
export function createDecoder(encoding: string): TextChunkDecoder {
  if (encoding === 'iso-8859-16') {
    return singleByte((byte) =>
      byte < 0xa0 ? String.fromCharCode(byte) : (ISO_8859_16_HIGH[byte - 0xa0] as string),
    );
  }
  if (encoding === 'x-user-defined') {
    return singleByte((byte) => String.fromCharCode(0xf780 + byte - 0x80));
  }
  const decoder = new TextDecoder(encoding);
  if (encoding === 'windows-1252') {
    return { decode: (bytes, stream) => fixWindows1252(decoder.decode(bytes, { stream })) };
  }
  return { decode: (bytes, stream) => decoder.decode(bytes, { stream }) };
}

/** Reported invalid sequences before the rest are summed up in one issue. */
const MAX_REPORTED = 10;
/** Invalid sequences that, when they are most of the non-ASCII text, mean the wrong encoding. */
const WRONG_ENCODING_MIN = 16;

/**
 * Finds the U+FFFD a lenient decoder put for invalid bytes, in decoded text handed over in
 * order, and reports them with their line and column: the first few one by one, the rest as a
 * count. When they are most of the non-ASCII characters (at least 16 of them), the encoding is
 * clearly wrong and it throws a ParseError naming it.
 */
export class InvalidBytes {
  private readonly encoding: string;
  private readonly issues: ParseIssue[] | undefined;
  private lines = 0;
  private lineStart = 0;
  private offset = 0;
  private count = 0;
  private nonAscii = 0;
  private summary: ParseIssue | undefined;
  private first: { line: number; column: number } | undefined;

  constructor(encoding: string, issues: ParseIssue[] | undefined) {
    this.encoding = encoding;
    this.issues = issues;
  }

  /** Checks the next piece of decoded text. */
  check(text: string): void {
    let bad = text.indexOf('\uFFFD');
    if (bad !== -1) {
      this.nonAscii += countNonAscii(text);
      let counted = 0;
      while (bad !== -1) {
        this.count++;
        if (this.count <= MAX_REPORTED || this.issues === undefined) {
          this.advance(text, counted, bad);
          counted = bad;
          this.report(bad);
        }
        bad = text.indexOf('\uFFFD', bad + 1);
      }
      if (this.count >= WRONG_ENCODING_MIN && this.count * 2 > this.nonAscii) {
        throw new ParseError({
          code: 'invalid-encoding',
          message: `the bytes are not valid ${this.name()}: ${this.count} invalid sequences make up most of the non-ASCII text, so the file is in another encoding`,
          hint: CHARSET_HINT,
          ...(this.first ?? {}),
        });
      }
      this.advance(text, counted, text.length);
    } else {
      this.advance(text, 0, text.length);
    }
    this.offset += text.length;
    if (this.count > MAX_REPORTED && this.issues !== undefined) {
      const more = this.count - MAX_REPORTED;
      const summary: ParseIssue = {
        code: 'invalid-encoding',
        severity: 'warning',
        message: `${more} more sequence${more === 1 ? '' : 's'} of bytes not valid ${this.name()} ${more === 1 ? 'was' : 'were'} replaced with U+FFFD (�)`,
      };
      if (this.summary) Object.assign(this.summary, summary);
      else {
        this.summary = summary;
        this.issues.push(summary);
      }
    }
  }

  private name(): string {
    return this.encoding.toUpperCase();
  }

  /** Counts the newlines of `text` between two local offsets. */
  private advance(text: string, from: number, to: number): void {
    for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
      this.lines++;
      this.lineStart = this.offset + at + 1;
    }
  }

  private report(local: number): void {
    const where = { line: this.lines + 1, column: this.offset + local - this.lineStart + 1 };
    this.first ??= where;
    if (this.issues === undefined) {
      throw new ParseError({
        code: 'invalid-encoding',
        message: `the bytes are not valid ${this.name()}`,
        hint: CHARSET_HINT,
        ...where,
      });
    }
    this.issues.push({
      code: 'invalid-encoding',
      severity: 'warning',
      message: `bytes not valid ${this.name()} were replaced with U+FFFD (�)`,
      hint: {
        option: 'charset',
        text: 'if the file is in another encoding, pass the right { charset }',
      },
      ...where,
    });
  }
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}

/**
 * Turns parser input into text. Strings pass through (a leading BOM is dropped). Bytes are
 * decoded from their BOM, else the caller's charset, else the XML declaration, else UTF-8.
 * Invalid bytes become U+FFFD and are reported to `options.issues` (or are an error without it);
 * a file whose invalid bytes are most of its non-ASCII text is in another encoding: an error.
 */
export function decodeInput(input: string | Uint8Array, options: DecodeOptions = {}): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const { encoding, bomLength } = chooseEncoding(input, options.charset);
  const body = input.subarray(bomLength);
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) {
    // The common case in one pass: a strict decoder fails fast and nothing needs scanning.
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      // Fall through to the lenient decode that locates and reports the invalid bytes.
    }
  }
  const text = createDecoder(encoding).decode(body, false);
  new InvalidBytes(encoding, options.issues).check(text);
  return text;
}
