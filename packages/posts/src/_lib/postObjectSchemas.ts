import {
  CalendarDateSchema,
  EvidenceSchema,
  HttpUrlSchema,
  isCalendarDate,
  isInstant,
  objectMessage,
  PersonSchema,
} from '@competencyworks/core';
import * as v from 'valibot';
import { findUnsafeHtml } from './findUnsafeHtml';

// The un-annotated schemas behind `PostSchema` and friends. `post.ts` re-exports them annotated
// with the interfaces; `post.test-d.ts` proves the inferred outputs equal those interfaces.

const nonEmpty = (what: string) =>
  v.pipe(
    v.string(`expected ${what}`),
    v.check((value) => value.trim().length > 0, `expected ${what}, not an empty string`),
  );

const DATE_MESSAGE = 'expected an ISO 8601 instant with offset or a calendar date like 2016-08-18';

/** An instant when the source gives a time and zone, a calendar date when it gives only a day. */
export const postDateSchema = v.pipe(
  v.string(DATE_MESSAGE),
  v.check((value) => isInstant(value) || isCalendarDate(value), DATE_MESSAGE),
);

export const SOURCE_FORMATS = [
  'archive-text',
  'archive-html',
  'rss',
  'atom',
  'wordpress-rest',
  'wxr',
  'json-feed',
] as const;

export const POST_STATUSES = [
  'publish',
  'draft',
  'future',
  'pending',
  'private',
  'trash',
  'inherit',
] as const;

export const termObjectSchema = v.strictObject(
  {
    name: nonEmpty('a term name'),
    slug: v.exactOptional(nonEmpty('a term slug')),
  },
  objectMessage('a term'),
);

export const originObjectSchema = v.strictObject(
  {
    publisher: nonEmpty('the publisher it first appeared at'),
    url: v.exactOptional(HttpUrlSchema),
    date: v.exactOptional(CalendarDateSchema),
    evidence: EvidenceSchema,
  },
  objectMessage('an origin'),
);

export const seriesMembershipObjectSchema = v.strictObject(
  {
    seriesId: nonEmpty('a series id'),
    position: v.exactOptional(
      v.pipe(
        v.number('expected a part number'),
        v.integer('expected a whole part number'),
        v.minValue(1, 'expected a part number of 1 or more'),
      ),
    ),
    evidence: EvidenceSchema,
  },
  objectMessage('a series membership'),
);

export const attachmentObjectSchema = v.strictObject(
  {
    url: HttpUrlSchema,
    mimeType: nonEmpty('a media type like audio/mpeg'),
    title: v.exactOptional(nonEmpty('an attachment title')),
    sizeInBytes: v.exactOptional(
      v.pipe(
        v.number('expected a size in bytes'),
        v.integer('expected a whole number of bytes'),
        v.minValue(0, 'expected a size of 0 bytes or more'),
      ),
    ),
    durationInSeconds: v.exactOptional(
      v.pipe(
        v.number('expected a duration in seconds'),
        v.minValue(0, 'expected a duration of 0 seconds or more'),
      ),
    ),
  },
  objectMessage('an attachment'),
);

export const postSourceObjectSchema = v.strictObject(
  {
    format: v.picklist(SOURCE_FORMATS, `expected one of ${SOURCE_FORMATS.join(', ')}`),
    file: v.exactOptional(nonEmpty('a file name or URL')),
    line: v.exactOptional(
      v.pipe(v.number(), v.integer(), v.minValue(1, 'expected a 1-based line number')),
    ),
    index: v.exactOptional(
      v.pipe(v.number(), v.integer(), v.minValue(0, 'expected a 0-based item index')),
    ),
    id: v.exactOptional(v.string('expected the id the source gave the item')),
    byline: v.exactOptional(v.string('expected the byline as the source shows it')),
  },
  objectMessage('a post source'),
);

// Intl.getCanonicalLocales costs more than the rest of a post's validation, and a feed repeats
// one language on every post, so each distinct tag is checked once (bounded: a hostile input
// with many distinct tags only refills the cache).
const languageTagCache = new Map<string, boolean>();

/** Whether `value` is a BCP 47 language tag with an ISO 639 language, like `en-US`. */
export function isLanguageTag(value: string): boolean {
  const cached = languageTagCache.get(value);
  if (cached !== undefined) return cached;
  // ISO 639 languages only: BCP 47's 5-8 letter primary subtags are reserved, and "English" would pass them.
  let valid = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value);
  if (valid) {
    try {
      valid = Intl.getCanonicalLocales(value).length === 1;
    } catch {
      valid = false;
    }
  }
  if (languageTagCache.size >= 256) languageTagCache.clear();
  languageTagCache.set(value, valid);
  return valid;
}

