import { chooseEncoding, createDecoder } from './decodeInput';

/** How much of a byte input the sniffer decodes first: enough for any prolog and root element. */
export const HEAD_BYTES = 256 * 1024;

/**
 * Decodes the start of a byte input leniently, for sniffing only: by BOM, else the caller's
 * charset, else the XML declaration, else UTF-8. A character cut at the end, or bytes that are
 * not valid in that encoding, do not matter here; the reader reports them.
 * @throws {ParseError} `unsupported-encoding` for UTF-32 and labels no decoder knows.
 */
export function decodeHead(
  bytes: Uint8Array,
  charset: string | undefined,
  limit = HEAD_BYTES,
): string {
  const { encoding, bomLength } = chooseEncoding(bytes, charset);
  return createDecoder(encoding).decode(bytes.subarray(bomLength, limit), false);
}
