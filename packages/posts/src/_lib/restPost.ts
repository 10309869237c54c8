import {
  decodeEntities,
  isCalendarDate,
  isInstant,
  type Person,
  parseUrl,
} from '@competencyworks/core';
import * as v from 'valibot';
import type { Post, PostStatus, Term } from '../post';
import { decodeSlug } from './decodeSlug';
import { htmlToText } from './htmlToText';
import { checkValue, isJsonObject, type JsonItemContext, readField, reportAt } from './jsonField';
import { POST_STATUSES } from './postObjectSchemas';
import { sanitizeHtml } from './sanitizeHtml';

/** What the REST mapper needs besides the item: where it is and what the caller told us. */
export interface RestItemContext extends JsonItemContext {
  file?: string;
  baseUrl?: string;
}

const text = v.string('expected a string');
const idSchema = v.pipe(
  v.number('expected a whole number id'),
  v.integer('expected a whole number id'),
  v.minValue(0, 'expected a whole number id'),
);
const idListSchema = v.array(idSchema, 'expected a list of whole number ids');
const restDate = v.pipe(
  v.string('expected a date like 2017-02-14T00:00:00'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/,
    'expected a date like 2017-02-14T00:00:00',
  ),
);
const booleanSchema = v.boolean('expected true or false');
const statusSchema = v.picklist(
  POST_STATUSES,
  `expected a WordPress status (${POST_STATUSES.join(', ')})`,
);

/** REST fields this mapper turns into `Post` fields; everything else is kept in `extra.wordpress`. */
const MAPPED = new Set([
  'id',
  'date_gmt',
  'modified_gmt',
  'guid',
  'slug',
  'status',
  'link',
  'title',
  'content',
  'excerpt',
  'author',
  'featured_media',
  'categories',
  'tags',
  'meta',
  'jetpack_featured_media_url',
]);
/**
 * Dropped on purpose: HAL links and `class_list` are presentation, `_embedded` is resolved into
 * authors, terms and image, and `password` (edit context) must never end up in a content bundle.
 */
const DROPPED = new Set(['_links', '_embedded', 'class_list', 'password']);

/**
 * A REST `date_gmt` (UTC, no zone designator) as an instant. WordPress leaves `Z` off although
 * the value is UTC; a value that already carries an offset is kept as it is.
 */
function gmtInstant(value: string): string | undefined {
  const instant = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  return isInstant(instant) ? instant : undefined;
}

function readDate(
  context: RestItemContext,
  item: Record<string, unknown>,
  gmtKey: 'date_gmt' | 'modified_gmt',
  localKey: 'date' | 'modified',
): string | undefined {
  const gmt = readField(context, item, [gmtKey], restDate);
  if (gmt !== undefined) {
    const instant = gmtInstant(gmt);
    if (instant) return instant;
    reportAt(context, [gmtKey], {
      code: 'invalid-date',
      message: `expected a real UTC date and time, got "${gmt}"; value dropped`,
    });
  }
  // Without a UTC value the site-local `date` still names the day the site showed; its time
  // cannot become an instant because the site's zone is unknown here.
  const local = readField(context, item, [localKey], restDate);
  const day = local?.slice(0, 10);
  if (day !== undefined && isCalendarDate(day)) {
    reportAt(context, [gmtKey], {
      code: 'missing-utc-date',
      severity: 'warning',
      message: `no usable ${gmtKey}; kept the site-local calendar date ${day} from ${localKey}`,
    });
    return day;
  }
  return undefined;
}

/** An embedded REST error object (`{ code, message, data: { status } }`) as one line. */
function embeddedError(value: Record<string, unknown>): string | undefined {
  if (typeof value.code !== 'string') return undefined;
  return typeof value.message === 'string' ? `${value.code}: ${value.message}` : value.code;
}

