import { ParseError, type Person, parseUrl } from '@competencyworks/core';
import type { Attachment, Post, PostComment, PostStatus, Term } from '../post';
import { decodeSlug } from './decodeSlug';
import { detachText } from './keepPost';
import { mimeTypeOf } from './mimeTypes';
import { derivePostId } from './postId';
import { POST_STATUSES } from './postObjectSchemas';
import { sanitizeHtml } from './sanitizeHtml';
import { renderWordPressContent } from './wordPressContent';
import { wpautop } from './wpautop';
import { WxrMediaLibrary } from './wxrMedia';
import { parseRfc822, parseWordPressGmt, wordPressLocalDate } from './xmlDate';
import { FeedHandler, type XmlFeedOptions } from './xmlFeed';
import {
  addTerm,
  count,
  excerptFromContent,
  excerptOf,
  htmlText,
  languageTag,
  plainText,
  summaryText,
} from './xmlPostFields';
import { Capture, NS, type XmlElement } from './xmlReader';

/**
 * Options for reading a WordPress export: those of {@link FeedOptions} plus `postTypes`.
 *
 * @example
 * const options: WxrOptions = { postTypes: ['post', 'page'], includeContent: false };
 */
export interface WxrOptions extends XmlFeedOptions {
  /**
   * The `wp:post_type`s to read. Default `['post']`: pages, attachments and menu items are
   * counted and reported as skipped unless asked for, e.g. `['post', 'page']`.
   */
  postTypes?: readonly string[];
  /**
   * Read the approved comments' text into `comments` (name, website, date, HTML; never e-mail or
   * IP addresses). Default false: comments are other people's words, so only the count is read.
   */
  includeComments?: boolean;
}

const WP_URI = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/;
const WP_EXCERPT_URI = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/;

/** Namespace tests are made for every element of a large export, so their answers are cached. */
function cachedTest(pattern: RegExp): { test(uri: string): boolean } {
  const known = new Map<string, boolean>();
  return {
    test(uri) {
      let answer = known.get(uri);
      if (answer === undefined) {
        answer = pattern.test(uri);
        known.set(uri, answer);
      }
      return answer;
    },
  };
}

// WXR 1.0, 1.1 and 1.2 namespaces, over http or https.
const WP = cachedTest(WP_URI);
const WP_EXCERPT = cachedTest(WP_EXCERPT_URI);

const STATUSES: ReadonlySet<string> = new Set<PostStatus>(POST_STATUSES);

// The wp: fields of an item that are read as text.
const WP_ITEM_FIELDS = new Set([
  'post_id',
  'post_date',
  'post_date_gmt',
  'post_modified_gmt',
  'comment_status',
  'post_name',
  'status',
  'post_parent',
  'menu_order',
  'post_type',
  'post_password',
  'is_sticky',
  'attachment_url',
]);

interface WxrDraft {
  line: number;
  index: number;
  base: string | undefined;
  fields: Map<string, string>;
  creators: string[];
  categories: Term[];
  tags: Term[];
  otherTerms: Record<string, Term[]>;
  meta: Record<string, string>;
  metaKey: string | undefined;
  metaValue: string | undefined;
  approved: number;
  /** The `wp:comment` being read: its fields by name, or undefined outside one. */
  comment: Map<string, string> | undefined;
  comments: PostComment[];
  /** Each `enclosure` post meta value (a post may have several). */
  enclosures: string[];
}

// The wp:comment fields read. The commenter's e-mail and IP address are never read.
const COMMENT_FIELDS = new Set([
  'comment_id',
  'comment_author',
  'comment_author_url',
  'comment_date_gmt',
  'comment_content',
  'comment_approved',
  'comment_type',
  'comment_parent',
]);

/** Shortcodes whose rendering lists the export's attachments, which may come after the post. */
const MEDIA_SHORTCODES = ['[gallery', '[playlist', '[audio', '[video'];

/**
 * Reads a WordPress eXtended RSS export (WXR 1.0 to 1.2): authors from the channel, then one
 * post per `<item>` of the wanted post types, with status, dates in UTC, terms with their
 * slugs, post meta and approved comment counts.
 */
