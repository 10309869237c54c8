import { decodeInput } from './_lib/decodeInput';
import { WxrHandler, type WxrOptions } from './_lib/wxrHandler';
import { readXmlFeed } from './_lib/xmlFeed';
import type { ParseResult } from './parseResult';

export type { WxrOptions } from './_lib/wxrHandler';

/**
 * Parses a WordPress eXtended RSS export (WXR 1.0-1.2, from Tools > Export) into posts.
 *
 * Only `wp:post_type` "post" items are read unless `options.postTypes` asks for more (pages,
 * attachments, nav_menu_item); skipped items are counted in `issues`. Each post gets its
 * `status` (publish, draft, future, pending, private, trash), `published` from
 * `wp:post_date_gmt` as a UTC instant (`0000-00-00 00:00:00`, a draft's, means no date),
 * `modified` from `wp:post_modified_gmt`, authors' display names from the channel's
 * `wp:author` records (by login), categories and tags with their slugs (`nicename`), other
 * taxonomies in `extra.terms`, `wp:postmeta` as `meta`, the number of approved `wp:comment`s as
 * `commentCount`, `wp:post_name` as `slug` and the post id, parent and type in `extra`.
 *
 * This is the collect form of {@link streamWxr}: both run the same reader.
 *
 * @param input - The export as text or bytes (decoded from BOM, `options.charset` or the XML declaration).
 * @param options - `postTypes`, `file`, `baseUrl`, `includeContent`.
 * @returns `{ format: 'wxr', posts, issues }`.
 * @throws {ParseError} For malformed or truncated XML, or a document that is not a WXR export.
 * @example
 * const { posts, issues } = parseWxr(exportXml, { postTypes: ['post', 'page'] });
 * //=> posts[0]: { id: 'https://example.org/?p=19', slug: 'hello-world', title: 'Hello world!',
 * //     published: '2016-12-19T14:05:00Z', status: 'publish', authors: [{ name: 'Chris Sturgis' }],
 * //     categories: [{ name: 'Policy', slug: 'policy' }], tags: [{ name: 'mastery', slug: 'mastery' }],
 * //     meta: { _edit_last: '1' }, commentCount: 2, extra: { postId: 19, commentStatus: 'open' }, ... }
 */
export function parseWxr(input: string | Uint8Array, options: WxrOptions = {}): ParseResult {
  const handler = new WxrHandler(options);
  const text = decodeInput(input, {
    ...(options.charset ? { charset: options.charset } : {}),
    issues: handler.issues,
  });
  readXmlFeed(text, handler);
  return { format: 'wxr', posts: handler.posts, issues: handler.issues };
}
