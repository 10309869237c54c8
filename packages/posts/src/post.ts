import {
  type CalendarDate,
  type Evidence,
  type Instant,
  type Person,
  type Result,
  safeValidate,
  validate,
} from '@competencyworks/core';
import type * as v from 'valibot';
import {
  attachmentObjectSchema,
  commentObjectSchema,
  originObjectSchema,
  postPipeSchema,
  postSourceObjectSchema,
  seriesMembershipObjectSchema,
  SOURCE_FORMATS as sourceFormats,
  termObjectSchema,
} from './_lib/postObjectSchemas';

/**
 * Every {@link SourceFormat}, for option lists and checks (the `cw --format` choices use it).
 *
 * @example
 * SOURCE_FORMATS.includes('wxr'); //=> true
 */
export const SOURCE_FORMATS: readonly SourceFormat[] = sourceFormats;

/**
 * The source formats a post can be read from.
 *
 * @example
 * const format: SourceFormat = 'archive-text';
 */
export type SourceFormat =
  | 'archive-text'
  | 'archive-html'
  | 'rss'
  | 'atom'
  | 'wordpress-rest'
  | 'wxr'
  | 'json-feed';

/**
 * Where a post was read from, so a problem can be traced back to the input.
 *
 * @example
 * const source: PostSource = { format: 'archive-text', line: 153 };
 */
export interface PostSource {
  format: SourceFormat;
  /** A file name or URL, when the caller gave one. */
  file?: string;
  /** 1-based line where the post starts in the input text. */
  line?: number;
  /** 0-based index of the item in the input. */
  index?: number;
  /** The id the source gave the item (guid, REST id, JSON Feed id). */
  id?: string;
  /** The raw byline line exactly as the source shows it, e.g. "August 18, 2016 by". */
  byline?: string;
}

/**
 * A category or tag: its display name and, when the source gives one, its slug.
 *
 * @example
 * const term: Term = { name: 'New England', slug: 'new-england' };
 */
export interface Term {
  name: string;
  slug?: string;
}

/**
 * Where a republished post first appeared ("This post originally appeared at Getting Smart on July 25, 2016.").
 *
 * @example
 * const origin: Origin = {
 *   publisher: 'Getting Smart',
 *   date: '2016-07-25',
 *   evidence: {
 *     postId: post.id,
 *     field: 'excerpt',
 *     sentence: 'This post originally appeared at Getting Smart on July 25, 2016.',
 *     start: 0,
 *     end: 64,
 *     rule: 'origin.originally-appeared',
 *   },
 * };
 */
export interface Origin {
  /** The publisher as written: "Getting Smart", "Courtney Belolan's website". */
  publisher: string;
  /** The link on the publisher's name, when the source is HTML. */
  url?: string;
  /** The date it first appeared. */
  date?: CalendarDate;
  /** The sentence it came from, its place in the post and the rule that matched. */
  evidence: Evidence;
}

/**
 * How a post belongs to a series: which series, which part, and why we think so.
 *
 * @example
 * const membership: SeriesMembership = {
 *   seriesId: 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 *   position: 24,
 *   evidence: {
 *     postId: 'cw-2016-12-20-continuous-improvement-and-innovation',
 *     field: 'content',
 *     sentence: 'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
 *     start: 0,
 *     end: 127,
 *     rule: 'series.ordinal-article-in-series',
 *   },
 * };
 */
export interface SeriesMembership {
  /** The series' stable slug id. */
  seriesId: string;
  /** The part number, when the text gives one ("twenty-fourth" gives 24). */
  position?: number;
  evidence: Evidence;
}

/**
 * A file that goes with a post: a podcast episode, a video, a PDF (RSS `<enclosure>`,
 * `media:content`, Atom `link rel="enclosure"`, WordPress's `enclosure` meta, JSON Feed
 * `attachments`).
 *
 * @example
 * const attachment: Attachment = {
 *   url: 'https://example.org/wp-content/uploads/2016/12/episode-1.mp3',
 *   mimeType: 'audio/mpeg',
 *   sizeInBytes: 12345678,
 * };
 */
