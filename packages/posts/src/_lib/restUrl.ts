import { ParseError, parseUrl } from '@competencyworks/core';

/** The embeds the parser reads. Naming them (WordPress 5.4+) spares the server embedding comments;
 * older WordPress ignores the list and embeds everything, which is still correct. */
const EMBED = 'author,wp:term,wp:featuredmedia';

export interface RestPageQuery {
  page: number;
  perPage: number;
  embed: boolean;
  query?: Readonly<Record<string, string>>;
  /** The collection's REST base: `posts` (default), `pages`, or a custom post type's base. */
  collection?: string;
}

/**
 * The `wp/v2/posts` (or `wp/v2/pages`, ...) URL of one page. `site` may be the site's URL (`https://example.org/blog`),
 * its REST root (`https://example.org/wp-json/`) or a plain-permalink site's `?rest_route=/`.
 */
export function restPostsUrl(
  site: string,
  { page, perPage, embed, query, collection = 'posts' }: RestPageQuery,
): string {
  const normalised = parseUrl(site);
  if (normalised === undefined) {
    throw new ParseError({
      code: 'invalid-url',
      message: `expected the site's http(s) URL, e.g. https://www.competencyworks.org, got ${JSON.stringify(site)}`,
    });
  }
  const url = new URL(normalised);
  url.hash = '';
  if (url.searchParams.has('rest_route')) {
    url.search = '';
    url.searchParams.set('rest_route', `/wp/v2/${collection}`);
  } else {
    const path = url.pathname.replace(/\/+$/, '');
    const at = path.indexOf('/wp-json');
    url.pathname = `${at >= 0 ? path.slice(0, at + '/wp-json'.length) : `${path}/wp-json`}/wp/v2/${collection}`;
    url.search = '';
  }
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  url.searchParams.set('per_page', String(perPage));
  url.searchParams.set('page', String(page));
  return embed ? `${url.href}&_embed=${EMBED}` : url.href;
}
