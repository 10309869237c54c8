import {
  collapseWhitespace,
  decodeEntities,
  formatPath,
  isCalendarDate,
  isInstant,
  type Person,
  parseUrl,
  readItemId,
  readItemList,
  readItemText,
} from '@competencyworks/core';
import * as v from 'valibot';
import { type Attachment, type Post, safeParsePost, type Term } from '../post';
import { findUnsafeHtml } from './findUnsafeHtml';
import { htmlToText } from './htmlToText';
import { EXTENSION_KEY } from './jsonFeedConstants';
import { isJsonObject, type JsonItemContext, readField, reportAt, reportField } from './jsonField';
import { mimeTypeOf } from './mimeTypes';
import { sanitizeHtml } from './sanitizeHtml';

/** What an item inherits from its feed, and how to resolve its relative URLs. */
export interface JsonFeedItemContext extends JsonItemContext {
  baseUrl?: string;
  feedAuthors?: unknown;
  feedLanguage?: string;
  file?: string;
}

/** The JSON Feed item fields this reader maps onto a post; anything else goes into `extra`. */
const ITEM_FIELDS = new Set([
  'id',
  'url',
  'title',
  'content_html',
  'content_text',
  'summary',
  'image',
  'date_published',
  'date_modified',
  'authors',
  'author',
  'tags',
  'language',
  'attachments',
  EXTENSION_KEY,
]);

/** The extension fields copied onto the post as they are; `PostSchema` checks them at the end. */
const EXTENSION_FIELDS = [
  'slug',
  'imageCaption',
  'continuationUrl',
  'status',
  'commentCount',
  'comments',
  'meta',
  'series',
  'source',
  'extra',
] as const;
const KNOWN_EXTENSION_FIELDS = new Set<string>([
  ...EXTENSION_FIELDS,
  'about',
  'published',
  'modified',
  'categories',
  'tags',
  'origin',
]);

/** Where a post field came from in the item, for error paths a person can find in the file. */
const STANDARD_FIELD_PATHS: Record<string, string> = {
  id: 'id',
  url: 'url',
  title: 'title',
  contentHtml: 'content_html',
  excerpt: 'summary',
  image: 'image',
  language: 'language',
  authors: 'authors',
};

/** A JSON Feed date: RFC 3339, read leniently ("z" or "t" in lower case, a bare calendar date). */
function readDate(
  context: JsonItemContext,
  item: Record<string, unknown>,
  key: string,
): string | undefined {
  const raw = readItemText(item, [key], reportField(context));
  if (raw === undefined) return undefined;
  const upper = raw.trim().toUpperCase();
  if (isInstant(upper) || isCalendarDate(upper)) return upper;
  reportAt(context, [key], {
    code: 'invalid-date',
    severity: 'warning',
    message: `expected an RFC 3339 date-time like 2016-12-19T14:05:00Z, got ${JSON.stringify(raw)}; value dropped`,
  });
  return undefined;
}

/** An http(s) URL: kept as written when absolute, else resolved against the feed's URL. */
function resolveUrl(
  context: JsonFeedItemContext,
  raw: string,
  keys: readonly (string | number)[],
): string | undefined {
  if (parseUrl(raw) !== undefined) return raw;
  const resolved = context.baseUrl === undefined ? undefined : parseUrl(raw, context.baseUrl);
  if (resolved === undefined) {
    reportAt(context, keys, {
      code: 'invalid-url',
      severity: 'warning',
      message: `expected an http or https URL, got ${JSON.stringify(raw)}; value dropped`,
    });
  }
  return resolved;
}

function readUrl(
  context: JsonFeedItemContext,
  item: Record<string, unknown>,
  key: string,
): string | undefined {
  const raw = readItemText(item, [key], reportField(context));
  return raw === undefined ? undefined : resolveUrl(context, raw, [key]);
}

const byteCount = v.pipe(
  v.number('expected a whole number of bytes'),
  v.integer('expected a whole number of bytes'),
  v.minValue(0, 'expected a whole number of bytes'),
);
const seconds = v.pipe(
  v.number('expected a number of seconds'),
  v.minValue(0, 'expected a number of seconds'),
);

/**
 * JSON Feed `attachments`: each with an http(s) URL (relative ones resolved against the feed)
 * and a media type (JSON Feed requires one; a missing one is taken from the file's extension).
 */