export class WxrHandler extends FeedHandler {
  private readonly postTypes: ReadonlySet<string>;
  private readonly skipped = new Map<string, number>();
  private readonly authors = new Map<string, string>();
  private author: { login?: string; name?: string } | undefined;
  private item: WxrDraft | undefined;
  private sawWordPress = false;
  private siteUrl: string | undefined;
  private language: string | undefined;
  private index = 0;
  private readonly includeComments: boolean;
  private readonly media = new WxrMediaLibrary();
  /** Posts that need attachments not read yet; they are finished when the export ends. */
  private readonly waiting: WxrDraft[] = [];
  /** How many posts may wait; beyond it the longest-waiting one is finished with what is known. */
  private readonly waitLimit: number;
  /** Posts whose `_thumbnail_id` names no attachment of the export. */
  private unresolvedImages = 0;
  /** Whether a post was held back, so the posts not yet handed out need ordering again. */
  private held = false;
  /** The id of the last item read, and whether every item so far came in the order of ids. */
  private lastId = 0;
  private inIdOrder = true;

  /**
   * @param waitLimit - How many posts may wait for attachments further down the export: a
   *   stream's memory grows with them, so it bounds them; the collect form need not.
   */
  constructor(options: WxrOptions, waitLimit = Number.POSITIVE_INFINITY) {
    super(options);
    this.waitLimit = waitLimit;
    this.postTypes = new Set(options.postTypes ?? ['post']);
    this.includeComments = options.includeComments === true;
  }

  open(element: XmlElement): Capture {
    const { depth, uri, local } = element;
    if (WP.test(uri)) this.sawWordPress = true;
    if (depth === 0) {
      if (local !== 'rss' || uri !== '') {
        throw new ParseError({
          code: 'not-a-wxr-export',
          message: `expected a WordPress export (WXR) with an <rss> root element, found <${element.qname}>; export from Tools > Export in WordPress`,
          line: element.line,
          column: element.column,
        });
      }
      this.format = 'wxr';
      return Capture.None;
    }
    const item = this.item;
    if (item !== undefined) return this.openItemField(item, element);
    if (depth !== 2 && !(depth === 3 && this.author)) return Capture.None;
    if (depth === 3) {
      return WP.test(uri) && (local === 'author_login' || local === 'author_display_name')
        ? Capture.Text
        : Capture.None;
    }
    if (uri === '' && local === 'item') {
      if (!this.sawWordPress) {
        throw new ParseError({
          code: 'not-a-wxr-export',
          message:
            'this is an RSS feed, not a WordPress export (WXR): no wp: elements before the first <item>',
          hint: { option: 'format', value: 'auto', text: 'use readFeed or readAny' },
          line: element.line,
          column: element.column,
        });
      }
      this.item = {
        line: element.line,
        index: this.index++,
        base: element.base,
        fields: new Map(),
        creators: [],
        categories: [],
        tags: [],
        otherTerms: {},
        meta: {},
        metaKey: undefined,
        metaValue: undefined,
        approved: 0,
        comment: undefined,
        comments: [],
        enclosures: [],
      };
      return Capture.None;
    }
    if (WP.test(uri)) {
      if (local === 'author') {
        this.author = {};
        return Capture.None;
      }
      return local === 'base_site_url' ? Capture.Text : Capture.None;
    }
    return uri === '' && (local === 'link' || local === 'language') ? Capture.Text : Capture.None;
  }

  close(element: XmlElement, text: string): void {
    const { depth, uri, local } = element;
    const item = this.item;
    if (item !== undefined) {
      if (depth === 2) {
        this.item = undefined;
        this.finishItem(item);
      } else this.closeItemField(item, element, text);
      return;
    }
    if (depth === 3 && this.author) {
      if (local === 'author_login') this.author.login = text.trim();
      else if (local === 'author_display_name') this.author.name = plainText(text);
      return;
    }
    if (depth !== 2) return;
    if (WP.test(uri)) {
      if (local === 'author' && this.author) {
        const { login, name } = this.author;
        if (login) this.authors.set(login, name || login);
        this.author = undefined;
      } else if (local === 'base_site_url') {
        this.siteUrl = parseUrl(text) ?? this.siteUrl;
      }
    } else if (uri === '' && local === 'link') {
      this.siteUrl ??= parseUrl(text, this.options.baseUrl);
    } else if (uri === '' && local === 'language') {
      this.language = languageTag(text);
    }
  }

