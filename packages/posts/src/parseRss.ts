import { decodeInput } from './_lib/decodeInput';
import { RssHandler } from './_lib/rssHandler';
import { readXmlFeed, type XmlFeedOptions } from './_lib/xmlFeed';
import type { ParseResult } from './parseResult';

/**
 * Options for {@link parseRss} and {@link streamRss}: `charset`, `file`, `baseUrl` and
 * `includeContent` (default true; false leaves `contentHtml` out for fast listings).
 *
 * @example
 * const options: RssOptions = { file: 'feed.xml', baseUrl: 'https://www.competencyworks.org/', includeContent: false };
 */
export type RssOptions = XmlFeedOptions;

/**
 * Parses an RSS 2.0, RSS 1.0 or Atom 1.0 feed (as WordPress writes them) into posts.
 *
 * Elements are matched by namespace URI, not prefix: `content:encoded` becomes the sanitised
 * `contentHtml`, `dc:creator` the authors, `<category>` the categories (a `domain="post_tag"`
 * one a tag), `<description>` or Atom `<summary>` the plain-text excerpt (its "Continue reading"
 * link becomes `continuationUrl`), `<pubDate>` (RFC 822) and Atom `<published>`/`<updated>`
 * (RFC 3339) instants that keep their offset, `slash:comments` or `thr:total` the comment count
 * and `<comments>` the `extra.commentsUrl`. Relative URLs are resolved against `xml:base`, the
 * item link, the channel link or `options.baseUrl`. HTML named entities outside CDATA
 * (`&nbsp;`, `&rsquo;`), which WordPress writes though XML does not define them, are decoded.
 *
 * This is the collect form of {@link streamRss}: both run the same reader.
 *
 * @param input - The feed as text, or as bytes decoded from their BOM, `options.charset` or the
 *   XML declaration (UTF-8, UTF-16LE/BE, windows-1252, ISO-8859-1).
 * @param options - `file` and `baseUrl`; `includeContent: false` skips `contentHtml` for speed.
 * @returns `{ format: 'rss' | 'atom', posts, issues }`. A broken item (no title, a bad date) is
 *   reported in `issues` and the others are kept.
 * @throws {ParseError} For input that is not a well-formed feed: empty input, JSON, an HTML page,
 *   mismatched or unclosed tags, a truncated file or bytes invalid in their encoding. The message
 *   starts with the line:column.
 * @example
 * const { format, posts, issues } = parseRss(`<rss version="2.0"
 *   xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item>
 *   <title>Mastery &amp; Motivation</title><link>https://example.org/2016/12/mastery/</link>
 *   <pubDate>Mon, 19 Dec 2016 14:05:00 +0000</pubDate><dc:creator>Chris Sturgis</dc:creator>
 *   <category>Policy</category><description>Students&rsquo; voices.</description>
 *   </item></channel></rss>`);
 * //=> format: 'rss', issues: []
 * //=> posts[0]: { id: 'https://example.org/2016/12/mastery/', url: 'https://example.org/2016/12/mastery/',
 * //     title: 'Mastery & Motivation', published: '2016-12-19T14:05:00Z',
 * //     authors: [{ name: 'Chris Sturgis' }], excerpt: 'Students’ voices.',
 * //     categories: [{ name: 'Policy' }], tags: [], origin: [], source: { format: 'rss', line: 2, index: 0 } }
 */
export function parseRss(input: string | Uint8Array, options: RssOptions = {}): ParseResult {
  const handler = new RssHandler(options);
  const text = decodeInput(input, {
    ...(options.charset ? { charset: options.charset } : {}),
    issues: handler.issues,
  });
  readXmlFeed(text, handler);
  return { format: handler.format ?? 'rss', posts: handler.posts, issues: handler.issues };
}
