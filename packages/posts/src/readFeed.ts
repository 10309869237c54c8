import { decodeInput } from './_lib/decodeInput';
import { RssHandler } from './_lib/rssHandler';
import { readXmlFeed, type XmlFeedOptions } from './_lib/xmlFeed';
import type { ReadResult } from './readResult';

/**
 * Options for {@link readFeed} and {@link streamFeed}: `charset`, `file`, `baseUrl` and
 * `includeContent` (default true; false leaves `contentHtml` out for fast listings).
 *
 * @example
 * const options: FeedOptions = { file: 'feed.xml', baseUrl: 'https://www.competencyworks.org/', includeContent: false };
 */
export type FeedOptions = XmlFeedOptions;

/**
 * Parses an RSS (0.90 to 2.0, and 1.1) or Atom (0.3, 1.0) feed, as WordPress writes them, into
 * posts. A `<feed>` root in no or another namespace is read as Atom by its element names, with a
 * warning issue.
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
 * This is the collect form of {@link streamFeed}: both run the same reader.
 *
 * @param input - The feed as text, or as bytes decoded from their BOM, `options.charset` or the
 *   XML declaration (any WHATWG encoding; a few invalid bytes become U+FFFD, reported in `issues`).
 * @param options - `file` and `baseUrl`; `includeContent: false` skips `contentHtml` for speed.
 * @returns `{ format: 'rss' | 'atom', posts, issues }`. A broken item (no title, a bad date) is
 *   reported in `issues` and the others are kept.
 * @throws {ParseError} For input that is not a feed: empty input, JSON, an HTML page, bytes mostly
 *   invalid in their encoding, or XML that breaks (mismatched or unclosed tags, a truncated file, an
 *   entity blow-up) before the first post; after it, the posts are kept and the error is an issue. The message
 *   starts with the line:column.
 * @example
 * const { format, posts, issues } = readFeed(`<rss version="2.0"
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
export function readFeed(input: string | Uint8Array, options: FeedOptions = {}): ReadResult {
  const handler = new RssHandler(options);
  const text = decodeInput(input, {
    ...(options.charset ? { charset: options.charset } : {}),
    issues: handler.issues,
  });
  readXmlFeed(text, handler);
  return { format: handler.format ?? 'rss', posts: handler.posts, issues: handler.issues };
}