export interface Attachment {
  /** An absolute http(s) URL. */
  url: string;
  /** The media type the source gives, else the one the file's extension implies. */
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

/**
 * An approved comment on a post, read only when the reader is asked to (`includeComments`):
 * comments are other people's words. Never the commenter's e-mail or IP address.
 *
 * @example
 * const comment: PostComment = {
 *   id: '12',
 *   author: 'Reader One',
 *   published: '2016-12-23T12:00:00Z',
 *   contentHtml: '<p>A public comment.</p>',
 * };
 */
export interface PostComment {
  /** The id the source gave the comment. */
  id?: string;
  /** The id of the comment this one answers. */
  parentId?: string;
  /** The name the commenter gave. */
  author: string;
  /** The website the commenter gave. */
  authorUrl?: string;
  published?: Instant | CalendarDate;
  /** The comment as sanitised HTML, paragraphs formatted as WordPress shows them. */
  contentHtml: string;
}

/**
 * WordPress publication status, when the source says (WXR and REST do).
 *
 * @example
 * const status: PostStatus = 'publish';
 */
export type PostStatus =
  | 'publish'
  | 'draft'
  | 'future'
  | 'pending'
  | 'private'
  | 'trash'
  | 'inherit';

/**
 * One blog post, read from any source format.
 *
 * @example
 * const post: Post = {
 *   id: 'cw-2016-12-19-january-11th-webinar-advancing-competency-education-in-new-england',
 *   title: 'January 11th Webinar: Advancing Competency Education in New England',
 *   published: '2016-12-19',
 *   authors: [],
 *   excerpt: 'CompetencyWorks is hosting a Leadership webinar ...',
 *   categories: [],
 *   tags: [],
 *   origin: [],
 *   source: { format: 'archive-text', line: 153 },
 * };
 */
export interface Post {
  /** Stable id: the source's id or guid, else derived from the date and title. */
  id: string;
  /** The permalink. Archive text pages carry no links, so it is absent there. */
  url?: string;
  slug?: string;
  /**
   * Plain text, entities decoded, typography kept as published. Absent when the source gives none:
   * RSS 2.0 and JSON Feed make an item's title optional, and WordPress publishes untitled asides,
   * status updates and links.
   */
  title?: string;
  /** An instant when the source gives a time and zone, a calendar date when only a date, absent when none. */
  published?: Instant | CalendarDate;
  modified?: Instant | CalendarDate;
  authors: Person[];
  /** Plain text. Paragraphs are separated by a blank line; list items start with "- ". */
  excerpt: string;
  /** Full content as HTML, sanitised to an allow-list (no scripts, no event handlers, no `javascript:` URLs). */
  contentHtml?: string;
  categories: Term[];
  tags: Term[];
  /** Featured image URL. */
  image?: string;
  /**
   * The featured image's caption: the attachment's caption in a WXR export or REST response, or
   * the one an archive page glued to the text ("Student Voices" in "Student VoicesThis post...").
   */
  imageCaption?: string;
  /** Files that go with the post (enclosures): podcast audio, video, documents. */
  attachments?: Attachment[];
  /** BCP 47 language tag, e.g. `en-US`. */
  language?: string;
  /** The "(more...)" link to the rest of the post. */
  continuationUrl?: string;
  status?: PostStatus;
  /** The number of approved comments. */
  commentCount?: number;
  /** Approved comments, only when the reader was asked for them (`includeComments`). */
  comments?: PostComment[];
  /** Post meta from a WXR export (`wp:postmeta`), key to value. */
  meta?: Record<string, string>;
  origin: Origin[];
  series?: SeriesMembership;
  source: PostSource;
  /**
   * Fields the input had that this model does not define, kept rather than dropped. `parsePost`
   * moves unknown top-level fields here; parsers put source fields they do not map here too.
   */
  extra?: Record<string, unknown>;
}

/**
 * Validates a {@link Term}: a non-empty name and, when given, a non-empty slug.
 *
 * @example
 * v.parse(TermSchema, { name: 'Leadership', slug: 'leadership' });
 * //=> { name: 'Leadership', slug: 'leadership' }
 */
export const TermSchema: v.GenericSchema<unknown, Term> = termObjectSchema;

/**
 * Validates an {@link Attachment}: an http(s) URL, a media type and, when given, a title, a whole
 * size in bytes and a duration in seconds.
 *
 * @example
 * v.parse(AttachmentSchema, { url: 'https://example.org/episode-1.mp3', mimeType: 'audio/mpeg' });
 * //=> { url: 'https://example.org/episode-1.mp3', mimeType: 'audio/mpeg' }
 */
export const AttachmentSchema: v.GenericSchema<unknown, Attachment> = attachmentObjectSchema;

/**
 * Validates a {@link PostComment}: the commenter's name, safe HTML and, when given, ids, an
 * http(s) website and a date.
 *
 * @example
 * v.parse(PostCommentSchema, { author: 'Reader One', contentHtml: '<p>Thanks!</p>' });
 * //=> { author: 'Reader One', contentHtml: '<p>Thanks!</p>' }
 */
export const PostCommentSchema: v.GenericSchema<unknown, PostComment> = commentObjectSchema;

/**
 * Validates an {@link Origin}: the publisher, an optional http(s) URL and calendar date, and the
 * evidence it was read from.
 *
 * @example
 * v.parse(OriginSchema, { publisher: 'Getting Smart', date: '2016-07-25', evidence });
 * //=> { publisher: 'Getting Smart', date: '2016-07-25', evidence }
 */
export const OriginSchema: v.GenericSchema<unknown, Origin> = originObjectSchema;

/**
 * Validates a {@link SeriesMembership}: a series id, an optional whole position of 1 or more and
 * the evidence.
 *
 * @example
 * v.parse(SeriesMembershipSchema, { seriesId: 'implementing-competency-education', position: 24, evidence });
 * //=> { seriesId: 'implementing-competency-education', position: 24, evidence }
 */
export const SeriesMembershipSchema: v.GenericSchema<unknown, SeriesMembership> =
  seriesMembershipObjectSchema;

/**
 * Validates a {@link PostSource}: a known format and, optionally, file, 1-based line, 0-based
 * index, source id and raw byline.
 *
 * @example
 * v.parse(PostSourceSchema, { format: 'archive-text', line: 153 });
 * //=> { format: 'archive-text', line: 153 }
 */
export const PostSourceSchema: v.GenericSchema<unknown, PostSource> = postSourceObjectSchema;

/**
 * Validates a {@link Post}. Beyond the field types it checks that the title, when given, is not empty, that
 * `published` and `modified` are an ISO 8601 instant with offset or a calendar date, that every
 * URL is http or https, and that `contentHtml` holds no `<script>`, no `on*` event handler and no
 * `javascript:` URL (parsers sanitise first; this is the guard). Unknown top-level fields are
 * moved into `extra` rather than dropped; nested records refuse unknown fields.
 *
 * @example
 * v.parse(PostSchema, { ...post, wordCount: 420 });
 * //=> { ...post, extra: { wordCount: 420 } }
 */
export const PostSchema: v.GenericSchema<unknown, Post> = postPipeSchema;

/**
 * Validates anything (typically JSON) as a {@link Post} and returns it, or throws a
 * `ParseError` whose message names the field, what was expected and what was found.
 *
 * @param input - The value to check.
 * @returns The post, with unknown top-level fields moved into `extra`.
 * @throws {ParseError} When the input is not a valid post.
 * @example
 * parsePost({ ...post, published: 'Aug 18' });
 * //=> throws ParseError 'published: expected an ISO 8601 instant with offset or a calendar date like 2016-08-18, got "Aug 18"'
 */
export function parsePost(input: unknown): Post {
  return validate(PostSchema, input);
}

/**
 * Like {@link parsePost}, but returns a `Result` and never throws.
 *
 * @param input - The value to check.
 * @returns `{ success: true, output }` or `{ success: false, error }` with the `ParseError`.
 * @example
 * safeParsePost({ ...post, title: '' });
 * //=> { success: false, error: ParseError 'title: expected a title, not an empty string, got ""' }
 */
export function safeParsePost(input: unknown): Result<Post> {
  return safeValidate(PostSchema, input);
}