function embeddedList(item: Record<string, unknown>, key: string): unknown[] | undefined {
  const embedded = item._embedded;
  if (!isJsonObject(embedded) || !Object.hasOwn(embedded, key)) return undefined;
  const list = embedded[key];
  return Array.isArray(list) ? list : undefined;
}

function resolveAuthors(
  context: RestItemContext,
  item: Record<string, unknown>,
  authorId: number | undefined,
  extra: Record<string, unknown>,
): Person[] {
  const authors: Person[] = [];
  const embedded = embeddedList(item, 'author');
  if (embedded === undefined) {
    if (authorId) extra.author = authorId;
    return authors;
  }
  for (const [i, user] of embedded.entries()) {
    if (!isJsonObject(user)) continue;
    const error = embeddedError(user);
    const rawName = typeof user.name === 'string' ? htmlToText(user.name).text : '';
    if (error !== undefined || rawName === '') {
      // WordPress embeds an error for author 0 (no author) as well: nothing was lost there.
      if (authorId) {
        reportAt(context, ['_embedded', 'author', i], {
          code: 'unresolved-author',
          severity: 'warning',
          message: `author ${authorId} was not embedded (${error ?? 'no name'}); kept the id in extra.wordpress.author`,
        });
      }
      continue;
    }
    const url =
      (typeof user.url === 'string' ? parseUrl(user.url) : undefined) ??
      (typeof user.link === 'string' ? parseUrl(user.link) : undefined);
    authors.push({ name: rawName, ...(url ? { url } : {}) });
  }
  if (authors.length === 0 && authorId) extra.author = authorId;
  return authors;
}

interface ResolvedTerms {
  categories: Term[];
  tags: Term[];
}

function resolveTerms(
  context: RestItemContext,
  item: Record<string, unknown>,
  extra: Record<string, unknown>,
): ResolvedTerms {
  const categoryIds = readField(context, item, ['categories'], idListSchema) ?? [];
  const tagIds = readField(context, item, ['tags'], idListSchema) ?? [];
  const groups = embeddedList(item, 'wp:term');
  const resolved: ResolvedTerms = { categories: [], tags: [] };
  const seen = new Set<string>();
  const other: Record<string, Term[]> = {};
  for (const [g, group] of (groups ?? []).entries()) {
    if (!Array.isArray(group)) continue;
    for (const [t, term] of group.entries()) {
      if (!isJsonObject(term) || embeddedError(term) !== undefined) continue;
      const taxonomy = typeof term.taxonomy === 'string' ? term.taxonomy : undefined;
      const name = typeof term.name === 'string' ? decodeEntities(term.name).trim() : '';
      const slug = typeof term.slug === 'string' ? decodeSlug(term.slug) : '';
      if (!taxonomy || name === '') {
        reportAt(context, ['_embedded', 'wp:term', g, t], {
          code: 'invalid-term',
          message:
            'expected an embedded term with a "taxonomy" and a non-empty "name"; term dropped',
        });
        continue;
      }
      const mapped: Term = { name, ...(slug ? { slug } : {}) };
      if (typeof term.id === 'number') seen.add(`${taxonomy}:${term.id}`);
      if (taxonomy === 'category') resolved.categories.push(mapped);
      else if (taxonomy === 'post_tag') resolved.tags.push(mapped);
      else {
        const list = other[taxonomy] ?? [];
        list.push(mapped);
        other[taxonomy] = list;
      }
    }
  }
  if (Object.keys(other).length > 0) extra.terms = other;
  // Ids that the embed did not resolve (no `_embed`, or a term the embed left out) are kept,
  // not turned into fake names.
  const unresolvedCategories = categoryIds.filter((id) => !seen.has(`category:${id}`));
  const unresolvedTags = tagIds.filter((id) => !seen.has(`post_tag:${id}`));
  if (unresolvedCategories.length > 0) extra.categories = unresolvedCategories;
  if (unresolvedTags.length > 0) extra.tags = unresolvedTags;
  if (groups !== undefined && unresolvedCategories.length + unresolvedTags.length > 0) {
    reportAt(context, ['_embedded', 'wp:term'], {
      code: 'unresolved-term',
      severity: 'warning',
      message: `terms ${[...unresolvedCategories, ...unresolvedTags].join(', ')} were not embedded; kept their ids in extra.wordpress`,
    });
  }
  return resolved;
}