  override waitingPosts(): number {
    return this.waiting.length;
  }

  override finish(): void {
    if (!this.sawWordPress && this.index === 0) {
      throw new ParseError({
        code: 'not-a-wxr-export',
        message: 'this is an RSS feed, not a WordPress export (WXR): it has no wp: elements',
        hint: { option: 'format', value: 'auto', text: 'use readFeed or readAny' },
      });
    }
    for (const item of this.waiting.splice(0)) this.buildPost(item);
    // The posts not yet handed out (all of them in the collect form) in the export's order again.
    if (this.held) this.posts.sort((a, b) => (a.source.index ?? 0) - (b.source.index ?? 0));
    if (this.unresolvedImages > 0) {
      const n = this.unresolvedImages;
      this.issues.push({
        code: 'unresolved-media',
        severity: 'warning',
        message: `${n} post${n === 1 ? ' names' : 's name'} a featured image (_thumbnail_id) that was not found among the export's attachments; kept without an image`,
      });
    }
    for (const [type, n] of this.skipped) {
      this.issues.push({
        code: 'skipped-post-type',
        severity: 'warning',
        message: `skipped ${n} item${n === 1 ? '' : 's'} of post type "${type}"`,
        hint: {
          option: 'postTypes',
          value: ['post', type],
          text: `pass { postTypes: ['post', '${type}'] } to read them`,
        },
      });
    }
  }

  private openItemField(item: WxrDraft, element: XmlElement): Capture {
    const { depth, uri, local } = element;
    if (depth === 4) {
      if (!WP.test(uri)) return Capture.None;
      if (item.comment !== undefined) {
        return local === 'comment_approved' || (this.includeComments && COMMENT_FIELDS.has(local))
          ? Capture.Text
          : Capture.None;
      }
      return local === 'meta_key' || local === 'meta_value' ? Capture.Text : Capture.None;
    }
    if (depth !== 3) return Capture.None;
    if (uri === '') {
      return local === 'title' ||
        local === 'link' ||
        local === 'guid' ||
        local === 'pubDate' ||
        local === 'category' ||
        local === 'description'
        ? Capture.Text
        : Capture.None;
    }
    if (WP.test(uri)) {
      if (local === 'comment') {
        item.comment = new Map();
        return Capture.None;
      }
      if (local === 'postmeta') {
        item.metaKey = undefined;
        item.metaValue = undefined;
        return Capture.None;
      }
      return WP_ITEM_FIELDS.has(local) ? Capture.Text : Capture.None;
    }
    if (uri === NS.content || WP_EXCERPT.test(uri))
      return local === 'encoded' ? Capture.Text : Capture.None;
    if (uri === NS.dc) return local === 'creator' ? Capture.Text : Capture.None;
    return Capture.None;
  }

  private closeItemField(item: WxrDraft, element: XmlElement, text: string): void {
    const { depth, uri, local, attrs } = element;
    if (depth === 4) {
      if (!WP.test(uri)) return;
      if (item.comment !== undefined) item.comment.set(local, text);
      else if (local === 'meta_key') item.metaKey = text;
      else if (local === 'meta_value') item.metaValue = text;
      return;
    }
    if (depth !== 3) return;
    if (uri === '') {
      if (local === 'category') {
        const domain = attrs.domain ?? 'category';
        const slug = attrs.nicename?.trim() || undefined;
        if (domain === 'category') addTerm(item.categories, text, slug);
        else if (domain === 'post_tag') addTerm(item.tags, text, slug);
        else {
          const terms = item.otherTerms[domain] ?? [];
          item.otherTerms[domain] = terms;
          addTerm(terms, text, slug);
        }
      } else item.fields.set(local, text);
      return;
    }
    if (WP.test(uri)) {
      if (local === 'comment') {
        const comment = item.comment;
        item.comment = undefined;
        if (comment?.get('comment_approved')?.trim() !== '1') return;
        item.approved++;
        if (this.includeComments) this.keepComment(item, comment);
      } else if (local === 'postmeta') {
        if (item.metaKey === 'enclosure' && item.metaValue) item.enclosures.push(item.metaValue);
        if (item.metaKey) item.meta[item.metaKey] = item.metaValue ?? '';
      } else item.fields.set(local, text);
      return;
    }
    if (uri === NS.content && local === 'encoded') item.fields.set('content', text);
    else if (WP_EXCERPT.test(uri) && local === 'encoded') item.fields.set('excerpt', text);
    else if (uri === NS.dc && local === 'creator') item.creators.push(text);
  }

