import { sniffSource } from './_lib/sniffInput';
import type { SourceFormat } from './post';

/**
 * The format {@link sniffFormat} chose and the evidence it chose it on.
 *
 * @example
 * const sniffed: SniffedFormat = { format: 'rss', reason: '<rss> root without the WordPress export namespace' };
 */
export interface SniffedFormat {
  format: SourceFormat;
  /** One line naming the evidence, e.g. `<rss> root with the WordPress export namespace http://wordpress.org/export/1.2/`. */
  reason: string;
}

/**
 * Tells which source format an input is, without parsing all of it: JSON by shape (a JSON Feed by
 * its `version` URL, WordPress REST by `title.rendered`), XML by its root element and namespace
 * URIs (not prefixes: `<rss>` declaring `http://wordpress.org/export/1.x/` is WXR, other `<rss>`
 * is RSS, as are `rdf:RDF` declaring RSS 1.0 or 0.90 and RSS 1.1's `<Channel>`; `<feed>` in Atom
 * 1.0's or 0.3's namespace, or in none or another when Atom's element names follow, is Atom),
 * HTML by `<article>`, `.entry-title` or `.wp-block-post-title` markup, and plain text by "Month D, YYYY by" date lines.
 * BOMs, white space, comments, processing instructions, DOCTYPEs and line breaks inside the
 * root's start tag are skipped.
 *
 * @param input - Text or bytes (decoded by BOM, XML declaration or `options.charset`).
 * @param options - `charset` for bytes that do not declare one.
 * @returns `{ format, reason }`.
 * @throws {ParseError} For empty input, invalid JSON (with line:column), or input that is none of
 *   the supported formats; the message says what it looked like and lists the supported formats.
 * @example
 * sniffFormat('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">...</feed>');
 * //=> { format: 'atom', reason: '<feed> root in the Atom namespace http://www.w3.org/2005/Atom' }
 * sniffFormat('{"version":"https://jsonfeed.org/version/1.1","items":[]}');
 * //=> { format: 'json-feed', reason: 'a JSON object whose "version" is https://jsonfeed.org/version/1.1' }
 */
export function sniffFormat(
  input: string | Uint8Array,
  options: { charset?: string } = {},
): SniffedFormat {
  const { format, reason } = sniffSource(input, options.charset);
  return { format, reason };
}