/** The embedded featured media's caption as text (`caption.rendered` is HTML). */
function mediaCaption(media: Record<string, unknown>): string | undefined {
  const caption = media.caption;
  const html =
    isJsonObject(caption) && typeof caption.rendered === 'string' ? caption.rendered : '';
  const text = html ? htmlToText(html).text.trim() : '';
  return text || undefined;
}

function resolveImage(
  context: RestItemContext,
  item: Record<string, unknown>,
  mediaId: number | undefined,
  extra: Record<string, unknown>,
): { url: string; caption?: string } | undefined {
  const media = embeddedList(item, 'wp:featuredmedia')?.[0];
  if (isJsonObject(media)) {
    const url = typeof media.source_url === 'string' ? parseUrl(media.source_url) : undefined;
    const caption = mediaCaption(media);
    if (url) return caption ? { url, caption } : { url };
    if (mediaId) {
      reportAt(context, ['_embedded', 'wp:featuredmedia', 0], {
        code: 'unresolved-media',
        severity: 'warning',
        message: `featured media ${mediaId} was not embedded (${embeddedError(media) ?? 'no http(s) source_url'}); kept the id in extra.wordpress.featured_media`,
      });
    }
  }
  // Jetpack adds the URL itself, so a response without `_embed` can still name the image.
  const jetpack = readField(context, item, ['jetpack_featured_media_url'], text);
  const fallback = jetpack ? parseUrl(jetpack) : undefined;
  if (fallback) return { url: fallback };
  if (mediaId) extra.featured_media = mediaId;
  return undefined;
}

const MORE_LINK = /<a\b[^>]*\bclass\s*=\s*["'][^"']*\bmore-link\b[^"']*["'][^>]*>[\s\S]*?<\/a>/i;

/** Splits a theme's "Continue reading" link off the rendered excerpt. */
function splitMoreLink(html: string, base: string | undefined): { html: string; url?: string } {
  const match = MORE_LINK.exec(html);
  if (!match) return { html };
  const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(match[0]);
  const raw = href?.[1] ?? href?.[2];
  const url = raw ? parseUrl(decodeEntities(raw), base) : undefined;
  return { html: html.replace(MORE_LINK, ''), ...(url ? { url } : {}) };
}

function readMeta(
  context: RestItemContext,
  item: Record<string, unknown>,
  extra: Record<string, unknown>,
): Record<string, string> | undefined {
  const meta = item.meta;
  // PHP serialises an empty meta map as [].
  if (meta === undefined || meta === null || (Array.isArray(meta) && meta.length === 0)) {
    return undefined;
  }
  if (!isJsonObject(meta)) {
    reportAt(context, ['meta'], {
      code: 'invalid-type',
      message: 'expected an object of meta values; kept as is in extra.wordpress.meta',
      severity: 'warning',
    });
    extra.meta = meta;
    return undefined;
  }
  const strings: Record<string, string> = {};
  const others: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value === 'string') strings[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') strings[key] = String(value);
    else others[key] = value;
  }
  if (Object.keys(others).length > 0) extra.meta = others;
  return Object.keys(strings).length > 0 ? strings : undefined;
}

/**
 * Maps one `wp/v2/posts` object (with or without `_embed`) to a `Post` candidate, or undefined
 * with an issue when it cannot identify a post. Wrongly typed fields are dropped with an issue;
 * the caller validates the candidate with `keepPost`.
 */
