import type { ParseIssue } from '@competencyworks/core';
import { decodeInput } from './_lib/decodeInput';
import { parseJsonText } from './_lib/jsonParse';
import { readRestResponse } from './_lib/restResponse';
import type { Term } from './post';
import type { ReadOptions, ReadResult } from './readResult';

/**
 * What a WordPress REST post keeps in `post.extra.wordpress`: the REST fields the `Post` model
 * has no place for, under their REST names, and the ids `_embed` did not resolve. Ids are kept as
 * ids rather than turned into made-up names; fetch the response with `_embed` to resolve them.
 *
 * @example
 * readWordPressRest(json).posts[0].extra;
 * //=> { wordpress: { author: 1, categories: [1], date: '2017-02-14T00:00:00', type: 'post', format: 'standard', ... } }
 */
export interface WordPressRestExtra {
  /** The author's user id, when `_embedded.author` did not give a name. */
  author?: number;
  /** Category ids `_embedded['wp:term']` did not resolve (all of them without `_embed`). */
  categories?: number[];
  /** Tag ids `_embedded['wp:term']` did not resolve. */
  tags?: number[];
  /** The featured media id, when neither `_embedded['wp:featuredmedia']` nor Jetpack gave its URL. */
  featured_media?: number;
  /** Embedded terms of taxonomies other than category and post_tag, by taxonomy. */
  terms?: Record<string, Term[]>;
  /** Meta values that are not strings, numbers or booleans (those go to `post.meta`). */
  meta?: Record<string, unknown>;
  /** The site-local dates (no offset), e.g. `2016-12-15T07:00:04`. */
  date?: string;
  modified?: string;
  /** A status outside the model's list (a plugin's custom status), kept verbatim. */
  status?: unknown;
  /** Every other field of the response (`type`, `format`, `sticky`, plugin fields), verbatim. */
  [field: string]: unknown;
}

/**
 * Reads a WordPress REST API `wp/v2/posts` response (an array of posts, or one post) into posts.
 * With `_embed`, author names, categories and tags (with slugs) and the featured image URL are
 * resolved from `_embedded`; without it their ids are kept in `extra.wordpress` (see
 * {@link WordPressRestExtra}). `date_gmt` and `modified_gmt` become UTC instants; titles are
 * rendered HTML decoded to plain text; `excerpt.rendered` becomes plain text (a theme's
 * `a.more-link` becomes `continuationUrl`); `content.rendered` is sanitised. A password-protected
 * post keeps no content or excerpt and gets an issue. A broken item is reported with its JSON
 * path (`[3].date_gmt: ...`) and the others are kept. No network I/O: see `walkWordPressRest`.
 *
 * @param input - The response body as text or bytes.
 * @param options - `file` for messages and `source.file`, `baseUrl` to resolve relative links in content,
 *   `charset` for bytes without a BOM.
 * @returns `{ format: 'wordpress-rest', posts, issues }`.
 * @throws {ParseError} For empty input, HTML instead of JSON, invalid JSON (with line:column), a
 *   REST error body (`rest_post_invalid_page_number`) or JSON that is not a posts response.
 * @example
 * const { posts } = readWordPressRest(await (await fetch(`${site}/wp-json/wp/v2/posts?_embed`)).text());
 * posts[0];
 * //=> { id: 'http://example.org/?p=4', url: 'http://example.org/?p=4', slug: 'restapi-client-fixture-post',
 * //     title: 'REST API Client Fixture: Post', published: '2017-02-14T00:00:00Z', status: 'publish',
 * //     excerpt: 'REST API Client Fixture: Post', contentHtml: '<p>Updated post content.</p>', ... }
 */
export function readWordPressRest(
  input: string | Uint8Array,
  options: ReadOptions = {},
): ReadResult {
  const decoded: ParseIssue[] = [];
  const text = decodeInput(input, {
    ...(options.charset ? { charset: options.charset } : {}),
    issues: decoded,
  });
  const value = parseJsonText(text, { expected: 'a WordPress REST response (wp/v2/posts)' });
  const result = readRestResponse(value, options);
  return decoded.length > 0 ? { ...result, issues: [...decoded, ...result.issues] } : result;
}
