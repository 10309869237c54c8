import { decodeEntities } from '@competencyworks/core';
import type { Attachment, Term } from '../post';
import { htmlToText } from './htmlToText';
import { parseHttpUrl as parseUrl } from './httpUrl';
import { isJsSpace } from './isJsSpace';
import { mimeTypeOf } from './mimeTypes';
import { Capture, NS, type XmlElement } from './xmlReader';

// Runs of white space other than a lone space (which would be replaced by itself: matching every
// space between words made collapsing the slowest step of an excerpt).
const SPACE = /[\t\n\f\r][\t\n\f\r ]*| [\t\n\f\r ]+/g;
const EDGE_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
// Text that needs no work: no entity, no run of white space, nothing to trim (most titles and
// names). indexOf-based: the one regular expression with "^ " and " $" tried at every position.
const SPACE_OTHER_THAN_BLANK = /[\t\n\f\r]/;
function needsWork(text: string): boolean {
  return (
    text.includes('&') ||
    text.includes('  ') ||
    text.charCodeAt(0) === 32 ||
    text.charCodeAt(text.length - 1) === 32 ||
    SPACE_OTHER_THAN_BLANK.test(text)
  );
}

/** Plain text from a feed's text field: entities decoded, white space collapsed (no-break spaces kept). */
export function plainText(text: string): string {
  return needsWork(text) ? collapseSpace(decodeEntities(text)) : text;
}

/**
 * Text whose entities the XML parser has already decoded (an Atom `type="text"` construct), with
 * white space collapsed: decoding again would turn a literal "&amp;lt;" into "<".
 */
export function collapseSpace(text: string): string {
  const collapsed = text.replace(SPACE, ' ');
  const last = collapsed.length - 1;
  return collapsed.charCodeAt(0) === 32 || collapsed.charCodeAt(last) === 32
    ? collapsed.replace(EDGE_SPACE, '')
    : collapsed;
}

/**
 * Plain text from an HTML fragment; tag-free input skips the HTML parser. With `wordLimit`, the
 * HTML is read only until the text has more words than that (see htmlToText).
 */
export function htmlText(html: string, wordLimit?: number): string {
  if (!html.includes('<')) return plainText(html);
  return htmlToText(html, wordLimit).text;
}

