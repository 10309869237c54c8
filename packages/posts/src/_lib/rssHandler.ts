import { type CalendarDate, type Instant, ParseError, type Person } from '@competencyworks/core';
import type { Post, Term } from '../post';
import { AtomEntryDraft, atomPersonDone, atomTextField, isAtom, xhtmlBase } from './atomEntry';
import { parseHttpUrl as parseUrl } from './httpUrl';
import { derivePostId } from './postId';
import { sanitizeHtml } from './sanitizeHtml';
import { type FeedDate, parseRfc822, parseRfc3339 } from './xmlDate';
import { FeedHandler } from './xmlFeed';
import {
  addTerm,
  authorName,
  closeCategory,
  count,
  type DctermsDates,
  excerptFromContent,
  excerptOf,
  htmlText,
  isDctermsDate,
  keepDctermsDate,
  languageTag,
  openCategory,
  plainText,
  type RawAttachment,
  rawAttachment,
  resolveAttachments,
} from './xmlPostFields';
import { Capture, NS, type XmlElement } from './xmlReader';

/** An RSS `<item>` being read: the raw text of each field it had. */
interface RssDraft {
  line: number;
  index: number;
  base: string | undefined;
  title?: string;
  link?: string;
  linkBase?: string | undefined;
  guid?: string;
  guidIsPermaLink: boolean;
  pubDate?: string;
  dcDate?: string;
  dcterms: DctermsDates;
  creators: string[];
  author?: string;
  categories: Term[];
  tags: Term[];
  description?: string;
  /** The `xml:base` in force on the `<description>`, which its relative links resolve against. */
  descriptionBase?: string | undefined;
  content?: string;
  contentBase?: string | undefined;
  comments?: string;
  commentRss?: string;
  commentCount?: string;
  image?: string;
  /** Whether the item had an `<enclosure>` or `media:content`: a podcast episode is a post. */
  hasEnclosure: boolean;
  attachments?: RawAttachment[];
}

/** Keeps an enclosure or `media:content` of an item for its `attachments`. */
function keepAttachment(draft: { attachments?: RawAttachment[] }, raw: RawAttachment | undefined) {
  if (raw === undefined) return;
  draft.attachments ??= [];
  draft.attachments.push(raw);
}

const RSS_FIELDS = new Set([
  'title',
  'link',
  'guid',
  'pubDate',
  'author',
  'category',
  'description',
  'comments',
]);

/** The namespaces RSS's own elements come in: none (0.91-2.0), 1.0, 0.90, 1.1 and userland's. */
const RSS_CORE = new Set<string>(['', NS.rss1, NS.rss090, NS.rss11, NS.userland]);

function isRssCore(element: XmlElement): boolean {
  return RSS_CORE.has(element.uri);
}

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 documents into posts, one item at a time. The root
 * element decides the format; anything else (an HTML page, a WXR-less sitemap) is a ParseError.
 */
export class RssHandler extends FeedHandler {
  private item: RssDraft | undefined;
  private itemDepth = -1;
  private entry: AtomEntryDraft | undefined;
  private atomAuthor: Person | undefined;
  private readonly feedAuthors: Person[] = [];
  private channelLink: string | undefined;
  private language: string | undefined;
  private index = 0;
  private channelDepth = -1;
  /** The namespace of a `<feed>` root outside Atom's, whose elements are read as Atom's. */
  private foreignAtom: string | undefined;

  /**
   * An Atom Entry Document (RFC 4287 section 4.1.2): its root is the one `<entry>`, read as if a
   * feed held it, one level down.
   */
  private entryDocument = false;

  /** An element as the Atom element it is: in a foreign-namespace `<feed>`, by its name. */
  private asAtom(element: XmlElement): XmlElement {
    const atom = element.uri === this.foreignAtom ? { ...element, uri: NS.atom } : element;
    return this.entryDocument ? { ...atom, depth: atom.depth + 1 } : atom;
  }

