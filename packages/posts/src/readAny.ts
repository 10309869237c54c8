import { readRestResponse } from './_lib/restResponse';
import { type Sniffed, sniffSource } from './_lib/sniffInput';
import type { SourceFormat } from './post';
import { readArchiveHtml } from './readArchiveHtml';
import { readArchiveText } from './readArchiveText';
import { type FeedOptions, readFeed } from './readFeed';
import { readJsonFeed } from './readJsonFeed';
import type { ReadResult } from './readResult';
import { readWordPressRest } from './readWordPressRest';
import { readWxr, type WxrOptions } from './readWxr';
import type { SniffedFormat } from './sniffFormat';

/**
 * Options of {@link readAny}: those every parser takes (`file`, `baseUrl`, `charset`), the XML
 * parsers' (`includeContent`, WXR's `postTypes`), and a format to force.
 *
 * @example
 * readAny(bytes, { file: 'export.xml', postTypes: ['post', 'page'] });
 * readAny(text, { format: 'archive-text' });
 */
export interface ReadAnyOptions extends FeedOptions, WxrOptions {
  /** Skip sniffing and read the input as this format (`rss` and `atom` both use `readFeed`). */
  format?: SourceFormat;
}

/**
 * What {@link readAny} returns: the chosen parser's result and which format it chose, and why.
 *
 * @example
 * const result: ReadAnyResult = readAny(text);
 * //=> { format: 'atom', posts: [...], issues: [], sniffed: { format: 'atom', reason: '<feed> root in the Atom namespace http://www.w3.org/2005/Atom' } }
 */
export type ReadAnyResult = ReadResult & { sniffed: SniffedFormat };

function parseAs(
  sniffed: Sniffed,
  input: string | Uint8Array,
  options: Omit<ReadAnyOptions, 'format'>,
): ReadResult {
  switch (sniffed.format) {
    case 'archive-text':
      return readArchiveText(input, options);
    case 'archive-html':
      return readArchiveHtml(input, options);
    case 'rss':
    case 'atom':
      return readFeed(input, options);
    case 'wxr':
      return readWxr(input, options);
    case 'wordpress-rest':
      return 'json' in sniffed
        ? readRestResponse(sniffed.json, options)
        : readWordPressRest(input, options);
    case 'json-feed':
      return readJsonFeed('json' in sniffed ? sniffed.json : input, options);
  }
}

/**
 * Reads posts from any supported source without being told the format: it sniffs the input
 * (see `sniffFormat`), runs that format's parser and says which format it chose and why.
 *
 * @param input - Text or bytes of an archive page (text or HTML), RSS (0.90-2.0, 1.1), Atom (0.3, 1.0), a WXR
 *   export, a WordPress REST `wp/v2/posts` response or a JSON Feed.
 * @param options - `format` to force a parser; `file`, `baseUrl`, `charset` and the XML parsers'
 *   options, passed on to the parser.
 * @returns The parser's `{ format, posts, issues }` (and `feed` for JSON Feed) plus
 *   `sniffed: { format, reason }`.
 * @throws {ParseError} For empty input, invalid JSON (line:column), input that is none of the
 *   supported formats (the message says what it looked like), or whatever the chosen parser throws.
 * @example
 * const result = readAny(readFileSync('export.xml'));
 * result.sniffed;
 * //=> { format: 'wxr', reason: '<rss> root with the WordPress export namespace http://wordpress.org/export/1.2/' }
 * result.posts.length;
 * //=> 12
 */
export function readAny(input: string | Uint8Array, options: ReadAnyOptions = {}): ReadAnyResult {
  const { format: forced, ...parseOptions } = options;
  const sniffed: Sniffed =
    forced !== undefined
      ? { format: forced, reason: 'forced by options.format' }
      : sniffSource(input, options.charset);
  const result = parseAs(sniffed, input, parseOptions);
  return { ...result, sniffed: { format: sniffed.format, reason: sniffed.reason } };
}
