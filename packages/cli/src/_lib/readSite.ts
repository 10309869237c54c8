import { createHash } from 'node:crypto';
import { ParseError, type ParseIssue } from '@competencyworks/core';
import {
  type Post,
  readAny,
  type SourceFormat,
  WordPressRestError,
  walkWordPressRest,
} from '@competencyworks/posts';
import { CliError } from './cliError';
import { readSiteInfo, SITE_HEAD, type SiteInfo } from './readSiteInfo';
import type { SourceRecord } from './readSource';
import { loadSiteCache, type SiteCollections, saveSiteCache } from './siteCache';
import { createSiteFetch, type SiteFetch, type SiteFetchOptions } from './siteFetch';

/** Where a site read stands, for a progress display. */
export interface SiteProgress {
  url: string;
  /** `posts`, `pages`, or `feed`. */
  collection: string;
  pages: number;
  totalPages?: number;
  posts: number;
  totalPosts?: number;
}

/** How to read a site. */
export interface SiteOptions {
  /** WordPress post types to read (default `['post']`); `page` reads pages too. */
  postTypes?: readonly string[];
  /** Posts per REST page (default 100, WordPress's most). */
  perPage?: number;
  /** REST pages in flight at once (default 4). */
  concurrency?: number;
  /** Timeouts and retries of each request. */
  fetch?: SiteFetchOptions;
  /** Called after each page; the read waits for a returned promise (a display that flushes). */
  onProgress?: (progress: SiteProgress) => void | Promise<void>;
  /**
   * A cache file (see siteCache): with one, a rebuild asks only for posts modified since the
   * last read (`modified_after`) and for the list of ids when the count says posts went away.
   */
  cacheFile?: string;
}

/** Whether an input names a site (an http or https URL) rather than a file. */
export function isSiteUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The most feed pages (`?paged=N`) read, so a site that ignores `paged` cannot loop forever. */
const MAX_FEED_PAGES = 1000;

const REST_LINK = /<([^>]+)>\s*;[^,]*rel="?https:\/\/api\.w\.org\/"?/;
const HTML_REST_LINK = /<link\b[^>]*\brel=["']https:\/\/api\.w\.org\/["'][^>]*>/i;
const HTML_FEED_LINK =
  /<link\b[^>]*\btype=["']application\/(?:rss|atom)\+xml["'][^>]*>|<link\b[^>]*\brel=["']alternate["'][^>]*\btype=["']application\/(?:rss|atom)\+xml["'][^>]*>/i;

function hrefOf(tag: string, base: string): string | undefined {
  const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
  return href === undefined ? undefined : new URL(href.replace(/&amp;/g, '&'), base).href;
}

type Discovery =
  | { kind: 'rest'; root: string }
  | { kind: 'feed'; url: string; why: string; first?: Fetched };

interface Fetched {
  status: number;
  url: string;
  contentType: string;
  bytes: Uint8Array;
  headers: Headers;
}

async function get(fetch: SiteFetch, url: string, accept: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: accept } });
  } catch (error) {
    throw new CliError(
      `${url}: ${error instanceof Error ? error.message : String(error)}; nothing was read`,
    );
  }
  return {
    status: response.status,
    url: response.url || url,
    contentType: response.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await response.arrayBuffer()),
    headers: response.headers,
  };
}

const isFeedType = (type: string) => /\b(rss|atom|xml)\b/i.test(type);
const isLogin = (url: string) => /\/wp-login\.php|\/login\b/i.test(new URL(url).pathname);