  open(element: XmlElement): Capture {
    const depth = element.depth;
    if (depth === 0) return this.openRoot(element);
    if (this.format === 'atom') return this.openAtom(this.asAtom(element));
    if (this.item !== undefined) {
      if (depth !== this.itemDepth + 1) {
        return openCategory(this.item.categories, element, depth - this.itemDepth);
      }
      return this.openItemField(this.item, element);
    }
    if (element.local === 'item' && isRssCore(element) && depth <= 2) {
      this.item = {
        line: element.line,
        index: this.index++,
        base: element.base,
        guidIsPermaLink: true,
        hasEnclosure: false,
        dcterms: {},
        creators: [],
        categories: [],
        tags: [],
      };
      this.itemDepth = depth;
      return Capture.None;
    }
    if (element.local === 'channel' && isRssCore(element) && depth === 1) {
      this.channelDepth = depth;
      return Capture.None;
    }
    if (depth === this.channelDepth + 1 && isRssCore(element)) {
      if (element.local === 'link' || element.local === 'language') return Capture.Text;
    }
    return Capture.None;
  }

  close(element: XmlElement, text: string): void {
    if (this.format === 'atom') {
      this.closeAtom(this.asAtom(element), text);
      return;
    }
    const item = this.item;
    if (item === undefined) {
      if (element.depth === this.channelDepth + 1 && isRssCore(element)) {
        if (element.local === 'link') {
          this.channelLink =
            parseUrl(text, element.base ?? this.options.baseUrl) ?? this.channelLink;
        } else if (element.local === 'language') {
          this.language = languageTag(text);
        }
      }
      return;
    }
    if (element.depth === this.itemDepth) {
      this.item = undefined;
      this.itemDepth = -1;
      this.finishItem(item);
      return;
    }
    if (element.depth === this.itemDepth + 1) this.closeItemField(item, element, text);
    else if (element.uri === NS.media && element.local === 'content') {
      // media:content inside media:group
      if (element.attrs.url) item.hasEnclosure = true;
      keepAttachment(item, rawAttachment(element, 'media'));
    } else closeCategory(item.categories, element, text, element.depth - this.itemDepth);
  }

  /** A `<feed>` in no or another namespace is read as Atom by its element names, and says so. */
  private readForeignAtom(element: XmlElement): void {
    this.foreignAtom = element.uri;
    this.warn(
      `<${element.qname}> is in ${element.uri ? `the namespace ${element.uri}` : 'no namespace'}, not Atom's (${NS.atom}); its elements are read as Atom's by their names`,
      element.line,
      element.column,
      'unexpected-namespace',
    );
  }

  private openRoot(element: XmlElement): Capture {
    const { local, uri } = element;
    if (local === 'rss' && (uri === '' || uri === NS.userland)) this.format = 'rss';
    else if (local === 'RDF' && uri === NS.rdf) this.format = 'rss';
    else if (local === 'Channel' && uri === NS.rss11) this.format = 'rss';
    else if (local === 'feed') {
      this.format = 'atom';
      this.language = languageTag(element.attrs['xml:lang']);
      if (!isAtom(uri)) this.readForeignAtom(element);
    } else if (local === 'entry' && isAtom(uri)) {
      this.format = 'atom';
      this.entryDocument = true;
      this.language = languageTag(element.attrs['xml:lang']);
      return this.openAtom(this.asAtom(element));
    } else if (local.toLowerCase() === 'html') {
      throw new ParseError({
        code: 'not-a-feed',
        message:
          'found an HTML page (<html>), expected an RSS or Atom feed; use the feed URL (often /feed/) or readArchiveHtml',
        line: element.line,
        column: element.column,
      });
    } else {
      throw new ParseError({
        code: 'not-a-feed',
        message: `expected an RSS <rss>, Atom <feed> or Atom <entry> root element, found <${element.qname}>${uri ? ` (namespace ${uri})` : ''}`,
        line: element.line,
        column: element.column,
      });
    }
    return Capture.None;
  }

  private openItemField(item: RssDraft, element: XmlElement): Capture {
    const { uri, local } = element;
    if (isRssCore(element)) return RSS_FIELDS.has(local) ? Capture.Text : Capture.None;
    if (uri === NS.content) {
      if (local !== 'encoded') return Capture.None;
      return this.includeContent || item.description === undefined ? Capture.Text : Capture.None;
    }
    if (uri === NS.itunes || uri === NS.media || (uri === NS.dc && local === 'subject')) {
      return openCategory(item.categories, element, 1);
    }
    if (uri === NS.dc) return local === 'creator' || local === 'date' ? Capture.Text : Capture.None;
    if (isDctermsDate(element)) return Capture.Text;
    if (uri === NS.slash) return local === 'comments' ? Capture.Text : Capture.None;
    if (uri === NS.wfw) return local === 'commentRss' ? Capture.Text : Capture.None;
    return Capture.None;
  }

