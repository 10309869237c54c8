import { decodeInput, sniffEncoding } from './decodeInput';

/** How much of a byte input the sniffer decodes first: enough for any prolog and root element. */
export const HEAD_BYTES = 256 * 1024;

/**
 * Decodes the start of a byte input leniently, for sniffing only: by BOM, else the caller's
 * charset, else the XML declaration, else UTF-8. A character cut at the end, or bytes that are
 * not valid in that encoding, do not matter here; the parser decodes strictly and reports them.
 * An encoding the platform does not know is left to `decodeInput`, which says so as a ParseError.
 */
export function decodeHead(
  bytes: Uint8Array,
  charset: string | undefined,
  limit = HEAD_BYTES,
): string {
  const sniffed = sniffEncoding(bytes);
  const bom = sniffed?.bomLength ? sniffed : undefined;
  const encoding = bom?.encoding ?? charset?.toLowerCase().trim() ?? sniffed?.encoding ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    return decodeInput(bytes, charset !== undefined ? { charset } : {});
  }
  return decoder.decode(bytes.subarray(bom?.bomLength ?? 0, limit));
}
