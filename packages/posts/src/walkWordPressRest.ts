import { ParseError } from '@competencyworks/core';
import { parseJsonText } from './_lib/jsonParse';
import { readRestResponse, restErrorText } from './_lib/restResponse';
import { restPostsUrl } from './_lib/restUrl';
import type { ReadResult } from './readResult';
import { WordPressRestError } from './wordPressRestError';

/**
 * The part of a fetch `Response` the walker reads; the global `Response` fits.
 *
 * @example
 * const response: WordPressRestResponse = await fetch('https://example.org/wp-json/wp/v2/posts');
 * response.headers.get('X-WP-TotalPages'); //=> '3'
 */
export interface WordPressRestResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * A fetch function; the global `fetch` fits, and so does a wrapper that adds credentials.
 *
 * @example
 * const authorised: WordPressRestFetch = (url, init) =>
 *   fetch(url, { ...init, headers: { ...init.headers, Authorization: `Basic ${btoa('editor:app password')}` } });
 */
export type WordPressRestFetch = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<WordPressRestResponse>;

/**
 * Options of {@link walkWordPressRest}.
 *
 * @example
 * const options: WalkWordPressRestOptions = { fetch, perPage: 50, query: { categories: '5' } };
 */
export interface WalkWordPressRestOptions {
  /** Does the requests. The package itself does no network I/O. */
  fetch: WordPressRestFetch;
  /** Posts per page, 1 to 100 (WordPress's limit). Default 100. */
  perPage?: number;
  /** Ask for `_embed` so author names, terms and the featured image are resolved. Default true. */
  embed?: boolean;
  /** Extra query parameters, e.g. `{ status: 'draft', categories: '5', after: '2016-01-01T00:00:00' }`. */
  query?: Readonly<Record<string, string>>;
  /** Stops the walk; the pending request is given the signal too. */
  signal?: AbortSignal;
  /** The collection's REST base: `posts` (default), `pages`, or a custom post type's. */
  collection?: string;
  /**
   * Requests in flight at once, 1 to 16 (default 1). Once the first page has told the number of
   * pages, later pages are fetched ahead this many at a time; pages are still yielded in order.
   */
  concurrency?: number;
}

/**
 * One page of a walk: the parsed posts and issues, and where the walk stands.
 *
 * @example
 * const page: WordPressRestPage = { page: 2, totalPages: 3, total: 112, url, format: 'wordpress-rest', posts, issues: [] };
 */
export interface WordPressRestPage extends ReadResult {
  /** The 1-based page number. */
  page: number;
  /** `X-WP-TotalPages`, when the site sent it. */
  totalPages?: number;
  /** `X-WP-Total`, the number of posts matching, when the site sent it. */
  total?: number;
  /** The URL requested. */
  url: string;
}

function headerNumber(response: WordPressRestResponse, name: string): number | undefined {
  const raw = response.headers.get(name);
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return Number(raw);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

async function failure(
  response: WordPressRestResponse,
  url: string,
  page: number,
  totalPages: number | undefined,
): Promise<WordPressRestError> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  const restCode =
    typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string'
      ? body.code
      : undefined;
  const detail = restErrorText(body) ?? `HTTP ${response.status} ${response.statusText}`.trim();
  const status = response.status;
  let advice: string;
  if (restCode === 'rest_post_invalid_page_number') {
    return new WordPressRestError({
      code: 'page-past-end',
      url,
      status,
      restCode,
      message:
        totalPages === undefined
          ? `GET ${url}: page ${page} is past the last page (${detail})`
          : `GET ${url}: page ${page} is past the last page although the site reported ${totalPages} pages; posts were deleted during the walk, so start it again`,
    });
  }
  if (status === 401 || status === 403) {
    advice =
      'the site refused access; pass a fetch that sends credentials (an application password) for non-public posts';
  } else if (status === 404) {
    advice =
      'no WordPress REST API there; check the site URL, or pass "https://site/?rest_route=/" when pretty permalinks are off';
  } else if (status >= 500) {
    advice = 'the site failed; try again later or with a smaller perPage';
  } else {
    advice = 'check the URL and the query parameters';
  }
  return new WordPressRestError({
    code: 'http-error',
    url,
    status,
    ...(restCode !== undefined ? { restCode } : {}),
    message: `GET ${url} failed with ${detail}: ${advice}`,
  });
}