  private closeItemField(item: RssDraft, element: XmlElement, text: string): void {
    const { uri, local, attrs } = element;
    if (isRssCore(element)) {
      switch (local) {
        case 'title':
          item.title = text;
          return;
        case 'link':
          item.link = text;
          item.linkBase = element.base;
          return;
        case 'guid':
          item.guid = text.trim();
          item.guidIsPermaLink = attrs.isPermaLink?.trim().toLowerCase() !== 'false';
          return;
        case 'pubDate':
          item.pubDate = text;
          return;
        case 'author':
          item.author = text;
          return;
        case 'category': {
          const domain = attrs.domain;
          const slug = attrs.nicename?.trim() || undefined;
          addTerm(
            domain === 'post_tag' || domain === 'tag' ? item.tags : item.categories,
            text,
            slug,
          );
          return;
        }
        case 'description':
          item.description = text;
          item.descriptionBase = element.base;
          return;
        case 'comments':
          item.comments = text;
          return;
        case 'enclosure':
          if (attrs.url) item.hasEnclosure = true;
          keepAttachment(item, rawAttachment(element, 'enclosure'));
          if (attrs.url && attrs.type?.startsWith('image/')) item.image ??= attrs.url;
          return;
      }
      return;
    }
    if (uri === NS.content && local === 'encoded') {
      item.content = text;
      item.contentBase = element.base;
    } else if (uri === NS.dc && local === 'creator') item.creators.push(text);
    else if (uri === NS.dc && local === 'date') item.dcDate = text;
    else if (uri === NS.dcterms) keepDctermsDate(item.dcterms, element, text);
    else if (uri === NS.slash && local === 'comments') item.commentCount = text;
    else if (uri === NS.wfw && local === 'commentRss') item.commentRss = text;
    else if (uri === NS.media && (local === 'thumbnail' || local === 'content')) {
      if (local === 'content' && attrs.url) item.hasEnclosure = true;
      if (local === 'content') keepAttachment(item, rawAttachment(element, 'media'));
      if (attrs.url && (local === 'thumbnail' || attrs.medium === 'image'))
        item.image ??= attrs.url;
    } else closeCategory(item.categories, element, text, 1);
  }

  private date(
    raw: string | undefined,
    parse: (text: string) => FeedDate,
    what: string,
    where: RssDraft | AtomEntryDraft,
  ) {
    if (raw === undefined || raw.trim() === '') return undefined;
    const result = parse(raw);
    if (result.warning) {
      this.report(
        'invalid-date',
        'warning',
        `${what}: ${result.warning}${result.value === undefined ? '; kept the post without it' : ''}`,
        where,
      );
    }
    return result.value;
  }

  /** `dcterms:issued` (formally published), else `dcterms:created`, both W3C-DTF dates. */
  private dctermsPublished(
    dates: DctermsDates,
    where: RssDraft | AtomEntryDraft,
  ): Instant | CalendarDate | undefined {
    return (
      this.date(dates.issued, parseRfc3339, '<dcterms:issued>', where) ??
      this.date(dates.created, parseRfc3339, '<dcterms:created>', where)
    );
  }