  /** An approved comment's public fields: name, website, date and text as WordPress shows it. */
  private keepComment(item: WxrDraft, comment: Map<string, string>): void {
    const type = comment.get('comment_type')?.trim() ?? '';
    const author = plainText(comment.get('comment_author') ?? '');
    const text = comment.get('comment_content') ?? '';
    // Pingbacks and trackbacks are notices from other sites, not comments people wrote here.
    if ((type !== '' && type !== 'comment') || !text.trim()) return;
    const id = count(comment.get('comment_id') ?? '');
    const parent = count(comment.get('comment_parent') ?? '');
    const url = comment.get('comment_author_url');
    const authorUrl = url ? parseUrl(url.trim()) : undefined;
    const date = comment.get('comment_date_gmt');
    const published = date ? parseWordPressGmt(date)?.value : undefined;
    item.comments.push({
      ...(id !== undefined ? { id: String(id) } : {}),
      ...(parent ? { parentId: String(parent) } : {}),
      author: author || 'Anonymous',
      ...(authorUrl ? { authorUrl } : {}),
      ...(published ? { published } : {}),
      // WordPress's comment_text filters format comments with wpautop too.
      contentHtml: sanitizeHtml(wpautop(text), this.siteUrl ?? this.options.baseUrl),
    });
  }

  /** The files WordPress's `enclosure` meta names: "URL\nlength\ntype" per value. */
  private attachmentsOf(item: WxrDraft, base: string | undefined): Attachment[] {
    const attachments: Attachment[] = [];
    for (const value of item.enclosures) {
      const [rawUrl = '', length = '', type = ''] = value.split(/\r?\n/).map((line) => line.trim());
      const url = parseUrl(rawUrl, base);
      if (url === undefined) {
        this.report(
          'invalid-url',
          'warning',
          `enclosure "${rawUrl.slice(0, 60)}" is not an http(s) URL; not kept`,
          item,
        );
        continue;
      }
      if (attachments.some((attachment) => attachment.url === url)) continue;
      const size = count(length);
      const mimeType = /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : mimeTypeOf(url);
      attachments.push({
        url,
        mimeType: mimeType ?? 'application/octet-stream',
        ...(size ? { sizeInBytes: size } : {}),
      });
    }
    return attachments;
  }

  /** Keeps an attachment item for the galleries, media shortcodes and featured images. */
  private keepMedia(item: WxrDraft): void {
    const field = (name: string) => item.fields.get(name);
    const id = count(field('post_id') ?? '');
    const base = item.base ?? this.siteUrl ?? this.options.baseUrl;
    const url = parseUrl(field('attachment_url')?.trim() ?? '', base);
    if (id === undefined || url === undefined) return;
    const link = field('link');
    this.media.add({
      id,
      url,
      link: link ? parseUrl(plainText(link), base) : undefined,
      title: htmlText(field('title') ?? ''),
      caption: field('excerpt') ?? '',
      parent: count(field('post_parent') ?? '') ?? 0,
      menuOrder: count(field('menu_order') ?? '') ?? 0,
      meta: item.meta,
    });
  }

