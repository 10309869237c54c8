import { ParseError } from '@competencyworks/core';

/** Encodings every parser accepts, by their WHATWG labels. */
const SUPPORTED = new Set([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'latin1',
  'us-ascii',
  'ascii',
  'iso-8859-15',
  'windows-1250',
  'windows-1251',
]);

// WHATWG decodes all of these labels as windows-1252, but Node 20's ICU decodes them as
// ISO-8859-1, turning 0x80-0x9F (curly quotes, dashes, euro) into C1 control characters.
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii']);
const WINDOWS_1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function fixWindows1252(text: string): string {
  return text.replace(
    /[\u0080-\u009F]/g,
    (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char,
  );
}

export interface DecodeOptions {
  /** The charset the caller knows, e.g. from a `Content-Type` header. A BOM still wins. */
  charset?: string;
}

/** The encoding a byte sequence declares: its BOM, else an XML declaration, else undefined. */
export function sniffEncoding(
  bytes: Uint8Array,
): { encoding: string; bomLength: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without a BOM still starts "<?xml" with every other byte zero.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f)
    return { encoding: 'utf-16le', bomLength: 0 };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[3] === 0x3f)
    return { encoding: 'utf-16be', bomLength: 0 };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  if (declared?.[1]) return { encoding: declared[1].toLowerCase(), bomLength: 0 };
  return undefined;
}

/**
 * Turns parser input into text. Strings pass through (a leading BOM is dropped). Bytes are
 * decoded from their BOM, else the caller's charset, else the XML declaration, else UTF-8;
 * bytes that are not valid in that encoding are an error, never silently replaced.
 */
export function decodeInput(input: string | Uint8Array, options: DecodeOptions = {}): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sniffed = sniffEncoding(input);
  const bom = sniffed?.bomLength ? sniffed : undefined;
  const encoding = (
    bom?.encoding ??
    options.charset?.toLowerCase() ??
    sniffed?.encoding ??
    'utf-8'
  ).trim();
  if (!SUPPORTED.has(encoding)) {
    throw new ParseError({
      code: 'unsupported-encoding',
      message: `unsupported encoding "${encoding}"; expected one of UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1 (convert the file or pass { charset })`,
    });
  }
  const body = input.subarray(bom?.bomLength ?? 0);
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(body);
    return WINDOWS_1252_LABELS.has(encoding) ? fixWindows1252(text) : text;
  } catch {
    // Locate the first undecodable byte as a line:column a person can open in an editor.
    const lenient = new TextDecoder(encoding).decode(body);
    const bad = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, Math.max(bad, 0));
    const line = before.split('\n').length;
    const column = bad - before.lastIndexOf('\n');
    throw new ParseError({
      code: 'invalid-encoding',
      message: `the bytes are not valid ${encoding.toUpperCase()}; pass the right { charset } or fix the file's encoding declaration`,
      line,
      column,
    });
  }
}
