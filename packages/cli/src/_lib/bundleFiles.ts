import { slugify } from '@competencyworks/core';
import { eventToJsonLd, toICalendar } from '@competencyworks/events';
import { type JsonFeedItem, type Post, postToJsonLd, toJsonFeed } from '@competencyworks/posts';
import { type Series, seriesToJsonLd } from '@competencyworks/series';
import type { Content } from './contentExtractor';
import { listItem } from './listItem';
import { previewHtml } from './previewHtml';
import type { FileContent } from './writeBundle';

/** Settings that shape the bundle's files. */
export interface BundleSettings {
  /** Items per page of `posts.json`, `posts-2.json`, ... */
  pageSize: number;
  /** Where the bundle will be served; makes `feed_url`/`next_url` absolute. */
  baseUrl?: string;
  /** The feed's title: the blog's, from the source or `--title`. */
  title: string;
  /** The blog's home page, from the source or `--base-url`: JSON-LD ids and calendar UIDs hang off it. */
  siteUrl?: string;
  /** The time written into `DTSTAMP`s. */
  now: Date;
}

// Bundle files are read by widgets and partner sites, not people: written compact, which on a
// 10,000-post build saves a fifth of the bytes and most of the time JSON.stringify took.
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

// Stands for a feed's items while the rest of the feed is written (see feedParts): JSON.stringify
// writes it as `"\u0000items\u0000"`, which no string in the feed can give (a backslash in one is
// written `\\`).
const ITEMS = '\u0000items\u0000';

/**
 * `json(feed)` in parts, one per item: a page of full content is the largest file of a bundle
 * (20 posts with their bodies), and as one string of over 128 KB it would go straight to V8's
 * old generation, which a 200 MB export filled with hundreds of dead pages between full
 * collections. The writer encodes each part as it comes, so no page is ever one string.
 */
function* feedParts(feed: { items: readonly unknown[] }): Generator<string> {
  const outline = JSON.stringify({ ...feed, items: ITEMS });
  const at = outline.indexOf(JSON.stringify(ITEMS));
  yield `${outline.slice(0, at)}[`;
  for (const [index, item] of feed.items.entries()) {
    yield index === 0 ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
  }
  yield `]${outline.slice(at + JSON.stringify(ITEMS).length)}\n`;
}

/** The page file for a 1-based page number: `posts.json`, `posts-2.json`, ... */
export function postsPageName(page: number): string {
  return page === 1 ? 'posts.json' : `posts-${page}.json`;
}

/** The page with full content for a 1-based page number: `full/posts.json`, ... */
export function fullPageName(page: number): string {
  return `full/${postsPageName(page)}`;
}

/** A bundle file's URL: absolute under `baseUrl`, else the file's path in the bundle. */
export function bundleUrl(name: string, baseUrl: string | undefined): string {
  return baseUrl ? new URL(name, baseUrl).href : name;
}

/** A post's publication time in milliseconds; a date-only post counts as noon UTC of its day. */
function publishedTime(post: Post): number {
  if (post.published === undefined) return Number.NEGATIVE_INFINITY;
  const value = post.published.length === 10 ? `${post.published}T12:00:00Z` : post.published;
  return Date.parse(value);
}

/**
 * Newest first, comparing instants across offsets; undated posts go last, in input order. Each
 * time is read once: parsing dates inside the comparison cost a 10,000-post build ~150 ms.
 */
function newestFirst(posts: readonly Post[]): Post[] {
  return posts
    .map((post) => ({ post, time: publishedTime(post) }))
    .sort((a, b) => b.time - a.time || 0)
    .map(({ post }) => post);
}

/** A file-system-safe name for an id. */
export function fileNameFor(id: string): string {
  return slugify(id, 120) || 'item';
}

/** Fills each part's title and URL from the posts, so a widget needs only the series file. */
function withPartDetails(series: Series, postsById: ReadonlyMap<string, Post>): Series {
  return {
    ...series,
    parts: series.parts.map((part) => {
      const post = part.postId ? postsById.get(part.postId) : undefined;
      if (!post) return part;
      return {
        ...part,
        ...(part.title === undefined ? { title: post.title } : {}),
        ...(part.url === undefined && post.url !== undefined ? { url: post.url } : {}),
      };
    }),
  };
}

