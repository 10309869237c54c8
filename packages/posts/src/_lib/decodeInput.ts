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
    return new TextDecoder(encoding, { fatal: true }).decode(body);
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