  private finishItem(item: RssDraft): void {
    const title = htmlText(item.title ?? '');
    const base = item.linkBase ?? item.base ?? this.channelLink ?? this.options.baseUrl;
    let url = item.link ? parseUrl(plainText(item.link), base) : undefined;
    if (url === undefined && item.guid && item.guidIsPermaLink) url = parseUrl(item.guid, base);
    if (item.link && url === undefined) {
      this.report(
        'invalid-url',
        'warning',
        `<link> "${item.link.trim().slice(0, 60)}" is not an http(s) URL; kept the post without it`,
        item,
      );
    }
    // RSS 2.0 makes every item element optional (a title or a description is enough), so only an
    // item with nothing a reader could show or follow is not a post.
    if (
      title === '' &&
      url === undefined &&
      !item.hasEnclosure &&
      !item.description?.trim() &&
      !item.content?.trim()
    ) {
      this.report(
        'empty-item',
        'error',
        `item has no title, description, content, link or enclosure${item.guid ? ` (guid ${item.guid})` : ''}; skipped`,
        item,
      );
      return;
    }
    const published =
      this.date(item.pubDate, parseRfc822, '<pubDate>', item) ??
      this.date(item.dcDate, parseRfc3339, '<dc:date>', item) ??
      this.dctermsPublished(item.dcterms, item);
    const modified = this.date(item.dcterms.modified, parseRfc3339, '<dcterms:modified>', item);
    const authors: Person[] = [];
    for (const creator of item.creators) {
      const name = authorName(creator);
      if (name && !authors.some((a) => a.name === name)) authors.push({ name });
    }
    if (authors.length === 0 && item.author) {
      const name = authorName(item.author);
      if (name) authors.push({ name });
    }
    // Relative links in the content and the description resolve against the xml:base in force on
    // that element (XML Base applies to any XML), else the item's link, else the feed's.
    const contentBase = item.contentBase ?? url ?? base;
    const descriptionBase = item.descriptionBase ?? url ?? base;
    const summary =
      item.description !== undefined ? excerptOf(item.description, descriptionBase) : undefined;
    const excerpt = summary?.excerpt || (item.content ? excerptFromContent(item.content) : '');
    const html = item.content ?? item.description;
    const contentHtml =
      this.includeContent && html
        ? sanitizeHtml(html, item.content !== undefined ? contentBase : descriptionBase)
        : undefined;
    const comments = item.comments ? parseUrl(plainText(item.comments), base) : undefined;
    const commentFeed = item.commentRss ? parseUrl(plainText(item.commentRss), base) : undefined;
    const commentCount = item.commentCount !== undefined ? count(item.commentCount) : undefined;
    const image = item.image ? parseUrl(item.image, base) : undefined;
    const attachments = item.attachments
      ? resolveAttachments(item.attachments, url ?? base, (message) =>
          this.report('invalid-url', 'warning', message, item),
        )
      : [];
    // Built field by field in the order of the spread literal it replaces (the same keys in the
    // same order): a conditional spread makes an object per optional field, per post.
    const post = { id: item.guid || url || derivePostId(title || excerpt, published) } as Post;
    if (url) post.url = url;
    if (title) post.title = title;
    if (published) post.published = published;
    if (modified) post.modified = modified;
    post.authors = authors;
    post.excerpt = excerpt;
    if (contentHtml) post.contentHtml = contentHtml;
    post.categories = item.categories;
    post.tags = item.tags;
    if (image) post.image = image;
    if (attachments.length > 0) post.attachments = attachments;
    if (this.language) post.language = this.language;
    if (summary?.continuationUrl) post.continuationUrl = summary.continuationUrl;
    if (commentCount !== undefined) post.commentCount = commentCount;
    post.origin = [];
    post.source = this.source('rss', item.line, item.index, item.guid);
    if (comments || commentFeed) {
      const extra: Record<string, string> = {};
      if (comments) extra.commentsUrl = comments;
      if (commentFeed) extra.commentsFeed = commentFeed;
      post.extra = extra;
    }
    this.emit(post);
  }

  // Atom -------------------------------------------------------------------------------------

  private openAtom(element: XmlElement): Capture {
    const { depth, local, uri } = element;
    const entry = this.entry;
    if (entry === undefined) {
      if (depth !== 1 && !(depth === 2 && this.atomAuthor)) return Capture.None;
      if (depth === 1 && isAtom(uri)) {
        if (local === 'entry') {
          this.entry = new AtomEntryDraft(element, this.index++);
          return Capture.None;
        }
        if (local === 'author') {
          this.atomAuthor = { name: '' };
          return Capture.None;
        }
        if (local === 'link') return Capture.None;
      }
      if (depth === 2 && isAtom(uri) && (local === 'name' || local === 'uri')) return Capture.Text;
      return Capture.None;
    }
    return entry.open(element);
  }