/**
 * Renders content into the bundle's files (`docs/guide/bundle-format.md`): paged JSON Feed list
 * pages carrying what a post list shows, the same pages with full content under `full/`, series,
 * events as JSON and iCalendar, schema.org JSON-LD and the preview page. One file per page, per
 * series of more than one part and per event; none per post. Files are produced one at a time
 * and large ones in parts. The manifest is added by the caller, which knows the inputs.
 */
export function* bundleFiles(
  content: Content,
  settings: BundleSettings,
): Generator<[path: string, content: FileContent]> {
  const posts = newestFirst(content.posts);
  const pageCount = Math.max(1, Math.ceil(posts.length / settings.pageSize));
  const home = settings.siteUrl ? { home_page_url: settings.siteUrl } : {};
  for (let page = 1; page <= pageCount; page++) {
    // Bodies come back from disk one page at a time.
    const items = content.store.withBodies(
      posts.slice((page - 1) * settings.pageSize, page * settings.pageSize),
    );
    const extension = { series: 'series.json', events: 'events.json', page, pages: pageCount };
    const full = toJsonFeed(items, {
      title: settings.title,
      ...home,
      feed_url: bundleUrl(fullPageName(page), settings.baseUrl),
      ...(page < pageCount
        ? { next_url: bundleUrl(fullPageName(page + 1), settings.baseUrl) }
        : {}),
      extension,
    });
    const list = {
      ...full,
      feed_url: bundleUrl(postsPageName(page), settings.baseUrl),
      ...(page < pageCount
        ? { next_url: bundleUrl(postsPageName(page + 1), settings.baseUrl) }
        : {}),
      _competencyworks: { ...full._competencyworks, full: fullPageName(page) },
      items: full.items.map((item: JsonFeedItem) => listItem(item)),
    };
    yield [postsPageName(page), json(list)];
    yield [fullPageName(page), feedParts(full)];
  }

  const postsById = new Map(posts.map((post) => [post.id, post]));
  const series = content.series.map((item) => withPartDetails(item, postsById));
  yield ['series.json', json({ version: 1, series })];
  // A series of one part needs no page of its own: series.json lists it.
  for (const item of series) {
    if (item.parts.length > 1) yield [`series/${fileNameFor(item.id)}.json`, json(item)];
  }

  const events = [...content.events].sort((a, b) =>
    a.start.date < b.start.date ? -1 : a.start.date > b.start.date ? 1 : 0,
  );
  yield ['events.json', json({ version: 1, events })];
  const domain = siteDomain(settings);
  // PRODID names the software that wrote the calendar, not the blog.
  const calendar = { now: settings.now, domain, prodId: '-//CompetencyWorks content kit//cw//EN' };
  yield ['events.ics', toICalendar(events, { ...calendar, name: settings.title })];
  for (const event of events) {
    yield [`events/${fileNameFor(event.id)}.ics`, toICalendar(event, calendar)];
  }

  const site = { siteUrl: settings.siteUrl ?? '' };
  const nodes = [
    ...posts.map((post) => () => postToJsonLd(post, site)),
    ...series.map((item) => () => seriesToJsonLd(item, site)),
    ...events.map((event) => () => eventToJsonLd(event, site)),
  ];
  yield ['jsonld.json', jsonLdGraph(nodes)];
  yield [
    'index.html',
    previewHtml({
      title: settings.title,
      posts,
      series: series.filter((item) => item.parts.length > 1),
      events,
    }),
  ];
}

/**
 * The domain that makes calendar UIDs unique: the blog's, else the bundle's host; a bundle of a
 * source that names neither gets a reserved name rather than someone else's domain.
 */
function siteDomain(settings: BundleSettings): string {
  for (const url of [settings.siteUrl, settings.baseUrl]) {
    if (url) return new URL(url).hostname;
  }
  return 'cw-bundle.invalid';
}

/** `{ "@context": "https://schema.org", "@graph": [...] }`, one node rendered at a time. */
function* jsonLdGraph(nodes: readonly (() => object)[]): Generator<string> {
  yield '{"@context":"https://schema.org","@graph":[';
  for (const [index, node] of nodes.entries()) {
    const text = JSON.stringify(withoutContext(node()));
    yield index === 0 ? text : `,${text}`;
  }
  yield ']}\n';
}

function withoutContext<T extends object>(document: T): Omit<T, '@context'> {
  const { '@context': _context, ...rest } = document as T & { '@context'?: unknown };
  return rest;
}