/** Finds the REST API of the site at `url`, or its feed when the API is not announced or answers. */
async function discover(fetch: SiteFetch, url: string): Promise<Discovery> {
  const page = await get(fetch, url, 'text/html, application/json;q=0.9, */*;q=0.8');
  if (isLogin(page.url)) {
    throw new CliError(
      `${url}: the site redirects to a login page (${page.url}), so its posts are not public; nothing was read`,
    );
  }
  if (page.status >= 200 && page.status < 300 && isFeedType(page.contentType)) {
    return { kind: 'feed', url: page.url, why: 'the URL is a feed', first: page };
  }
  const text = new TextDecoder().decode(page.bytes.subarray(0, 512 * 1024));
  const linked =
    REST_LINK.exec(page.headers.get('link') ?? '')?.[1] ??
    hrefOf(HTML_REST_LINK.exec(text)?.[0] ?? '', page.url);
  if (linked) return { kind: 'rest', root: new URL(linked, page.url).href };
  if (page.status >= 400) {
    throw new CliError(
      `${url}: the site answered HTTP ${page.status}${/html/i.test(page.contentType) ? ' with an error page' : ''}; nothing was read`,
    );
  }
  // Sites that hide the link may still answer the plain-permalink route.
  const plain = new URL(url);
  plain.search = '?rest_route=/';
  const index = await get(fetch, plain.href, 'application/json').catch(() => undefined);
  if (index && index.status === 200 && isRestIndex(index.bytes)) {
    return { kind: 'rest', root: plain.href };
  }
  const feed = hrefOf(HTML_FEED_LINK.exec(text)?.[0] ?? '', page.url);
  if (feed) return { kind: 'feed', url: feed, why: 'the site announces no REST API' };
  if (/wp-content|wp-includes|WordPress/i.test(text)) {
    const fallback = new URL(url);
    fallback.search = '?feed=rss2';
    return { kind: 'feed', url: fallback.href, why: 'the site announces no REST API' };
  }
  throw new CliError(
    `${url}: this does not look like a WordPress site or a feed (no REST API link, no feed link); give a WordPress site, a feed URL or an export file`,
  );
}

function isRestIndex(bytes: Uint8Array): boolean {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as { namespaces?: unknown };
    return Array.isArray(value.namespaces) && value.namespaces.includes('wp/v2');
  } catch {
    return false;
  }
}

const COLLECTIONS: Record<string, string> = { post: 'posts', page: 'pages' };

interface Collected {
  posts: Post[];
  issues: ParseIssue[];
  hash: ReturnType<typeof createHash>;
}

/**
 * Walks one REST collection; a failed page ends the walk with an issue, the posts read are kept.
 * @returns Whether every page was read.
 */
async function walkCollection(
  fetch: SiteFetch,
  root: string,
  collection: string,
  options: SiteOptions,
  into: Collected,
  query?: Record<string, string>,
): Promise<boolean> {
  const progress: SiteProgress = { url: root, collection, pages: 0, posts: 0 };
  try {
    for await (const page of walkWordPressRest(root, {
      fetch,
      collection,
      perPage: options.perPage ?? 100,
      concurrency: options.concurrency ?? 4,
      ...(query ? { query } : {}),
    })) {
      into.posts.push(...page.posts);
      into.issues.push(...page.issues);
      progress.pages = page.page;
      progress.posts += page.posts.length;
      if (page.totalPages !== undefined) progress.totalPages = page.totalPages;
      if (page.total !== undefined) progress.totalPosts = page.total;
      await options.onProgress?.({ ...progress });
    }
  } catch (error) {
    if (!(error instanceof WordPressRestError || error instanceof ParseError)) throw error;
    const failedPage = progress.pages + 1;
    const of = progress.totalPages === undefined ? '' : ` of ${progress.totalPages}`;
    const reason = error.message;
    into.issues.push({
      code: 'site-page-failed',
      severity: 'error',
      message: `${collection} page ${failedPage}${of} could not be read (${reason}); the ${progress.posts} ${collection} read before it are kept`,
    });
    return false;
  }
  return true;
}

async function readRest(
  fetch: SiteFetch,
  url: string,
  root: string,
  options: SiteOptions,
): Promise<SourceRecord | { failed: string }> {
  const into: Collected = { posts: [], issues: [], hash: createHash('sha256') };
  const cached = options.cacheFile ? await loadSiteCache(options.cacheFile, url) : new Map();
  const fresh: SiteCollections = new Map();
  let complete = true;
  for (const type of options.postTypes ?? ['post']) {
    const collection = COLLECTIONS[type] ?? type;
    const before: Post[] | undefined = cached.get(collection);
    const read = before?.length
      ? await readChanges(fetch, root, collection, options, before, into)
      : await readAll(fetch, root, collection, options, into);
    complete &&= read.ok;
    fresh.set(collection, read.posts);
    into.posts.push(...read.posts);
  }
  const failed = into.issues.find((issue) => issue.code === 'site-page-failed');
  // Nothing read and the API refused: the caller falls back to the feed.
  if (into.posts.length === 0 && failed) return { failed: failed.message };
  // A partial read is not cached: the next read would take the missing posts for deleted ones.
  if (options.cacheFile && complete) await saveSiteCache(options.cacheFile, url, fresh);
  for (const post of into.posts) into.hash.update(`${post.id}\n${post.modified ?? ''}\n`);
  return record(url, 'wordpress-rest', into);
}