export const contentHtmlSchema = v.pipe(
  v.string('expected HTML'),
  v.check(
    (html) => findUnsafeHtml(html) === undefined,
    (issue) =>
      `expected HTML without <script>, on* event handlers or javascript: URLs (found ${findUnsafeHtml(
        String(issue.input),
      )})`,
  ),
);

export const commentObjectSchema = v.strictObject(
  {
    id: v.exactOptional(nonEmpty('a comment id')),
    parentId: v.exactOptional(nonEmpty('the id of the comment it answers')),
    author: nonEmpty("the commenter's name"),
    authorUrl: v.exactOptional(HttpUrlSchema),
    published: v.exactOptional(postDateSchema),
    contentHtml: contentHtmlSchema,
  },
  objectMessage('a comment'),
);

export const postEntries = {
  id: nonEmpty('a post id'),
  url: v.exactOptional(HttpUrlSchema),
  slug: v.exactOptional(nonEmpty('a slug')),
  title: v.exactOptional(nonEmpty('a title')),
  published: v.exactOptional(postDateSchema),
  modified: v.exactOptional(postDateSchema),
  authors: v.array(PersonSchema, 'expected a list of authors'),
  excerpt: v.string('expected the excerpt as plain text'),
  contentHtml: v.exactOptional(contentHtmlSchema),
  categories: v.array(termObjectSchema, 'expected a list of categories'),
  tags: v.array(termObjectSchema, 'expected a list of tags'),
  image: v.exactOptional(HttpUrlSchema),
  imageCaption: v.exactOptional(v.string('expected an image caption')),
  attachments: v.exactOptional(v.array(attachmentObjectSchema, 'expected a list of attachments')),
  language: v.exactOptional(
    v.pipe(
      v.string('expected a BCP 47 language tag like en-US'),
      v.check(isLanguageTag, 'expected a BCP 47 language tag like en-US'),
    ),
  ),
  continuationUrl: v.exactOptional(HttpUrlSchema),
  status: v.exactOptional(v.picklist(POST_STATUSES, `expected one of ${POST_STATUSES.join(', ')}`)),
  commentCount: v.exactOptional(
    v.pipe(
      v.number('expected a comment count'),
      v.integer('expected a whole comment count'),
      v.minValue(0, 'expected a comment count of 0 or more'),
    ),
  ),
  comments: v.exactOptional(v.array(commentObjectSchema, 'expected a list of comments')),
  meta: v.exactOptional(
    v.pipe(
      v.unknown(),
      v.check((value) => !Array.isArray(value), 'expected an object of meta values'),
      v.record(
        v.string(),
        v.string('expected a string meta value'),
        'expected an object of meta values',
      ),
    ),
  ),
  origin: v.array(originObjectSchema, 'expected a list of origins'),
  series: v.exactOptional(seriesMembershipObjectSchema),
  source: postSourceObjectSchema,
  extra: v.exactOptional(
    v.pipe(
      v.unknown(),
      v.check((value) => !Array.isArray(value), 'expected an object of extra fields'),
      v.record(v.string(), v.unknown(), 'expected an object of extra fields'),
    ),
  ),
};

/** The post object itself. After `moveUnknownFieldsIntoExtra` only a clash with `extra` is left unknown. */
export const postObjectSchema = v.strictObject(
  postEntries,
  objectMessage('a post', 'expected this field only once: extra already has a field of this name'),
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Moves the fields a post does not define into its `extra` record, so input from a newer writer
 * or another tool is kept, not dropped. A field already in `extra` under the same name stays
 * where it is, and the schema then reports it rather than overwrite either value.
 */
export function moveUnknownFieldsIntoExtra(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
  const unknownKeys = Object.keys(input).filter((key) => !Object.hasOwn(postEntries, key));
  if (unknownKeys.length === 0) return input;
  const extra = input.extra;
  if (extra !== undefined && !isPlainObject(extra)) return input;
  const known: [string, unknown][] = [];
  const moved: [string, unknown][] = Object.entries(extra ?? {});
  for (const entry of Object.entries(input)) {
    const [key] = entry;
    if (Object.hasOwn(postEntries, key) || (extra !== undefined && Object.hasOwn(extra, key))) {
      known.push(entry);
    } else {
      moved.push(entry);
    }
  }
  // fromEntries defines properties, so a "__proto__" key from JSON.parse stays a plain field.
  return { ...Object.fromEntries(known), extra: Object.fromEntries(moved) };
}

export const postPipeSchema = v.pipe(
  v.unknown(),
  v.transform(moveUnknownFieldsIntoExtra),
  postObjectSchema,
);