export function restPostToPost(value: unknown, context: RestItemContext): Post | undefined {
  if (!isJsonObject(value)) {
    const schema = v.custom<Record<string, unknown>>(
      isJsonObject,
      'expected a WordPress post object',
    );
    checkValue(context, [], value, schema, 'item skipped');
    return undefined;
  }
  const item = value;
  const extra: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(item)) {
    if (!MAPPED.has(key) && !DROPPED.has(key)) extra[key] = field;
  }

  const restId = readField(context, item, ['id'], idSchema);
  const guid = readField(context, item, ['guid', 'rendered'], text);
  const link = readField(context, item, ['link'], text);
  const url = link ? parseUrl(decodeEntities(link)) : undefined;
  if (link && !url) {
    reportAt(context, ['link'], {
      code: 'invalid-url',
      message: `expected an http(s) permalink, got "${link}"; value dropped`,
    });
  }
  const base = context.baseUrl ?? url;
  const guidId = guid ? decodeEntities(guid).trim() : '';
  const id = guidId || url || (restId !== undefined ? `wordpress-rest:${restId}` : '');
  if (id === '') {
    reportAt(context, [], {
      code: 'missing-id',
      message: 'expected "id", "guid" or "link" to identify the post; item skipped',
    });
    return undefined;
  }

  const titleHtml = readField(context, item, ['title', 'rendered'], text) ?? '';
  const title = htmlToText(titleHtml).text.trim();

  const isProtected =
    readField(context, item, ['content', 'protected'], booleanSchema) === true ||
    readField(context, item, ['excerpt', 'protected'], booleanSchema) === true;
  const contentRendered = readField(context, item, ['content', 'rendered'], text);
  const excerptRendered = readField(context, item, ['excerpt', 'rendered'], text);
  if (isProtected) {
    reportAt(context, ['content', 'protected'], {
      code: 'protected-content',
      severity: 'warning',
      message: `post "${title || id}" is password-protected; its content and excerpt are not copied`,
    });
  }
  const contentHtml =
    !isProtected && contentRendered ? sanitizeHtml(contentRendered, base) : undefined;
  const excerptParts =
    !isProtected && excerptRendered ? splitMoreLink(excerptRendered, base) : { html: '' };
  const excerpt = htmlToText(excerptParts.html).text.trim();
  // WordPress publishes untitled posts (asides, status updates): an untitled post stays untitled.

  const published = readDate(context, item, 'date_gmt', 'date');
  const modified = readDate(context, item, 'modified_gmt', 'modified');

  const rawStatus = item.status;
  let status: PostStatus | undefined;
  if (rawStatus !== undefined && rawStatus !== null) {
    status = readField(context, item, ['status'], statusSchema);
    if (status === undefined) extra.status = rawStatus;
  }

  const authorId = readField(context, item, ['author'], idSchema);
  const mediaId = readField(context, item, ['featured_media'], idSchema);
  const authors = resolveAuthors(context, item, authorId, extra);
  const { categories, tags } = resolveTerms(context, item, extra);
  const image = resolveImage(context, item, mediaId, extra);
  const meta = readMeta(context, item, extra);
  const slug = readField(context, item, ['slug'], text);

  return {
    id,
    ...(url ? { url } : {}),
    ...(slug ? { slug: decodeSlug(slug) } : {}),
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    authors,
    excerpt,
    ...(contentHtml ? { contentHtml } : {}),
    categories,
    tags,
    ...(image ? { image: image.url } : {}),
    ...(image?.caption ? { imageCaption: image.caption } : {}),
    ...(excerptParts.url ? { continuationUrl: excerptParts.url } : {}),
    ...(status ? { status } : {}),
    ...(meta ? { meta } : {}),
    origin: [],
    source: {
      format: 'wordpress-rest',
      index: context.index,
      ...(restId !== undefined ? { id: String(restId) } : {}),
      ...(context.file ? { file: context.file } : {}),
    },
    ...(Object.keys(extra).length > 0 ? { extra: { wordpress: extra } } : {}),
  };
}