async function readAll(
  fetch: SiteFetch,
  root: string,
  collection: string,
  options: SiteOptions,
  into: Collected,
): Promise<{ ok: boolean; posts: Post[] }> {
  const got: Collected = { posts: [], issues: into.issues, hash: into.hash };
  const ok = await walkCollection(fetch, root, collection, options, got);
  return { ok, posts: got.posts };
}

/**
 * WordPress compares `modified_after` with the site's local time, whose offset the REST answers
 * do not give: asking from 14 hours (the largest UTC offset) before the newest modified time
 * cached re-reads a few posts but never misses one.
 */
const ZONE_MARGIN_MS = 14 * 60 * 60 * 1000;

/**
 * Reads what changed since the cached read: posts modified after it, posts dated after it (a
 * scheduled post that went live keeps its old modified time: WordPress's `wp_publish_post` changes
 * only the status), and deletions by count. With both, every post that appears is read, so the
 * count can only differ because posts went away; then all ids are listed, and any listed post
 * still unknown is read by id.
 */
async function readChanges(
  fetch: SiteFetch,
  root: string,
  collection: string,
  options: SiteOptions,
  before: readonly Post[],
  into: Collected,
): Promise<{ ok: boolean; posts: Post[] }> {
  const since = (field: 'modified' | 'published') => {
    const newest = Math.max(...before.map((post) => Date.parse(post[field] ?? '') || 0));
    return new Date(newest - ZONE_MARGIN_MS).toISOString().slice(0, 19);
  };
  const got: Collected = { posts: [], issues: into.issues, hash: into.hash };
  const ok =
    (await walkCollection(fetch, root, collection, options, got, {
      modified_after: since('modified'),
    })) &&
    (await walkCollection(fetch, root, collection, options, got, { after: since('published') }));
  const byId = new Map(before.map((post) => [post.source.id ?? post.id, post]));
  const merge = (posts: readonly Post[]) => {
    for (const post of posts) byId.set(post.source.id ?? post.id, post);
  };
  merge(got.posts);
  if (!ok) return { ok, posts: [...byId.values()] };
  const listed = await listIds(fetch, root, collection, byId.size);
  if (listed === 'failed') return { ok: false, posts: [...byId.values()] };
  if (listed === undefined) return { ok, posts: [...byId.values()] };
  for (const id of byId.keys()) if (!listed.has(id)) byId.delete(id);
  const unknown = [...listed].filter((id) => !byId.has(id));
  const missing: Collected = { posts: [], issues: into.issues, hash: into.hash };
  for (let at = 0; at < unknown.length; at += 100) {
    const include = unknown.slice(at, at + 100).join(',');
    if (!(await walkCollection(fetch, root, collection, options, missing, { include }))) {
      merge(missing.posts);
      return { ok: false, posts: [...byId.values()] };
    }
  }
  merge(missing.posts);
  return { ok, posts: [...byId.values()] };
}

/** A collection's URL with a query, from the REST root (`.../wp-json/` or `...?rest_route=/`). */
function collectionUrl(root: string, collection: string, query: Record<string, string>): string {
  const url = new URL(root);
  if (url.searchParams.has('rest_route'))
    url.searchParams.set('rest_route', `/wp/v2/${collection}`);
  else url.pathname = `${url.pathname.replace(/\/+$/, '')}/wp/v2/${collection}`;
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.href;
}

/**
 * The ids a collection lists now, or undefined when its count equals `known` (nothing went
 * away: one request). Only when the counts differ are all ids listed, 100 to a request.
 */
async function listIds(
  fetch: SiteFetch,
  root: string,
  collection: string,
  known: number,
): Promise<Set<string> | undefined | 'failed'> {
  const ids = new Set<string>();
  for (let page = 1, pages = 1; page <= pages; page++) {
    const url = collectionUrl(root, collection, {
      _fields: 'id',
      per_page: '100',
      page: String(page),
    });
    const response = await fetch(url, { headers: { Accept: 'application/json' } }).catch(
      () => undefined,
    );
    if (!response?.ok) return 'failed';
    const total = Number(response.headers.get('x-wp-total'));
    pages = Number(response.headers.get('x-wp-totalpages')) || 1;
    if (page === 1 && total === known) {
      await response.body?.cancel();
      return undefined;
    }
    const list = (await response.json().catch(() => undefined)) as { id?: unknown }[] | undefined;
    if (!Array.isArray(list)) return 'failed';
    for (const item of list) if (typeof item.id === 'number') ids.add(String(item.id));
  }
  return ids;
}