function readAttachments(
  context: JsonFeedItemContext,
  item: Record<string, unknown>,
): Attachment[] | undefined {
  const list = readField(
    context,
    item,
    ['attachments'],
    v.array(v.unknown(), 'expected a list of attachments'),
  );
  if (list === undefined) return undefined;
  const attachments: Attachment[] = [];
  list.forEach((value, index) => {
    const at = ['attachments', index];
    if (!isJsonObject(value)) {
      reportAt(context, at, {
        code: 'invalid-attachment',
        severity: 'warning',
        message: 'expected an attachment object; attachment skipped',
      });
      return;
    }
    const report = reportField(context);
    const raw = readItemText(item, [...at, 'url'], report);
    const url = raw === undefined ? undefined : resolveUrl(context, raw, [...at, 'url']);
    if (url === undefined) return;
    const mimeType =
      readItemText(item, [...at, 'mime_type'], report)?.trim() ||
      mimeTypeOf(url) ||
      'application/octet-stream';
    const title = readItemText(item, [...at, 'title'], report)?.trim();
    const size = readField(context, item, [...at, 'size_in_bytes'], byteCount);
    const duration = readField(context, item, [...at, 'duration_in_seconds'], seconds);
    attachments.push({
      url,
      mimeType,
      ...(title ? { title } : {}),
      ...(size !== undefined ? { sizeInBytes: size } : {}),
      ...(duration !== undefined ? { durationInSeconds: duration } : {}),
    });
  });
  return attachments.length > 0 ? attachments : undefined;
}

function readAuthors(
  context: JsonFeedItemContext,
  value: unknown,
  keys: readonly (string | number)[],
  decode: boolean,
): Person[] {
  const list = Array.isArray(value) ? value : [value];
  const people: Person[] = [];
  list.forEach((author, index) => {
    const at = Array.isArray(value) ? [...keys, index] : keys;
    const record = isJsonObject(author) ? author : {};
    const report = reportField(context, at);
    // A name of the wrong kind is reported as that (once), a missing one as a nameless author.
    let wrongName = false;
    const rawName =
      readItemText(record, ['name'], (...problem) => {
        wrongName = true;
        report(...problem);
      }) ?? '';
    const name = decode ? collapseWhitespace(decodeEntities(rawName)) : rawName;
    if (name.trim() === '') {
      if (wrongName) return;
      reportAt(context, at, {
        code: 'author-without-name',
        severity: 'warning',
        message: 'expected an author with a name, got none; author skipped',
      });
      return;
    }
    const rawUrl = readItemText(record, ['url'], report);
    const url = rawUrl === undefined ? undefined : resolveUrl(context, rawUrl, [...at, 'url']);
    people.push(url === undefined ? { name } : { name, url });
  });
  return people;
}

/**
 * Reads one JSON Feed item as a post. An item written by `toJsonFeed` (it has a
 * `_competencyworks` object) is read back exactly; any other item is mapped the way a JSON Feed
 * reader would, with HTML sanitised, entities decoded and unmapped fields kept in `extra`.
 * Returns undefined, with an issue, when the item cannot be a valid post.
 */