  private closeAtom(element: XmlElement, text: string): void {
    const { depth, local, uri } = element;
    const entry = this.entry;
    if (entry === undefined) {
      if (depth === 1 && isAtom(uri) && local === 'link') {
        const rel = element.attrs.rel ?? 'alternate';
        if (rel === 'alternate' && element.attrs.href) {
          this.channelLink =
            parseUrl(element.attrs.href, element.base ?? this.options.baseUrl) ?? this.channelLink;
        }
      } else if (this.atomAuthor && depth === 2 && isAtom(uri)) {
        atomPersonDone(this.atomAuthor, local, text, element.base);
      } else if (this.atomAuthor && depth === 1 && local === 'author') {
        if (this.atomAuthor.name) this.feedAuthors.push(this.atomAuthor);
        this.atomAuthor = undefined;
      }
      return;
    }
    if (depth > 1) {
      entry.close(element, text);
      return;
    }
    this.entry = undefined;
    this.finishEntry(entry);
  }

  /**
   * Sanitised Atom content. In xhtml content (XML), an `xml:base` on the wrapping `<div>` or on
   * an element inside changes the base of the links it holds (XML Base, RFC 4287 section 2).
   */
  private sanitizeAtom(entry: AtomEntryDraft, html: string, base: string | undefined): string {
    const content = entry.content;
    if (content?.type !== 'xhtml') return sanitizeHtml(html, base);
    return sanitizeHtml(html, xhtmlBase(content, base), { xmlBase: true });
  }

  private finishEntry(entry: AtomEntryDraft): void {
    const base = entry.base ?? this.channelLink ?? this.options.baseUrl;
    const url = entry.link ? parseUrl(entry.link, entry.linkBase ?? base) : undefined;
    const title = entry.title ? atomTextField(entry.title) : '';
    // RFC 4287 requires a title, but feeds in the wild leave it empty (status updates): an entry is
    // a post as long as it has something to show or follow.
    if (
      title === '' &&
      url === undefined &&
      !entry.summary?.value.trim() &&
      !entry.content?.value.trim() &&
      !entry.hasEnclosure
    ) {
      this.report(
        'empty-item',
        'error',
        `entry has no title, summary, content, link or enclosure${entry.id ? ` (id ${entry.id})` : ''}; skipped`,
        entry,
      );
      return;
    }
    const published =
      this.date(entry.published, parseRfc3339, '<published>', entry) ??
      this.date(entry.issued, parseRfc3339, '<issued>', entry) ??
      this.dctermsPublished(entry.dcterms, entry);
    const modified =
      this.date(entry.updated, parseRfc3339, '<updated>', entry) ??
      this.date(entry.dcterms.modified, parseRfc3339, '<dcterms:modified>', entry);
    const authors = entry.authors.length > 0 ? entry.authors : this.feedAuthors;
    const contentBase = entry.content?.base ?? url ?? base;
    const contentHtml = this.includeContent && entry.content ? entry.contentHtml() : undefined;
    let excerpt = '';
    let continuationUrl: string | undefined;
    if (entry.summary) {
      const summary = excerptOf(entry.summary.html(), contentBase);
      excerpt = summary.excerpt;
      continuationUrl = summary.continuationUrl;
    }
    if (!excerpt && entry.content) excerpt = excerptFromContent(entry.content.html());
    const language = languageTag(entry.language) ?? this.language;
    const image = entry.image ? parseUrl(entry.image, base) : undefined;
    const attachments = entry.attachments
      ? resolveAttachments(entry.attachments, url ?? base, (message) =>
          this.report('invalid-url', 'warning', message, entry),
        )
      : [];
    const post: Post = {
      id: entry.id || url || derivePostId(title || excerpt, published),
      ...(url ? { url } : {}),
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(modified ? { modified } : {}),
      authors: authors.map((author) => ({ ...author })),
      excerpt,
      ...(contentHtml ? { contentHtml: this.sanitizeAtom(entry, contentHtml, contentBase) } : {}),
      categories: entry.categories,
      tags: [],
      ...(image ? { image } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(language ? { language } : {}),
      ...(continuationUrl ? { continuationUrl } : {}),
      ...(entry.commentCount !== undefined ? { commentCount: entry.commentCount } : {}),
      origin: [],
      source: this.source('atom', entry.line, entry.index, entry.id || undefined),
      ...(entry.commentsUrl ? { extra: { commentsUrl: entry.commentsUrl } } : {}),
    };
    this.emit(post);
  }
}