function record(
  path: string,
  format: SourceFormat,
  into: Collected,
  site: SiteInfo = { url: path },
): SourceRecord {
  const sha256 = into.hash.digest('hex');
  return { path, format, sha256, bytes: 0, posts: into.posts, issues: into.issues, site };
}

/** The URL of feed page `n` (WordPress's `paged` query parameter). */
function feedPage(url: string, n: number): string {
  const page = new URL(url);
  page.searchParams.set('paged', String(n));
  return page.href;
}

const FEWER_FIELDS =
  'a feed carries fewer fields (no modified dates, featured images, pages, author pages or category slugs, and only as much text as the site puts in its feed)';

async function readFeed(
  fetch: SiteFetch,
  site: string,
  discovery: Extract<Discovery, { kind: 'feed' }>,
  options: SiteOptions,
): Promise<SourceRecord> {
  const into: Collected = { posts: [], issues: [], hash: createHash('sha256') };
  const direct = discovery.why === 'the URL is a feed';
  if (!direct) {
    into.issues.push({
      code: 'feed-fallback',
      severity: 'warning',
      message: `${site}: ${discovery.why}, so its feed was read instead; ${FEWER_FIELDS}`,
    });
  }
  // Nothing read: one sentence with why the API was not used and what the feed answered.
  const nothing = (what: string) =>
    new CliError(
      direct
        ? `${site}: ${what}; nothing was read`
        : `${site}: ${discovery.why}, and its feed ${discovery.url} ${what}; nothing was read`,
    );
  const seen = new Set<string>();
  let format: SourceFormat = 'rss';
  let info: SiteInfo = {};
  for (let n = 1; n <= MAX_FEED_PAGES; n++) {
    const url = n === 1 ? discovery.url : feedPage(discovery.url, n);
    const page =
      n === 1 && discovery.first
        ? discovery.first
        : await get(
            fetch,
            url,
            'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
          );
    // WordPress answers 404 past the last page.
    if (n > 1 && page.status === 404) break;
    if (page.status >= 400) {
      if (n === 1) throw nothing(`answered HTTP ${page.status}`);
      into.issues.push({
        code: 'site-page-failed',
        severity: 'error',
        message: `feed page ${n} (${url}) answered HTTP ${page.status}; the ${into.posts.length} posts read before it are kept`,
      });
      break;
    }
    let result: ReturnType<typeof readAny>;
    try {
      result = readAny(page.bytes, { file: url });
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      if (n === 1) throw nothing(`is not a feed cw can read (${error.message})`);
      break;
    }
    format = result.format;
    if (n === 1) info = readSiteInfo(page.bytes.subarray(0, SITE_HEAD), format);
    into.hash.update(page.bytes);
    const fresh = result.posts.filter((post) => !seen.has(post.id));
    // A site that ignores `paged` serves page 1 again: stop there.
    if (fresh.length === 0) break;
    for (const post of fresh) seen.add(post.id);
    into.posts.push(...fresh);
    into.issues.push(...result.issues);
    options.onProgress?.({
      url: discovery.url,
      collection: 'feed',
      pages: n,
      posts: into.posts.length,
    });
  }
  return record(discovery.url, format, into, info);
}

/**
 * Reads a WordPress site (or a feed) from its URL: finds the REST API (the `Link` header, the
 * `<link rel="https://api.w.org/">` tag, or `?rest_route=/`), walks the post types asked for,
 * and falls back to the RSS/Atom feed and its `?paged=N` pages when the API is absent or refuses,
 * saying that a feed carries fewer fields. A page that fails after others were read is an issue;
 * a site from which nothing can be read is a {@link CliError} in one sentence.
 *
 * @example
 * const source = await readSite('https://blog.example.org', { postTypes: ['post', 'page'] });
 * //=> { path: 'https://blog.example.org', format: 'wordpress-rest', posts: [...], issues: [] }
 */
export async function readSite(url: string, options: SiteOptions = {}): Promise<SourceRecord> {
  const fetch = createSiteFetch(options.fetch);
  const discovery = await discover(fetch, url);
  if (discovery.kind === 'rest') {
    const rest = await readRest(fetch, url, discovery.root, options);
    if (!('failed' in rest)) return rest;
    const fallback = new URL(url);
    fallback.search = '?feed=rss2';
    return readFeed(
      fetch,
      url,
      {
        kind: 'feed',
        url: fallback.href,
        why: `the REST API could not be read (${rest.failed.replace(/; the 0 \w+ read before it are kept$/, '')})`,
      },
      options,
    );
  }
  return readFeed(fetch, url, discovery, options);
}