/**
 * Walks a WordPress site's `wp/v2/posts` collection page by page through a fetch function the
 * caller passes in, yielding each page's posts as {@link readWordPressRest} reads them. It asks
 * for `/wp-json/wp/v2/posts?per_page=N&page=K&_embed=...`, reads `X-WP-Total` and
 * `X-WP-TotalPages`, and stops after the last page (without those headers: after a short page).
 * HTTP errors, network failures and a page past the end throw a {@link WordPressRestError}
 * saying what to do; a body that is not JSON (a login or firewall page) throws a `ParseError`.
 *
 * @param site - The site URL (`https://www.competencyworks.org`), its REST root
 *   (`https://example.org/wp-json`) or, without pretty permalinks, `https://example.org/?rest_route=/`.
 * @param options - `fetch` (required), `perPage` (default 100), `embed` (default true), `query`, `signal`.
 * @returns An async iterable of pages: `{ page, totalPages, total, url, format, posts, issues }`.
 * @throws {WordPressRestError} When a request fails. {@link RangeError} for a perPage outside 1-100.
 * @example
 * const posts = [];
 * for await (const page of walkWordPressRest('https://www.competencyworks.org', { fetch, perPage: 50 })) {
 *   console.log(`page ${page.page}/${page.totalPages}: ${page.posts.length} posts`);
 *   posts.push(...page.posts);
 * }
 * //=> page 1/3: 50 posts
 * //=> page 2/3: 50 posts
 * //=> page 3/3: 12 posts
 */
export async function* walkWordPressRest(
  site: string,
  options: WalkWordPressRestOptions,
): AsyncGenerator<WordPressRestPage, void, undefined> {
  const perPage = options.perPage ?? 100;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    throw new RangeError(
      `perPage must be a whole number from 1 to 100 (WordPress's limit), got ${perPage}`,
    );
  }
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new RangeError(`concurrency must be a whole number from 1 to 16, got ${concurrency}`);
  }
  const embed = options.embed ?? true;
  const fetchPage = (page: number, totalPages: number | undefined) =>
    fetchRestPage(site, options, { page, perPage, embed, totalPages });
  const first = await fetchPage(1, undefined);
  if (first === undefined) return;
  yield first.page;
  const totalPages = first.page.totalPages;
  if (first.last) return;
  if (totalPages === undefined || concurrency === 1) {
    // Without X-WP-TotalPages the end is only known from a short page: one page at a time.
    for (let page = 2; ; page++) {
      const next = await fetchPage(page, totalPages);
      if (next === undefined) return;
      yield next.page;
      if (next.last) return;
    }
  }
  // Settled results, so a failed page ahead of the one being yielded is no unhandled rejection.
  const ahead = new Map<number, Promise<{ ok: FetchedPage | undefined } | { error: unknown }>>();
  const settle = (page: number) =>
    ahead.set(
      page,
      fetchPage(page, totalPages).then(
        (ok) => ({ ok }),
        (error: unknown) => ({ error }),
      ),
    );
  let scheduled = 1;
  for (let page = 2; page <= totalPages; page++) {
    while (scheduled < totalPages && scheduled < page + concurrency - 1) settle(++scheduled);
    const result = await ahead.get(page);
    ahead.delete(page);
    if (result === undefined) return;
    if ('error' in result) throw result.error;
    if (result.ok === undefined) return;
    yield result.ok.page;
    if (result.ok.last && page < totalPages) return;
  }
}

interface FetchedPage {
  page: WordPressRestPage;
  /** Whether this page ends the walk. */
  last: boolean;
}

/** Fetches and reads one page; undefined when a page past the end ends a walk without headers. */
async function fetchRestPage(
  site: string,
  options: WalkWordPressRestOptions,
  at: { page: number; perPage: number; embed: boolean; totalPages: number | undefined },
): Promise<FetchedPage | undefined> {
  const { page, perPage, embed } = at;
  options.signal?.throwIfAborted();
  const url = restPostsUrl(site, {
    page,
    perPage,
    embed,
    ...(options.query ? { query: options.query } : {}),
    ...(options.collection ? { collection: options.collection } : {}),
  });
  let response: WordPressRestResponse;
  try {
    response = await options.fetch(url, {
      headers: { Accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new WordPressRestError({
      code: 'fetch-failed',
      url,
      status: 0,
      message: `GET ${url} failed before any response: ${error instanceof Error ? error.message : String(error)}; check the network and the site URL`,
    });
  }
  if (!response.ok) {
    const error = await failure(response, url, page, at.totalPages);
    // Without paging headers a full last page is only known to be last when the next is refused.
    if (error.code === 'page-past-end' && at.totalPages === undefined && page > 1) return undefined;
    throw error;
  }
  const totalPages = headerNumber(response, 'X-WP-TotalPages') ?? at.totalPages;
  const total = headerNumber(response, 'X-WP-Total');
  const text = await response.text();
  let value: unknown;
  let result: ReadResult;
  try {
    value = parseJsonText(text, { expected: 'a WordPress REST response (wp/v2/posts)' });
    result = readRestResponse(value, { file: url }, (page - 1) * perPage);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw new ParseError({
      code: error.code,
      message: `GET ${url} (page ${page}): ${error.issues[0]?.message ?? error.message}`,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    });
  }
  const count = Array.isArray(value) ? value.length : 1;
  const last = totalPages !== undefined ? page >= totalPages : count < perPage;
  return {
    page: {
      ...result,
      page,
      url,
      ...(totalPages !== undefined ? { totalPages } : {}),
      ...(total !== undefined ? { total } : {}),
    },
    last: last || count === 0,
  };
}