  /**
   * Whether a post needs attachments that the export has not given yet. A featured image is
   * waited for only while it may still come: in an export in the order of ids (as WordPress
   * writes one), an attachment with a lower id than the last item read would have been read
   * already, so a post naming an image that is not in the export (a common case: the image was
   * deleted, or the export is of posts only) is not held back, and does not keep its text in
   * memory for 256 more items.
   */
  private needsLaterMedia(item: WxrDraft): boolean {
    const thumbnail = count(item.meta._thumbnail_id ?? '');
    if (thumbnail && !this.media.has(thumbnail) && (!this.inIdOrder || thumbnail > this.lastId)) {
      return true;
    }
    const content = this.includeContent ? (item.fields.get('content') ?? '') : '';
    return content.includes('[') && MEDIA_SHORTCODES.some((tag) => content.includes(tag));
  }

  /** Finishes the waiting posts whose featured image has now been read and that need no more. */
  private finishReady(): void {
    if (this.waiting.length === 0) return;
    const still: WxrDraft[] = [];
    for (const item of this.waiting) {
      if (this.needsLaterMedia(item)) still.push(item);
      else this.buildPost(item);
    }
    this.waiting.splice(0, this.waiting.length, ...still);
  }

  private finishItem(item: WxrDraft): void {
    const id = count(item.fields.get('post_id') ?? '');
    if (id !== undefined) {
      if (id <= this.lastId) this.inIdOrder = false;
      this.lastId = id;
    }
    const type = item.fields.get('post_type')?.trim() || 'post';
    if (type === 'attachment') {
      this.keepMedia(item);
      this.finishReady();
    }
    if (!this.postTypes.has(type)) {
      this.skipped.set(type, (this.skipped.get(type) ?? 0) + 1);
      return;
    }
    // A gallery lists the post's attachments, which WordPress exports after the post when they
    // were uploaded while it was written: such a post is finished when the export ends.
    if (!this.needsLaterMedia(item)) {
      this.buildPost(item);
      return;
    }
    // A waiting draft must not keep the input's chunks its fields were cut from alive.
    for (const [name, value] of item.fields) item.fields.set(name, detachText(value));
    for (const [key, value] of Object.entries(item.meta)) item.meta[key] = detachText(value);
    this.waiting.push(item);
    this.held = true;
    const oldest = this.waiting.length > this.waitLimit ? this.waiting.shift() : undefined;
    if (oldest) this.buildPost(oldest);
  }

