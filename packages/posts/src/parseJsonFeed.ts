import { fromJsonFeed, type JsonFeedReadResult } from './fromJsonFeed';
import type { ParseOptions } from './parseResult';

/**
 * Reads a JSON Feed 1.0 or 1.1 (any publisher's, or one written by `toJsonFeed`) into posts.
 * `author` (1.0) and `authors` (1.1), `content_html` (sanitised) or `content_text`, `summary`,
 * RFC 3339 `date_published`/`date_modified`, `tags`, `image`, `language` and the feed's authors
 * and language are mapped; `banner_image`, `attachments`, `external_url` and `_`-prefixed
 * extensions are kept in `extra`. A feed written by `toJsonFeed` is read back losslessly through
 * its `_competencyworks` extension. A broken item is reported with its JSON path
 * (`items[3].url: ...`) and skipped; the others are kept. This is the same reader as
 * `fromJsonFeed`, under the `parseX` name every format has.
 *
 * @param input - The feed as text or bytes.
 * @param options - `file` for `source.file`, `baseUrl` for relative URLs when the feed has no
 *   `feed_url` or `home_page_url`, `charset` for bytes without a BOM.
 * @returns `{ format: 'json-feed', posts, issues, feed }`, with the feed's own fields in `feed`.
 * @throws {ParseError} For empty input, HTML instead of JSON, invalid JSON (with line:column),
 *   or JSON that is not a JSON Feed (no jsonfeed.org `version`, no `items` array).
 * @example
 * parseJsonFeed('{"version":"https://jsonfeed.org/version/1.1","title":"Example","items":[' +
 *   '{"id":"1","title":"Hello","content_html":"<p>Hello, world!</p>","date_published":"2016-02-09T14:22:00-07:00"}]}').posts[0];
 * //=> { id: '1', title: 'Hello', published: '2016-02-09T14:22:00-07:00', authors: [], excerpt: 'Hello, world!',
 * //     contentHtml: '<p>Hello, world!</p>', categories: [], tags: [], origin: [],
 * //     source: { format: 'json-feed', index: 0, id: '1' } }
 */
export function parseJsonFeed(
  input: string | Uint8Array,
  options: ParseOptions = {},
): JsonFeedReadResult {
  return fromJsonFeed(input, options);
}
