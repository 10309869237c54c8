import { slugify } from '@competencyworks/core';
import { eventToJsonLd, toICalendar } from '@competencyworks/events';
import { type Post, postToJsonLd, toJsonFeed } from '@competencyworks/posts';
import { type Series, seriesToJsonLd } from '@competencyworks/series';
import type { Content } from './extractContent';
import { previewHtml } from './previewHtml';

/** Settings that shape the bundle's files. */
export interface BundleSettings {
  /** Items per page of `posts.json`, `posts-2.json`, ... */
  pageSize: number;
  /** Where the bundle will be served; makes `feed_url`/`next_url` absolute. */
  baseUrl?: string;
  /** The feed's title. */
  title: string;
  /** The time written into `DTSTAMP`s. */
  now: Date;
}

// Bundle files are read by widgets and partner sites, not people: written compact, which on a
// 10,000-post build saves a fifth of the bytes and most of the time JSON.stringify took.
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/** The page file for a 1-based page number: `posts.json`, `posts-2.json`, ... */
export function postsPageName(page: number): string {
  return page === 1 ? 'posts.json' : `posts-${page}.json`;
}

function bundleUrl(name: string, baseUrl: string | undefined): string {
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

/** A bundle file's content: text, bytes, or text in parts written one after another. */
export type FileContent = string | Uint8Array | Iterable<string>;

/**
 * Renders content into the bundle's files (see the README's "Content bundle" section): paged
 * JSON Feed, series, events as JSON and iCalendar, schema.org JSON-LD and the preview page.
 * Files are produced one at a time and large ones in parts, so a build of a large export never
 * holds the whole bundle in memory. The manifest is added by the caller, which knows the inputs.
 */
export function* bundleFiles(
  content: Content,
  settings: BundleSettings,
): Generator<[path: string, content: FileContent]> {
  const posts = newestFirst(content.posts);
  const pageCount = Math.max(1, Math.ceil(posts.length / settings.pageSize));
  for (let page = 1; page <= pageCount; page++) {
    const items = posts.slice((page - 1) * settings.pageSize, page * settings.pageSize);
    const feed = toJsonFeed(items, {
      title: settings.title,
      feed_url: bundleUrl(postsPageName(page), settings.baseUrl),
      ...(page < pageCount
        ? { next_url: bundleUrl(postsPageName(page + 1), settings.baseUrl) }
        : {}),
      extension: { series: 'series.json', events: 'events.json', page, pages: pageCount },
    });
    yield [postsPageName(page), json(feed)];
  }

  const postsById = new Map(posts.map((post) => [post.id, post]));
  const series = content.series.map((item) => withPartDetails(item, postsById));
  yield ['series.json', json({ version: 1, series })];
  for (const item of series) yield [`series/${fileNameFor(item.id)}.json`, json(item)];

  const events = [...content.events].sort((a, b) =>
    a.start.date < b.start.date ? -1 : a.start.date > b.start.date ? 1 : 0,
  );
  yield ['events.json', json({ version: 1, events })];
  yield ['events.ics', toICalendar(events, { name: settings.title, now: settings.now })];
  for (const event of events) {
    yield [`events/${fileNameFor(event.id)}.ics`, toICalendar(event, { now: settings.now })];
  }

  const nodes = [
    ...posts.map((post) => () => postToJsonLd(post)),
    ...series.map((item) => () => seriesToJsonLd(item)),
    ...events.map((event) => () => eventToJsonLd(event)),
  ];
  yield ['jsonld.json', jsonLdGraph(nodes)];
  yield ['index.html', previewHtml({ title: settings.title, posts, series, events })];
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