  private buildPost(item: WxrDraft): void {
    const field = (name: string) => item.fields.get(name);
    const type = field('post_type')?.trim() || 'post';
    const base = item.base ?? this.siteUrl ?? this.options.baseUrl;
    const title = htmlText(field('title') ?? '');
    const link = field('link');
    const guid = field('guid')?.trim();
    const url = link ? parseUrl(plainText(link), base) : undefined;
    const postId = field('post_id')?.trim();
    const content = field('content');
    const excerptHtml = field('excerpt');
    const description = field('description');
    // WordPress publishes untitled posts (asides, status updates, links): only an item with no
    // title, text, link or attachment is not a post.
    if (
      title === '' &&
      url === undefined &&
      !content?.trim() &&
      !excerptHtml?.trim() &&
      !description?.trim() &&
      !field('attachment_url')?.trim()
    ) {
      this.report(
        'empty-item',
        'error',
        `item${postId ? ` ${postId}` : ''} has no title, content, excerpt, link or attachment; skipped`,
        item,
      );
      return;
    }
    const where = title ? `post "${title}"` : `post ${postId ?? guid ?? `at line ${item.line}`}`;
    // Dates: the UTC column first; "0000-00-00 00:00:00" there means the post has no date yet.
    let published: string | undefined;
    const gmtText = field('post_date_gmt');
    if (gmtText !== undefined) {
      const gmt = parseWordPressGmt(gmtText);
      if (gmt?.warning)
        this.report('invalid-date', 'warning', `${where}: wp:post_date_gmt: ${gmt.warning}`, item);
      published = gmt?.value;
    } else {
      const pubDate = field('pubDate');
      const rfc = pubDate ? parseRfc822(pubDate) : undefined;
      published = rfc?.value ?? wordPressLocalDate(field('post_date') ?? '');
    }
    const modifiedText = field('post_modified_gmt');
    const modified =
      modifiedText !== undefined ? parseWordPressGmt(modifiedText)?.value : undefined;
    const authors: Person[] = [];
    for (const creator of item.creators) {
      const login = creator.trim();
      const name = this.authors.get(login) ?? plainText(login);
      if (name && !authors.some((a) => a.name === name)) authors.push({ name });
    }
    const statusText = field('status')?.trim();
    let status: PostStatus | undefined;
    if (statusText && STATUSES.has(statusText)) status = statusText as PostStatus;
    else if (statusText) {
      this.report(
        'unknown-status',
        'warning',
        `${where}: unknown wp:status "${statusText}"; kept without a status`,
        item,
      );
    }
    const contentBase = url ?? base;
    let excerpt = excerptHtml?.trim() ? summaryText(excerptHtml) : '';
    let continuationUrl: string | undefined;
    if (!excerpt && description?.trim()) {
      const summary = excerptOf(description, contentBase);
      excerpt = summary.excerpt;
      continuationUrl = summary.continuationUrl;
    }
    if (!excerpt && content) excerpt = excerptFromContent(content);
    const removed = new Set<string>();
    const contentHtml =
      this.includeContent && content?.trim()
        ? sanitizeHtml(
            renderWordPressContent(content, {
              postId: count(postId ?? '') ?? 0,
              media: this.media,
              removed: (name) => removed.add(name),
            }),
            contentBase,
          )
        : undefined;
    for (const name of removed) {
      this.report(
        'unknown-shortcode',
        'warning',
        `${where}: removed the shortcode [${name}], which a plugin or theme renders on the site; its enclosed text, if any, is kept`,
        item,
      );
    }
    const thumbnail = count(item.meta._thumbnail_id ?? '');
    const featured = thumbnail ? this.media.get(thumbnail) : undefined;
    if (thumbnail && !featured) this.unresolvedImages++;
    const imageCaption = featured?.caption.trim() ? htmlText(featured.caption) : undefined;
    const attachments = this.attachmentsOf(item, base);
    const slug = field('post_name')?.trim();
    const extra: Record<string, unknown> = {};
    if (postId && /^\d+$/.test(postId)) extra.postId = Number(postId);
    if (type !== 'post') extra.postType = type;
    const parent = count(field('post_parent') ?? '');
    if (parent) extra.parentId = parent;
    const menuOrder = count(field('menu_order') ?? '');
    if (menuOrder) extra.menuOrder = menuOrder;
    const commentStatus = field('comment_status')?.trim();
    if (commentStatus) extra.commentStatus = commentStatus;
    if (field('is_sticky')?.trim() === '1') extra.sticky = true;
    if (field('post_password')?.trim()) extra.passwordProtected = true;
    const attachment = field('attachment_url');
    const attachmentUrl = attachment ? parseUrl(attachment, base) : undefined;
    if (attachmentUrl) extra.attachmentUrl = attachmentUrl;
    if (Object.keys(item.otherTerms).length > 0) extra.terms = item.otherTerms;
    const post: Post = {
      id: guid || url || (postId ? `wxr-${postId}` : derivePostId(title || excerpt, published)),
      ...(url ? { url } : {}),
      ...(slug ? { slug: decodeSlug(slug) } : {}),
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(modified ? { modified } : {}),
      authors,
      excerpt,
      ...(contentHtml ? { contentHtml } : {}),
      categories: item.categories,
      tags: item.tags,
      ...(featured ? { image: featured.url } : {}),
      ...(featured && imageCaption ? { imageCaption } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(this.language ? { language: this.language } : {}),
      ...(continuationUrl ? { continuationUrl } : {}),
      ...(status ? { status } : {}),
      commentCount: item.approved,
      ...(item.comments.length > 0 ? { comments: item.comments } : {}),
      ...(Object.keys(item.meta).length > 0 ? { meta: item.meta } : {}),
      origin: [],
      source: this.source('wxr', item.line, item.index, postId),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
    this.emit(post);
  }
}

/** WordPress stores non-ASCII slugs percent-encoded ("caf%c3%a9"). */