// The "Continue reading" / "Read More" link WordPress appends to a feed excerpt.
const MORE_LINK =
  /\s*(?:\[(?:&#8230;|&hellip;|…|\.\.\.)\]\s*)?<a\b([^>]*)>((?:(?!<\/a>)[\s\S]){0,300})<\/a>\s*(?:<\/p>\s*)?$/i;
const MORE_CLASS = /\bclass\s*=\s*["'][^"']*\b(?:more-link|read_more|read-more|more)\b/i;
const MORE_TEXT = /\b(?:continue reading|read more|more)\b/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * MORE_LINK's match. The link's label holds no </a>, so a match starts after the last </a> but
 * one, and only that tail is searched (the expression was tried at every position of a long
 * excerpt). With an upper-case </A anywhere, the whole text is searched as before.
 */
function moreLink(html: string): { attributes: string; label: string; index: number } | null {
  let from = 0;
  if (!html.includes('</A')) {
    const last = html.lastIndexOf('</a>');
    if (last === -1) return null;
    const previous = last > 0 ? html.lastIndexOf('</a>', last - 1) : -1;
    if (previous !== -1) from = previous + 4;
  }
  const found = MORE_LINK.exec(from === 0 ? html : html.slice(from));
  return found && { attributes: found[1] ?? '', label: found[2] ?? '', index: from + found.index };
}

/**
 * An excerpt from a feed's HTML summary: the trailing "Continue reading" link WordPress adds
 * is taken off the text and returned as the continuation URL.
 */
export function excerptOf(
  html: string,
  base: string | undefined,
): { excerpt: string; continuationUrl?: string } {
  const match = html.includes('<a') ? moreLink(html) : null;
  if (match) {
    const { attributes, label } = match;
    if (MORE_CLASS.test(attributes) || MORE_TEXT.test(label.replace(/<[^>]*>/g, ' '))) {
      const href = HREF.exec(attributes);
      const url = href ? parseUrl(decodeEntities(href[1] ?? href[2] ?? ''), base) : undefined;
      const excerpt = summaryText(html.slice(0, match.index));
      return url ? { excerpt, continuationUrl: url } : { excerpt };
    }
  }
  return { excerpt: summaryText(html) };
}

/**
 * The most words an excerpt made from the content keeps: WordPress's `excerpt_length`, so it
 * reads like the excerpts WordPress writes into its feeds.
 */
const EXCERPT_WORDS = 55;
/**
 * The most words kept of a summary the source gives (`<description>`, `<summary>`,
 * `wp:excerpt`): an author's teaser a little longer than WordPress's 55 words stays whole, while
 * a feed that puts a whole post (or 16 MB) there still gives a short excerpt.
 */
const SUMMARY_WORDS = 150;

/**
 * Text cut after its first `limit` words, at the end of a word, with "…" to say it goes on;
 * shorter text is returned as it is. Paragraph breaks before the cut are kept.
 */
function cutWords(text: string, limit: number): string {
  // Words are runs of characters other than `\s`, counted by character code: a regular
  // expression's match array per word was 1.5 million arrays on a 10,000-item feed.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isJsSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > limit) return `${text.slice(0, i).trimEnd()}\u2026`;
    }
  }
  return text;
}

/** A summary the source gives (HTML) as an excerpt: plain text, at most 150 words. */
export function summaryText(html: string): string {
  return cutWords(htmlText(html, SUMMARY_WORDS), SUMMARY_WORDS);
}

/** An excerpt made from the full content, when the source has none: its first 55 words, as WordPress does. */
export function excerptFromContent(html: string): string {
  return cutWords(htmlText(html, EXCERPT_WORDS), EXCERPT_WORDS);
}

const EMAIL = /^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+$/;

/**
 * The name in a feed's author text: "jo@example.org (Jo Smith)", "Jo Smith (jo@example.org)" and
 * "Jo Smith <jo@example.org>" give "Jo Smith". `Person` has no place for an e-mail address, so it
 * is dropped when there is a name, and kept as the name when it is all there is; a part in
 * brackets that is not an address ("Jo Smith (editor)") is part of the name. Split at the last
 * bracket, not by a pattern, so a long hostile value is read in one pass.
 */
export function authorName(text: string): string {
  const plain = plainText(text);
  const close = plain.charAt(plain.length - 1);
  const open = close === ')' ? '(' : close === '>' ? '<' : '';
  const at = open ? plain.lastIndexOf(open) : -1;
  if (at === -1) return plain;
  const outside = plain.slice(0, at).trim();
  const inside = plain.slice(at + 1, -1).trim();
  if (EMAIL.test(inside)) return outside === '' ? inside : unquote(outside);
  if (open === '(' && EMAIL.test(outside) && inside !== '') return inside;
  return plain;
}

function unquote(name: string): string {
  return name.length > 1 && name.startsWith('"') && name.endsWith('"')
    ? name.slice(1, -1).trim()
    : name;
}

/** Adds a term unless one with the same name is already there. */
export function addTerm(terms: Term[], name: string, slug?: string): void {
  const clean = plainText(name);
  if (clean === '' || terms.some((term) => term.name === clean)) return;
  terms.push(slug ? { name: clean, slug } : { name: clean });
}

/**
 * Whether an element inside an item or entry names a category by its text: `dc:subject` as a
 * child of the item, `media:category` at any depth (it may sit in `media:group` or
 * `media:content`). `depth` is the element's depth below the item (1 for a child).
 */
function isTextCategory(element: XmlElement, depth: number): boolean {
  const { uri, local } = element;
  return (
    (uri === NS.dc && local === 'subject' && depth === 1) ||
    (uri === NS.media && local === 'category')
  );
}

/**
 * Opens an element inside an item or entry for its categories: an `itunes:category` adds its
 * `text` attribute now, so a parent ("Technology") comes before the category nested in it
 * ("Gadgets"); `dc:subject` and `media:category` ask for their text, which `closeCategory`
 * adds. `depth` is the element's depth below the item (1 for a child).
 */
export function openCategory(terms: Term[], element: XmlElement, depth: number): Capture {
  if (element.uri === NS.itunes && element.local === 'category') {
    if (element.attrs.text) addTerm(terms, element.attrs.text);
    return Capture.None;
  }
  return isTextCategory(element, depth) ? Capture.Text : Capture.None;
}

/**
 * Adds the category a `dc:subject` or `media:category` names: a `media:category`'s `label`
 * when it has one (as Atom's `label` over `term`), else the element's text.
 */
export function closeCategory(
  terms: Term[],
  element: XmlElement,
  text: string,
  depth: number,
): void {
  if (!isTextCategory(element, depth)) return;
  addTerm(terms, (element.uri === NS.media && element.attrs.label) || text);
}

/** The raw text of an item's Dublin Core Terms dates, for when the format's own are missing. */
export interface DctermsDates {
  issued?: string;
  created?: string;
  modified?: string;
}

/** Whether an element is a `dcterms:issued`, `dcterms:created` or `dcterms:modified` date. */
export function isDctermsDate(element: XmlElement): boolean {
  const { uri, local } = element;
  return uri === NS.dcterms && (local === 'issued' || local === 'created' || local === 'modified');
}

/** Keeps the first `dcterms:` date of each kind an item gives. */
export function keepDctermsDate(dates: DctermsDates, element: XmlElement, text: string): void {
  if (isDctermsDate(element)) dates[element.local as keyof DctermsDates] ??= text;
}

/** A BCP 47-looking language tag, or undefined. */
export function languageTag(text: string | undefined): string | undefined {
  const tag = text?.trim();
  return tag && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

/** A non-negative whole number written as text, or undefined. */
export function count(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** An enclosure as an item gives it (`<enclosure>`, `media:content`, Atom `link rel="enclosure"`). */
export interface RawAttachment {
  url: string;
  base: string | undefined;
  type: string | undefined;
  length: string | undefined;
  title: string | undefined;
  duration: string | undefined;
}

/**
 * The attachment an element names, or undefined: RSS `<enclosure url length type>`,
 * `media:content url fileSize type duration` (also inside `media:group`) and Atom
 * `<link rel="enclosure" href length type title>`. The caller decides which element it is.
 */
export function rawAttachment(element: XmlElement, kind: 'enclosure' | 'media' | 'atom') {
  const { attrs } = element;
  const url = (kind === 'atom' ? attrs.href : attrs.url)?.trim();
  if (!url) return undefined;
  const attachment: RawAttachment = {
    url,
    base: element.base,
    type: attrs.type,
    length: kind === 'media' ? attrs.fileSize : attrs.length,
    title: kind === 'atom' ? attrs.title : undefined,
    duration: kind === 'media' ? attrs.duration : undefined,
  };
  return attachment;
}

const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+(?:\s*;.*)?$/;

/**
 * An item's attachments: URLs resolved against the item's `xml:base` or link and kept only when
 * http(s) (`report` is told of the others), one per URL, the media type as given or else the one
 * the file's extension implies. Sizes of 0 (a common placeholder) are left out.
 */
export function resolveAttachments(
  raw: readonly RawAttachment[],
  base: string | undefined,
  report: (message: string) => void,
): Attachment[] {
  const attachments: Attachment[] = [];
  for (const item of raw) {
    const url = parseUrl(item.url, item.base ?? base);
    if (url === undefined) {
      report(`enclosure "${item.url.slice(0, 60)}" is not an http(s) URL; not kept`);
      continue;
    }
    if (attachments.some((attachment) => attachment.url === url)) continue;
    const type = item.type?.trim();
    const size = count(item.length ?? '');
    const duration = item.duration === undefined ? undefined : Number(item.duration.trim());
    const title = item.title ? plainText(item.title) : '';
    attachments.push({
      url,
      mimeType:
        (type && MEDIA_TYPE.test(type) ? type : mimeTypeOf(url)) ?? 'application/octet-stream',
      ...(title ? { title } : {}),
      ...(size ? { sizeInBytes: size } : {}),
      ...(duration !== undefined && Number.isFinite(duration) && duration > 0
        ? { durationInSeconds: duration }
        : {}),
    });
  }
  return attachments;
}
