import {
  describeValue,
  formatPath,
  ParseError,
  type ParseIssue,
  type Person,
  parseUrl,
} from '@competencyworks/core';
import * as v from 'valibot';
import { decodeInput } from './_lib/decodeInput';
import { EXTENSION_KEY } from './_lib/jsonFeedConstants';
import { readJsonFeedItem } from './_lib/jsonFeedItem';
import { isJsonObject, type JsonItemContext, readField } from './_lib/jsonField';
import { parseJsonText } from './_lib/jsonParse';
import type { Post } from './post';
import type { ReadOptions, ReadResult } from './readResult';

/**
 * The feed-level fields of a JSON Feed, named as in JSON Feed, as {@link readJsonFeed} read them.
 *
 * @example
 * readJsonFeed(text).feed;
 * //=> { version: 'https://jsonfeed.org/version/1.1', title: 'CompetencyWorks', extension: { series: 'series.json' } }
 */
export interface JsonFeedInfo {
  /** The `version` URL, e.g. `https://jsonfeed.org/version/1.1`. */
  version: string;
  title?: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors?: Person[];
  /** The feed-level `_competencyworks` object without `about` and `version`. */
  extension?: Record<string, unknown>;
  /** Feed-level fields this reader does not map (`hubs`, `expired`, other `_extensions`), kept. */
  extra?: Record<string, unknown>;
}

/**
 * What {@link readJsonFeed} returns: the posts, every problem found, and the feed's own fields.
 *
 * @example
 * const { posts, issues, feed }: JsonFeedReadResult = readJsonFeed(text);
 */
export interface JsonFeedReadResult extends ReadResult {
  format: 'json-feed';
  feed: JsonFeedInfo;
}

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;
const FEED_STRINGS = [
  'title',
  'home_page_url',
  'feed_url',
  'next_url',
  'description',
  'icon',
  'favicon',
  'language',
] as const;
const FEED_FIELDS = new Set<string>([...FEED_STRINGS, 'version', 'items', 'authors', 'author']);

/**
 * Reads a JSON Feed (1.0 or 1.1) into posts. A feed written by {@link toJsonFeed} is read back
 * exactly: `readJsonFeed(toJsonFeed(posts, options)).posts` deep-equals `posts`. Any other JSON
 * Feed is read too: HTML is sanitised to the allow-list, entities in titles are decoded, an
 * untitled item stays untitled, and item fields with no place in a post (attachments,
 * `external_url`, other extensions) are kept in `extra`. A broken item is reported in `issues`
 * and skipped; the good ones are kept.
 *
 * @param input - JSON text, its bytes, or an already parsed value.
 * @param options - `file` (recorded in `source.file` of items without our extension) and
 *   `baseUrl` (for relative links when the feed has no `feed_url` or `home_page_url`).
 * @returns `{ format: 'json-feed', posts, issues, feed }`.
 * @throws {ParseError} When the input is not JSON, or not a JSON Feed (no `version` URL of
 *   jsonfeed.org, or no `items` array).
 * @example
 * const feed = toJsonFeed(posts, { title: 'CompetencyWorks' });
 * readJsonFeed(JSON.stringify(feed));
 * //=> { format: 'json-feed', posts, issues: [], feed: { version: 'https://jsonfeed.org/version/1.1', title: 'CompetencyWorks' } }
 */
export function readJsonFeed(input: unknown, options: ReadOptions = {}): JsonFeedReadResult {
  // A few invalid bytes become U+FFFD, each reported here; the feed is still read.
  const decoded: ParseIssue[] = [];
  const json =
    typeof input === 'string' || input instanceof Uint8Array
      ? parseJsonText(decodeInput(input, { ...options, issues: decoded }), {
          expected: 'a JSON Feed',
        })
      : input;
  if (!isJsonObject(json)) {
    throw new ParseError({
      code: 'not-json-feed',
      message: `expected a JSON Feed object with "version" and "items", got ${describeValue(json)}`,
    });
  }
  if (typeof json.version !== 'string' || !VERSION.test(json.version)) {
    throw new ParseError({
      code: 'not-json-feed',
      path: 'version',
      message: `expected "https://jsonfeed.org/version/1.1" or "https://jsonfeed.org/version/1", got ${describeValue(json.version)}`,
    });
  }
  if (!Array.isArray(json.items)) {
    throw new ParseError({
      code: 'not-json-feed',
      path: 'items',
      message: `expected an array of items, got ${describeValue(json.items)}`,
    });
  }

  const issues: ParseIssue[] = [];
  const feedContext: JsonItemContext = { issues, path: [], index: 0 };
  const feed: JsonFeedInfo = { version: json.version };
  for (const key of FEED_STRINGS) {
    const value = readField(feedContext, json, [key], v.string('expected a string'));
    if (value !== undefined) feed[key] = value;
  }
  // Drop the item index readField adds: these problems belong to the feed, not to an item.
  for (const issue of issues) delete issue.index;
  issues.unshift(...decoded);
  if (feed.title === undefined) {
    issues.push({
      code: 'missing-title',
      severity: 'warning',
      path: 'title',
      message: 'expected a feed title (JSON Feed requires one), got none',
    });
  }
  const baseUrl =
    [feed.feed_url, feed.home_page_url, options.baseUrl].find(
      (url) => url !== undefined && parseUrl(url) !== undefined,
    ) ?? undefined;

  const feedAuthors = json.authors ?? json.author;
  const authors = (Array.isArray(feedAuthors) ? feedAuthors : [feedAuthors]).flatMap((author) =>
    isJsonObject(author) && typeof author.name === 'string' && author.name.trim() !== ''
      ? [
          typeof author.url === 'string' && parseUrl(author.url) !== undefined
            ? { name: author.name, url: author.url }
            : { name: author.name },
        ]
      : [],
  );
  if (authors.length > 0) feed.authors = authors;
  const ownExtension = json[EXTENSION_KEY];
  if (isJsonObject(ownExtension)) {
    const { about: _about, version: _version, ...rest } = ownExtension;
    if (Object.keys(rest).length > 0) feed.extension = rest;
  }
  const extra = Object.fromEntries(
    Object.entries(json).filter(
      ([key]) => !FEED_FIELDS.has(key) && !(key === EXTENSION_KEY && isJsonObject(ownExtension)),
    ),
  );
  if (Object.keys(extra).length > 0) feed.extra = extra;

  const posts: Post[] = [];
  const seen = new Map<string, number>();
  json.items.forEach((item: unknown, index) => {
    const post = readJsonFeedItem(item, {
      issues,
      path: ['items', index],
      index,
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(feedAuthors !== undefined ? { feedAuthors } : {}),
      ...(feed.language !== undefined ? { feedLanguage: feed.language } : {}),
      ...(options.file !== undefined ? { file: options.file } : {}),
    });
    if (post === undefined) return;
    const first = seen.get(post.id);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate-id',
        severity: 'warning',
        path: formatPath(['items', index, 'id']),
        index,
        message: `expected a unique id, got ${JSON.stringify(post.id)} again (first at items[${first}]); both kept`,
      });
    } else seen.set(post.id, index);
    posts.push(post);
  });

  return { format: 'json-feed', posts, issues, feed };
}
