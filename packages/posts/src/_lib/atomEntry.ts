import { decodeEntities, type Person, parseUrl } from '@competencyworks/core';
import { escapeText } from 'entities';
import type { Term } from '../post';
import {
  addTerm,
  authorName,
  closeCategory,
  collapseSpace,
  count,
  type DctermsDates,
  htmlText,
  isDctermsDate,
  keepDctermsDate,
  openCategory,
  type RawAttachment,
  rawAttachment,
} from './xmlPostFields';
import { Capture, NS, type XmlElement } from './xmlReader';

/** Atom 1.0, and Atom 0.3 which old WordPress versions still emit. */
export function isAtom(uri: string): boolean {
  return uri === NS.atom || uri === 'http://purl.org/atom/ns#';
}

/** The `<div>` that wraps xhtml content (its attributes, its content). */
const XHTML_WRAPPER = /^\s*<(?:[\w-]+:)?div\b([^>]*)>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/;
const XML_BASE = /(?:^|\s)xml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * The base URL the HTML of an xhtml construct resolves against: the `xml:base` of the wrapping
 * `<div>` that `html()` leaves out, resolved against `base`, else `base`. The `xml:base` of the
 * elements inside is the sanitiser's to read (`sanitizeHtml`'s `xmlBase` option).
 */
export function xhtmlBase(text: AtomText, base: string | undefined): string | undefined {
  const attributes = XHTML_WRAPPER.exec(text.value)?.[1];
  const declared = attributes === undefined ? undefined : XML_BASE.exec(attributes);
  if (!declared) return base;
  try {
    return new URL(decodeEntities(declared[1] ?? declared[2] ?? '').trim(), base).href;
  } catch {
    // An unusable xml:base leaves the inherited one in force, as in the XML reader.
    return base;
  }
}

/** An Atom text construct (`title`, `summary`, `content`) with its declared type. */
export class AtomText {
  constructor(
    readonly type: string,
    readonly value: string,
    readonly base: string | undefined,
  ) {}

  /** The construct as HTML: text is escaped, xhtml loses its wrapping `<div>`. */
  html(): string {
    if (this.type === 'xhtml') {
      const inner = XHTML_WRAPPER.exec(this.value);
      return inner?.[2] ?? this.value;
    }
    if (this.type === 'html' || this.type.endsWith('/html')) return this.value;
    return escapeText(this.value).replace(/\n\s*\n/g, '<br><br>');
  }
}

/** A title as plain text, whatever its type: markup only where the type says it is markup. */
export function atomTextField(text: AtomText): string {
  return text.type === 'text' || text.type === ''
    ? collapseSpace(text.value)
    : htmlText(text.html());
}

/** Fills a person from an Atom `name` or `uri` child. */
export function atomPersonDone(
  person: Person,
  local: string,
  text: string,
  base: string | undefined,
): void {
  if (local === 'name') person.name = authorName(text);
  else if (local === 'uri') {
    const url = parseUrl(text, base);
    if (url) person.url = url;
  }
}

function textType(element: XmlElement): string {
  return (element.attrs.type ?? 'text').trim().toLowerCase();
}

/** An Atom `<entry>` being read. */
export class AtomEntryDraft {
  readonly line: number;
  readonly index: number;
  readonly base: string | undefined;
  readonly language: string | undefined;
  id = '';
  title: AtomText | undefined;
  link: string | undefined;
  linkBase: string | undefined;
  published: string | undefined;
  issued: string | undefined;
  updated: string | undefined;
  readonly authors: Person[] = [];
  readonly categories: Term[] = [];
  readonly dcterms: DctermsDates = {};
  summary: AtomText | undefined;
  content: AtomText | undefined;
  commentCount: number | undefined;
  commentsUrl: string | undefined;
  image: string | undefined;
  /** Whether the entry had a `link rel="enclosure"` or out-of-line content (`content src`). */
  hasEnclosure = false;
  /** Its `link rel="enclosure"`s and `media:content`s. */
  attachments: RawAttachment[] | undefined;
  private author: Person | undefined;
  private linkIsHtml = false;

  constructor(element: XmlElement, index: number) {
    this.line = element.line;
    this.index = index;
    this.base = element.base;
    this.language = element.attrs['xml:lang'];
  }

  /** The content as HTML, or undefined when it is out of line (`src`) or empty. */
  contentHtml(): string | undefined {
    const html = this.content?.html();
    return html?.trim() ? html : undefined;
  }

