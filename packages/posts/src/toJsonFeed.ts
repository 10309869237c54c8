import type { Person } from '@competencyworks/core';
import {
  EXTENSION_ABOUT,
  EXTENSION_KEY,
  EXTENSION_VERSION,
  JSON_FEED_VERSION,
} from './_lib/jsonFeedConstants';
import { toRfc3339 } from './_lib/jsonFeedDates';
import type {
  Attachment,
  Origin,
  Post,
  PostComment,
  PostSource,
  PostStatus,
  SeriesMembership,
  Term,
} from './post';

/**
 * A JSON Feed author. JSON Feed allows an author with only a URL or avatar; ours always have a name.
 *
 * @example
 * const author: JsonFeedAuthor = { name: 'Chris Sturgis', url: 'https://www.competencyworks.org/author/chris/' };
 */
export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

/**
 * The per-item `_competencyworks` extension object: everything a {@link Post} holds that JSON
 * Feed has no field for, so {@link readJsonFeed} can rebuild the post exactly. Fields are
 * written only when the post has them. See the package README for the format.
 *
 * @example
 * const extension: CompetencyWorksItemExtension = {
 *   about: 'https://github.com/competencyworks/kit/blob/main/packages/posts/README.md#the-_competencyworks-extension',
 *   published: '2016-12-20',
 *   series: { seriesId: 'implementing-competency-education', position: 24, evidence },
 *   source: { format: 'archive-text', line: 25 },
 * };
 */
export interface CompetencyWorksItemExtension {
  /** Where the extension is described. */
  about: string;
  /**
   * The post's `published` value when `date_published` is not exactly it: a calendar date (only
   * the day is known; `date_published` then holds noon UTC of it) or an instant written in a
   * shorter ISO 8601 form than RFC 3339.
   */
  published?: string;
  /** Like `published`, for `modified` and `date_modified`. */
  modified?: string;
  slug?: string;
  /** The categories with slugs; `tags` of the item carries their names for plain readers. */
  categories?: Term[];
  /** The tags with slugs; `tags` of the item carries their names for plain readers. */
  tags?: Term[];
  imageCaption?: string;
  continuationUrl?: string;
  status?: PostStatus;
  commentCount?: number;
  /** Approved comments, when the reader was asked for them; JSON Feed has no field for them. */
  comments?: PostComment[];
  meta?: Record<string, string>;
  origin?: Origin[];
  series?: SeriesMembership;
  source: PostSource;
  extra?: Record<string, unknown>;
}

/**
 * A JSON Feed attachment: a file that goes with the item (a podcast episode, a video).
 *
 * @example
 * const attachment: JsonFeedAttachment = { url: 'https://example.org/episode-1.mp3', mime_type: 'audio/mpeg', size_in_bytes: 12345678 };
 */
export interface JsonFeedAttachment {
  url: string;
  mime_type: string;
  title?: string;
  size_in_bytes?: number;
  duration_in_seconds?: number;
}

/**
 * One item of a written feed.
 *
 * @example
 * const item: JsonFeedItem = { id: 'cw-2016-12-19-january-11th-webinar', title: 'January 11th Webinar', content_text: '...' };
 */
export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
  attachments?: JsonFeedAttachment[];
  _competencyworks?: CompetencyWorksItemExtension;
}

/**
 * The feed-level `_competencyworks` object: `about`, `version` and the caller's `extension` fields.
 *
 * @example
 * const extension: CompetencyWorksFeedExtension = { about: '...', version: 1, series: 'series.json', events: 'events.json' };
 */
export interface CompetencyWorksFeedExtension {
  about: string;
  version: number;
  [key: string]: unknown;
}

/**
 * A JSON Feed 1.1 document as {@link toJsonFeed} writes it.
 *
 * @example
 * const feed: JsonFeed = toJsonFeed(posts, { title: 'CompetencyWorks' });
 * feed.items.length; //=> posts.length
 */
export interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  _competencyworks?: CompetencyWorksFeedExtension;
  items: JsonFeedItem[];
}

/**
 * Feed-level fields for {@link toJsonFeed}; names follow JSON Feed's.
 *
 * @example
 * const options: JsonFeedOptions = { title: 'CompetencyWorks', next_url: 'posts-2.json', extension: { series: 'series.json' } };
 */
export interface JsonFeedOptions {
  /** The feed's title (required by JSON Feed). */
  title: string;
  /** The site the feed describes. */
  home_page_url?: string;
  /** Where the feed itself is published. */
  feed_url?: string;
  /** The next page of a paginated feed, absolute or relative to this feed's URL. */
  next_url?: string;
  description?: string;
  /** BCP 47 language of the feed, e.g. `en-US`. */
  language?: string;
  /** A square image for the feed, 512 × 512 or larger. */
  icon?: string;
  /** A small square image for the feed, 64 × 64. */
  favicon?: string;
  authors?: Person[];
  /**
   * Extra fields for the feed-level `_competencyworks` object, e.g. `{ series: 'series.json',
   * events: 'events.json' }` from the `cw` command. `about` and `version` are always ours.
   */
  extension?: Record<string, unknown>;
}

/** The caller's extension fields; `about` and `version` describe our format, so they stay ours. */
function withoutOwnKeys(extension: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(extension).filter(([key]) => key !== 'about' && key !== 'version'),
  );
}

function toAuthor(person: Person): JsonFeedAuthor {
  return person.url === undefined ? { name: person.name } : { name: person.name, url: person.url };
}