export function readJsonFeedItem(item: unknown, context: JsonFeedItemContext): Post | undefined {
  if (!isJsonObject(item)) {
    reportAt(context, [], {
      code: 'invalid-item',
      message: `expected an item object, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}; item skipped`,
    });
    return undefined;
  }
  const rawExtension = item[EXTENSION_KEY];
  const extension = isJsonObject(rawExtension) ? rawExtension : undefined;
  const ours = extension !== undefined;
  const consumed = new Set(
    Object.keys(item).filter((key) => ITEM_FIELDS.has(key) && key !== 'content_text'),
  );
  if (rawExtension !== undefined && !ours) {
    consumed.delete(EXTENSION_KEY);
    reportAt(context, [EXTENSION_KEY], {
      code: 'invalid-extension',
      severity: 'warning',
      message:
        'expected an object, so the item was read as a plain JSON Feed item; value kept in extra',
    });
  }

  const report = reportField(context);
  let id = readItemId(item, report);
  const url = readUrl(context, item, 'url');
  if (id === undefined || id.trim() === '') {
    if (url === undefined) {
      reportAt(context, ['id'], {
        code: 'missing-id',
        message: 'expected an id (or at least a url), got none; item skipped',
      });
      return undefined;
    }
    reportAt(context, ['id'], {
      code: 'missing-id',
      severity: 'warning',
      message: 'expected an id, got none; the url is used instead',
    });
    id = url;
  }

  let contentHtml = readItemText(item, ['content_html'], report);
  if (contentHtml !== undefined && (!ours || findUnsafeHtml(contentHtml) !== undefined)) {
    const unsafe = findUnsafeHtml(contentHtml);
    contentHtml = sanitizeHtml(contentHtml, context.baseUrl);
    if (unsafe !== undefined) {
      reportAt(context, ['content_html'], {
        code: 'unsafe-html',
        severity: 'warning',
        message: `expected safe HTML, found ${unsafe}; sanitised`,
      });
    }
  }
  const contentText = readItemText(item, ['content_text'], report);
  const summary = readItemText(item, ['summary'], report);
  let excerpt: string;
  if (ours) {
    excerpt = summary ?? '';
    // The writer puts the excerpt in content_text when a post has no HTML content.
    if (contentText !== undefined && contentHtml === undefined && contentText === excerpt) {
      consumed.add('content_text');
    }
  } else if (summary !== undefined) {
    excerpt = decodeEntities(summary).trim();
  } else if (contentText !== undefined) {
    excerpt = contentText.trim();
    consumed.add('content_text');
  } else {
    // The structured text (paragraphs, list items), not the widgets' one line: a Post's excerpt
    // is what extractors read and count offsets in.
    excerpt = contentHtml === undefined ? '' : htmlToText(contentHtml).text;
  }

  const rawTitle = readItemText(item, ['title'], report);
  // JSON Feed makes `title` optional (microblog posts have none): an untitled item stays untitled.
  const title =
    rawTitle === undefined || ours ? rawTitle : collapseWhitespace(decodeEntities(rawTitle));

  const published =
    (ours ? readItemText(item, [EXTENSION_KEY, 'published'], report) : undefined) ??
    readDate(context, item, 'date_published');
  const modified =
    (ours ? readItemText(item, [EXTENSION_KEY, 'modified'], report) : undefined) ??
    readDate(context, item, 'date_modified');

  let authors: Person[];
  if (item.authors !== undefined) authors = readAuthors(context, item.authors, ['authors'], !ours);
  else if (!ours && item.author !== undefined)
    authors = readAuthors(context, item.author, ['author'], true);
  else if (!ours && context.feedAuthors !== undefined) {
    authors = readAuthors(context, context.feedAuthors, [], true);
  } else authors = [];
  if (ours && item.author !== undefined) consumed.delete('author');

  // A tag of the wrong kind is dropped on its own; the item's other tags are kept.
  const tagList = (readItemList(item, ['tags'], report, 'a list of tags') ?? []).flatMap(
    (_, index) => readItemText(item, ['tags', index], report) ?? [],
  );
  let categories: Term[] = [];
  let tags: Term[];
  if (ours) {
    categories = (extension.categories as Term[] | undefined) ?? [];
    tags = (extension.tags as Term[] | undefined) ?? [];
  } else {
    const names = tagList.map((name) => collapseWhitespace(decodeEntities(name))).filter(Boolean);
    tags = [...new Set(names)].map((name) => ({ name }));
  }

  const image = readUrl(context, item, 'image');
  const attachments = readAttachments(context, item);
  const language =
    readItemText(item, ['language'], report) ?? (ours ? undefined : context.feedLanguage);

  const extra: Record<string, unknown> = {};
  if (ours && isJsonObject(extension.extra)) Object.assign(extra, extension.extra);
  for (const [key, value] of Object.entries(item)) {
    if (!consumed.has(key)) extra[key] = value;
  }
  if (ours) {
    const unknownFields = Object.entries(extension).filter(
      ([key]) => !KNOWN_EXTENSION_FIELDS.has(key),
    );
    if (unknownFields.length > 0) {
      reportAt(context, [EXTENSION_KEY], {
        code: 'unknown-extension-field',
        severity: 'warning',
        message: `expected only known ${EXTENSION_KEY} fields, got ${unknownFields.map(([key]) => key).join(', ')}; kept in extra.${EXTENSION_KEY}`,
      });
      extra[EXTENSION_KEY] = Object.fromEntries(unknownFields);
    }
  }

  const fromExtension: Record<string, unknown> = {};
  if (ours) {
    for (const key of EXTENSION_FIELDS) {
      if (extension[key] !== undefined && key !== 'extra') fromExtension[key] = extension[key];
    }
  }
  const candidate = {
    id,
    ...(url !== undefined ? { url } : {}),
    ...(title !== undefined && title !== '' ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(modified !== undefined ? { modified } : {}),
    authors,
    excerpt,
    ...(contentHtml !== undefined && (ours || contentHtml !== '') ? { contentHtml } : {}),
    categories,
    tags,
    ...(image !== undefined ? { image } : {}),
    ...(attachments !== undefined ? { attachments } : {}),
    ...(language !== undefined ? { language } : {}),
    origin: ours ? (extension.origin ?? []) : [],
    source: {
      format: 'json-feed',
      index: context.index,
      id,
      ...(context.file !== undefined ? { file: context.file } : {}),
    },
    ...fromExtension,
    // An empty `extra` the writer was given is kept, so the round trip is exact.
    ...(Object.keys(extra).length > 0 || (ours && isJsonObject(extension.extra)) ? { extra } : {}),
  };

  const result = safeParsePost(candidate);
  if (result.success) return result.output;
  for (const issue of result.error.issues) {
    const field = issue.path?.split(/[.[]/)[0] ?? '';
    const rest = issue.path?.slice(field.length) ?? '';
    const where =
      field === 'published' || field === 'modified'
        ? ours && extension[field] !== undefined
          ? `${EXTENSION_KEY}.${field}`
          : `date_${field}`
        : (STANDARD_FIELD_PATHS[field] ?? (field ? `${EXTENSION_KEY}.${field}` : ''));
    const path = formatPath(context.path) + (where ? `.${where}${rest}` : '');
    context.issues.push({
      code: issue.code,
      severity: 'error',
      message: `${issue.message}; item skipped`,
      ...(path ? { path } : {}),
      index: context.index,
    });
  }
  return undefined;
}