  open(element: XmlElement): Capture {
    const { depth, uri, local } = element;
    // The entry is at depth 1: depth - 1 is the depth below it.
    if (uri === NS.dc || uri === NS.media || uri === NS.itunes) {
      return openCategory(this.categories, element, depth - 1);
    }
    if (depth === 2 && isDctermsDate(element)) return Capture.Text;
    if (depth === 3 && this.author && isAtom(uri)) {
      return local === 'name' || local === 'uri' ? Capture.Text : Capture.None;
    }
    if (depth !== 2) return Capture.None;
    if (uri === NS.thr) return local === 'total' ? Capture.Text : Capture.None;
    if (!isAtom(uri)) return Capture.None;
    switch (local) {
      case 'author':
        this.author = { name: '' };
        return Capture.None;
      case 'title':
      case 'summary':
      case 'content':
        if (local === 'content' && element.attrs.src !== undefined) return Capture.None;
        return textType(element) === 'xhtml' ? Capture.Markup : Capture.Text;
      case 'id':
      case 'published':
      case 'issued':
      case 'updated':
      case 'modified':
        return Capture.Text;
      default:
        return Capture.None;
    }
  }

  close(element: XmlElement, text: string): void {
    const { depth, uri, local, attrs } = element;
    closeCategory(this.categories, element, text, depth - 1);
    if (uri === NS.media && local === 'content')
      this.keepAttachment(rawAttachment(element, 'media'));
    if (depth === 3) {
      if (this.author && isAtom(uri)) atomPersonDone(this.author, local, text, element.base);
      return;
    }
    if (depth !== 2) return;
    if (uri === NS.dcterms) {
      keepDctermsDate(this.dcterms, element, text);
      return;
    }
    if (uri === NS.thr) {
      if (local === 'total') this.commentCount = count(text);
      return;
    }
    if (uri === NS.media && local === 'thumbnail' && attrs.url) {
      this.image ??= attrs.url;
      return;
    }
    if (!isAtom(uri)) return;
    switch (local) {
      case 'author':
        if (this.author?.name) this.authors.push(this.author);
        this.author = undefined;
        return;
      case 'title':
        this.title = new AtomText(textType(element), text, element.base);
        return;
      case 'summary':
        this.summary = new AtomText(textType(element), text, element.base);
        return;
      case 'content':
        if (attrs.src === undefined)
          this.content = new AtomText(textType(element), text, element.base);
        else if (attrs.src.trim()) this.hasEnclosure = true;
        return;
      case 'id':
        this.id = text.trim();
        return;
      case 'published':
        this.published = text;
        return;
      case 'issued':
        this.issued = text;
        return;
      case 'updated':
      case 'modified':
        this.updated ??= text;
        return;
      case 'category': {
        const name = attrs.label ?? attrs.term;
        if (name)
          addTerm(this.categories, name, attrs.label && attrs.term ? attrs.term : undefined);
        return;
      }
      case 'link':
        this.closeLink(element);
        return;
    }
  }

  private keepAttachment(raw: RawAttachment | undefined): void {
    if (raw === undefined) return;
    this.attachments ??= [];
    this.attachments.push(raw);
  }

  private closeLink(element: XmlElement): void {
    const { attrs } = element;
    const href = attrs.href?.trim();
    if (!href) return;
    const rel = attrs.rel?.trim() || 'alternate';
    const type = attrs.type?.trim().toLowerCase();
    if (rel === 'alternate') {
      const isHtml = type === undefined || type === 'text/html' || type === 'application/xhtml+xml';
      // The first alternate wins, unless a later one is the HTML page and the first was not.
      if (this.link === undefined || (isHtml && !this.linkIsHtml)) {
        this.link = href;
        this.linkBase = element.base;
        this.linkIsHtml = isHtml;
      }
    } else if (rel === 'replies') {
      // thr:count, whatever prefix the feed bound the threading namespace to.
      const countName = Object.keys(attrs).find((name) => name.endsWith(':count'));
      const total = countName ? attrs[countName] : undefined;
      if (total !== undefined && this.commentCount === undefined) this.commentCount = count(total);
      if (type === undefined || type === 'text/html') {
        this.commentsUrl = parseUrl(href, element.base) ?? this.commentsUrl;
      }
    } else if (rel === 'enclosure') {
      this.hasEnclosure = true;
      this.keepAttachment(rawAttachment(element, 'atom'));
      if (type?.startsWith('image/')) this.image ??= parseUrl(href, element.base);
    }
  }
}