function toAttachment(attachment: Attachment): JsonFeedAttachment {
  return {
    url: attachment.url,
    mime_type: attachment.mimeType,
    ...(attachment.title !== undefined ? { title: attachment.title } : {}),
    ...(attachment.sizeInBytes !== undefined ? { size_in_bytes: attachment.sizeInBytes } : {}),
    ...(attachment.durationInSeconds !== undefined
      ? { duration_in_seconds: attachment.durationInSeconds }
      : {}),
  };
}

function tagNames(post: Post): string[] {
  return [...new Set([...post.categories, ...post.tags].map((term) => term.name))];
}

function toItem(post: Post): JsonFeedItem {
  const published = post.published === undefined ? undefined : toRfc3339(post.published);
  const modified = post.modified === undefined ? undefined : toRfc3339(post.modified);
  const extension: CompetencyWorksItemExtension = {
    about: EXTENSION_ABOUT,
    ...(published !== undefined && published !== post.published
      ? { published: post.published }
      : {}),
    ...(modified !== undefined && modified !== post.modified ? { modified: post.modified } : {}),
    ...(post.slug !== undefined ? { slug: post.slug } : {}),
    ...(post.categories.length > 0 ? { categories: post.categories } : {}),
    ...(post.tags.length > 0 ? { tags: post.tags } : {}),
    ...(post.imageCaption !== undefined ? { imageCaption: post.imageCaption } : {}),
    ...(post.continuationUrl !== undefined ? { continuationUrl: post.continuationUrl } : {}),
    ...(post.status !== undefined ? { status: post.status } : {}),
    ...(post.commentCount !== undefined ? { commentCount: post.commentCount } : {}),
    ...(post.comments !== undefined ? { comments: post.comments } : {}),
    ...(post.meta !== undefined ? { meta: post.meta } : {}),
    ...(post.origin.length > 0 ? { origin: post.origin } : {}),
    ...(post.series !== undefined ? { series: post.series } : {}),
    source: post.source,
    ...(post.extra !== undefined ? { extra: post.extra } : {}),
  };
  const tags = tagNames(post);
  return {
    id: post.id,
    ...(post.url !== undefined ? { url: post.url } : {}),
    ...(post.title !== undefined ? { title: post.title } : {}),
    // JSON Feed needs content_html or content_text; without full content the excerpt stands in.
    ...(post.contentHtml !== undefined
      ? { content_html: post.contentHtml }
      : { content_text: post.excerpt }),
    ...(post.excerpt !== '' ? { summary: post.excerpt } : {}),
    ...(post.image !== undefined ? { image: post.image } : {}),
    ...(published !== undefined ? { date_published: published } : {}),
    ...(modified !== undefined ? { date_modified: modified } : {}),
    ...(post.authors.length > 0 ? { authors: post.authors.map(toAuthor) } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(post.language !== undefined ? { language: post.language } : {}),
    ...(post.attachments !== undefined ? { attachments: post.attachments.map(toAttachment) } : {}),
    [EXTENSION_KEY]: extension,
  };
}

/**
 * Writes posts as a JSON Feed 1.1 document. Standard fields are used wherever JSON Feed has one
 * (`id`, `url`, `title`, `content_html`, `summary`, `date_published`, `date_modified`, `authors`,
 * `tags`, `image`, `language`, `attachments`), so any JSON Feed reader shows the posts; the rest (origin, series
 * membership, source, categories and tags with slugs, calendar-date-only dates, ...) rides in
 * each item's `_competencyworks` object, so {@link readJsonFeed} reads the posts back exactly.
 * Pure: it returns the document; `JSON.stringify` it to write a file.
 *
 * @param posts - The posts, in the order the items should appear.
 * @param options - Feed-level fields: `title` (required), URLs, description, language, authors
 *   and extra fields for the feed-level `_competencyworks` object.
 * @returns The feed document.
 * @example
 * toJsonFeed([post], { title: 'CompetencyWorks', home_page_url: 'https://www.competencyworks.org/' });
 * //=> {
 * //   version: 'https://jsonfeed.org/version/1.1',
 * //   title: 'CompetencyWorks',
 * //   home_page_url: 'https://www.competencyworks.org/',
 * //   _competencyworks: { about: 'https://github.com/...#the-_competencyworks-extension', version: 1 },
 * //   items: [{ id: post.id, title: post.title, content_text: post.excerpt, summary: post.excerpt,
 * //             date_published: '2016-12-19T12:00:00Z',
 * //             _competencyworks: { about: '...', published: '2016-12-19', source: post.source } }],
 * // }
 */
export function toJsonFeed(posts: readonly Post[], options: JsonFeedOptions): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: options.title,
    ...(options.home_page_url !== undefined ? { home_page_url: options.home_page_url } : {}),
    ...(options.feed_url !== undefined ? { feed_url: options.feed_url } : {}),
    ...(options.next_url !== undefined ? { next_url: options.next_url } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(options.icon !== undefined ? { icon: options.icon } : {}),
    ...(options.favicon !== undefined ? { favicon: options.favicon } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
    ...(options.authors !== undefined && options.authors.length > 0
      ? { authors: options.authors.map(toAuthor) }
      : {}),
    [EXTENSION_KEY]: {
      about: EXTENSION_ABOUT,
      version: EXTENSION_VERSION,
      ...withoutOwnKeys(options.extension),
    },
    items: posts.map(toItem),
  };
}
