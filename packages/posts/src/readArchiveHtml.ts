import {
  type CalendarDate,
  type IssueHint,
  isCalendarDate,
  ParseError,
  type ParseIssue,
  type Person,
  parseWrittenDate,
} from '@competencyworks/core';
import { DomUtils, parseDocument } from 'htmlparser2';
import {
  findAll,
  findFirst,
  type HtmlDocument,
  type HtmlElement,
  hasClass,
  isElement,
  isInside,
  resolveUrl,
  takeLeadingImage,
  visibleText,
} from './_lib/archiveHtml';
import {
  assertNotEmpty,
  leadingMarkupOffset,
  lineLocator,
  looksLikeFeed,
  looksLikeJson,
  type Position,
} from './_lib/archiveInput';
import { buildArchivePost, stripMoreMarker } from './_lib/archivePost';
import { decodeInput } from './_lib/decodeInput';
import { htmlToText } from './_lib/htmlToText';
import { sanitizeHtml } from './_lib/sanitizeHtml';
import type { Post, Term } from './post';
import type { ReadOptions, ReadResult } from './readResult';

/**
 * What {@link readArchiveHtml} returns: the posts and issues, plus the page's pagination links.
 *
 * @example
 * const page: ArchiveHtmlResult = {
 *   format: 'archive-html',
 *   posts: [],
 *   issues: [],
 *   nextPageUrl: 'https://competencyworks.org/blog/page/3/',
 *   previousPageUrl: 'https://competencyworks.org/blog/',
 * };
 */
export interface ArchiveHtmlResult extends ReadResult {
  /**
   * The next (older) page of the archive, from `a.next.page-numbers`, `.nav-previous a` or a block
   * theme's `a.wp-block-query-pagination-next`.
   */
  nextPageUrl?: string;
  /** The previous (newer) page, from `a.prev.page-numbers`, `.nav-next a` or `a.wp-block-query-pagination-previous`. */
  previousPageUrl?: string;
}

const EXPECTED = 'a WordPress archive page as HTML, with <article class="post"> elements';

interface Context {
  base: string | undefined;
  file: string | undefined;
  locate: (offset: number) => Position;
  issues: ParseIssue[];
}

/**
 * Reads a WordPress archive page as a theme renders it into posts: classic themes (Twenty
 * Sixteen, Twenty Twenty-One and their kin) and block themes (the Query Loop of Twenty Twenty-Two
 * and Twenty Twenty-Three). Each `article.post` or `.wp-block-post` gives the title and permalink
 * (`.entry-title a`, `.wp-block-post-title a`; an untitled post by the link on its date), the
 * date (`time[datetime]`, kept as the calendar date the page shows), the authors
 * (`.byline .author a`, `.vcard .fn`, `a[rel=author]`), the excerpt as plain text and the
 * sanitised HTML from `.entry-content`, `.entry-summary` or the post content/excerpt block, the
 * featured image (`img.wp-post-image`), and the "(more…)" link (`a.more-link`) as
 * `continuationUrl` with `extra.truncated: true`. An image the post opens with gives `image` (when
 * there is no featured image) and `imageCaption` (its caption box's text, else its alt text) and is
 * left out of the excerpt; the PrintFriendly button is left out of both. A password-protected post
 * (`.post-password-required`) keeps its title without the "Protected:" prefix, its link and date,
 * and no text. Relative links resolve against `<base href>`, else `options.baseUrl`. Site chrome
 * outside the articles (widgets too) is ignored; an article that cannot be read is reported in
 * `issues`, and so is a field the theme does not show (`field-not-shown`: no post on the page has a
 * byline), rather than left silently empty.
 *
 * @param input - The page as a string or bytes (a BOM, `options.charset` or `<meta charset>` gives the encoding).
 * @param options - `charset`, `file` to record in each post's source, `baseUrl` for relative links.
 * @returns `{ format: 'archive-html', posts, issues }` and `nextPageUrl`/`previousPageUrl` when the page links them.
 * @throws {ParseError} When the input is empty, plain text, a feed, JSON, or HTML with no posts in it.
 * @example
 * readArchiveHtml(`<article id="post-7" class="post">
 *   <h2 class="entry-title"><a href="https://example.org/hello/">Hello</a></h2>
 *   <time class="entry-date published" datetime="2016-08-18T08:00:00-04:00">August 18, 2016</time>
 *   <div class="entry-content"><p>First words. <a class="more-link" href="https://example.org/hello/#more-7">(more&hellip;)</a></p></div>
 * </article>`).posts[0];
 * //=> { id: 'cw-2016-08-18-hello', url: 'https://example.org/hello/', slug: 'hello', title: 'Hello',
 * //     published: '2016-08-18', authors: [], excerpt: 'First words.', contentHtml: '<p>First words. </p>',
 * //     continuationUrl: 'https://example.org/hello/#more-7', extra: { truncated: true },
 * //     categories: [], tags: [], origin: [], source: { format: 'archive-html', line: 1, index: 0, id: '7' } }
 */
export function readArchiveHtml(
  input: string | Uint8Array,
  options: ReadOptions = {},
): ArchiveHtmlResult {
  const charset = options.charset ?? (typeof input === 'string' ? undefined : metaCharset(input));
  const decoded: ParseIssue[] = [];
  const page = decodeInput(input, {
    ...(charset !== undefined ? { charset } : {}),
    issues: decoded,
  });
  assertNotEmpty(page, EXPECTED);
  const locate = lineLocator(page);
  refuseOtherFormats(page, locate);

  const document = parseDocument(page, {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const baseElement = findFirst(
    document,
    (element) => element.name === 'base' && element.attribs.href !== undefined,
  );
  const base = resolveUrl(baseElement?.attribs.href, options.baseUrl) ?? options.baseUrl;
  const context: Context = { base, file: options.file, locate, issues: decoded };

  const articles = DomUtils.removeSubsets(findAll(document, isPostElement)).filter(isElement);
  if (articles.length === 0) return noPosts(document, context);
  if (/<html[\s>]/i.test(page) && !/<\/html\s*>/i.test(page)) {
    context.issues.push({
      code: 'truncated-input',
      severity: 'warning',
      message:
        'the page ends before </html>: it may be cut short, so the last post may be incomplete',
      line: locate(page.length).line,
    });
  }

  const posts: Post[] = [];
  articles.forEach((article, index) => {
    const post = readArticle(article, index, context);
    if (post) posts.push(post);
  });
  if (posts.length > 0 && posts.every((post) => post.authors.length === 0)) {
    // Many themes (Twenty Twenty-One and the block themes among them) print no byline on archive
    // pages: say so, rather than leave readers to think the posts have no author.
    context.issues.push({
      code: 'field-not-shown',
      severity: 'warning',
      message: `the page shows no author for ${posts.length === 1 ? 'its post' : `any of its ${posts.length} posts`} (the theme prints no byline here); kept without authors, none made up`,
      line: locate(articles[0]?.startIndex ?? 0).line,
    });
  }
  // Classic themes' numbered links or older/newer boxes; block themes' Query Pagination block.
  const next =
    pageLink(document, 'next') ??
    navLink(document, 'nav-previous') ??
    classedLink(document, 'wp-block-query-pagination-next');
  const previous =
    pageLink(document, 'prev') ??
    navLink(document, 'nav-next') ??
    classedLink(document, 'wp-block-query-pagination-previous');
  const nextPageUrl = resolveUrl(next?.attribs.href, base);
  const previousPageUrl = resolveUrl(previous?.attribs.href, base);
  return {
    format: 'archive-html',
    posts,
    issues: context.issues,
    ...(nextPageUrl !== undefined ? { nextPageUrl } : {}),
    ...(previousPageUrl !== undefined ? { previousPageUrl } : {}),
  };
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function refuseOtherFormats(page: string, locate: (offset: number) => Position): void {
  const wrong = (message: string, reader: string, offset: number) => {
    const { line, column } = locate(offset);
    const hint: IssueHint = { option: 'format', value: 'auto', text: `use ${reader}` };
    return new ParseError({ code: 'wrong-format', message, hint, line, column });
  };
  const firstVisible = Math.max(page.search(/\S/), 0);
  if (looksLikeJson(page)) {
    throw wrong(
      'this is JSON, not an HTML page',
      'readWordPressRest or readJsonFeed',
      firstVisible,
    );
  }
  if (leadingMarkupOffset(page) < 0) {
    throw wrong(
      'this looks like plain text, not HTML (it does not start with a tag)',
      'readArchiveText for a page captured as text',
      firstVisible,
    );
  }
  if (looksLikeFeed(page)) {
    throw wrong('this is an RSS or Atom feed, not an HTML page', 'readFeed', firstVisible);
  }
}

function isPostElement(element: HtmlElement): boolean {
  if (hasClass(element, 'comment') || hasClass(element, 'page-header')) return false;
  if (element.name === 'article') return !isInWidget(element);
  // wp-block-post: the items of a block theme's Query Loop (Twenty Twenty-Two and later).
  return (
    hasClass(element, 'hentry') ||
    hasClass(element, 'type-post') ||
    hasClass(element, 'wp-block-post')
  );
}

/**
 * Whether an element sits in a sidebar or footer widget: the Latest Comments block wraps each
 * comment in a bare `<article>`, which is site chrome, not a post.
 */
function isInWidget(element: HtmlElement): boolean {
  for (let parent = element.parent; parent && isElement(parent); parent = parent.parent) {
    if (hasClass(parent, 'widget') || hasClass(parent, 'wp-block-latest-comments')) return true;
  }
  return false;
}

function noPosts(document: HtmlDocument, context: Context): ArchiveHtmlResult {
  const empty = findFirst(document, (e) => hasClass(e, 'no-results') || hasClass(e, 'not-found'));
  if (empty) {
    context.issues.push({
      code: 'no-posts',
      severity: 'warning',
      message: 'the page says it has no posts ("Nothing Found")',
      line: context.locate(empty.startIndex ?? 0).line,
    });
    return { format: 'archive-html', posts: [], issues: context.issues };
  }
  const where =
    findFirst(document, (e) => e.name === 'main') ?? findFirst(document, (e) => e.name === 'body');
  const { line, column } = context.locate(where?.startIndex ?? 0);
  throw new ParseError({
    code: 'no-posts',
    message: `found no posts: expected ${EXPECTED} (each with an .entry-title heading)`,
    line,
    column,
  });
}

function classedLink(document: HtmlDocument, className: string): HtmlElement | undefined {
  return findFirst(document, (e) => e.name === 'a' && hasClass(e, className));
}

function pageLink(document: HtmlDocument, direction: 'next' | 'prev'): HtmlElement | undefined {
  return findFirst(
    document,
    (e) => e.name === 'a' && hasClass(e, direction) && hasClass(e, 'page-numbers'),
  );
}

function navLink(document: HtmlDocument, className: string): HtmlElement | undefined {
  const box = findFirst(document, (e) => hasClass(e, className));
  return box ? findFirst(box, (e) => e.name === 'a' && e.attribs.href !== undefined) : undefined;
}

/** A `time` element's calendar date: its `datetime` as the page wrote it (the site's own date), else its text. */
function dateOf(time: HtmlElement): CalendarDate | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(time.attribs.datetime?.trim() ?? '')?.[1];
  if (day !== undefined && isCalendarDate(day)) return day;
  return parseWrittenDate(visibleText(time));
}

function terms(
  article: HtmlElement,
  outside: (e: HtmlElement) => boolean,
  box: string,
  kind: string,
): Term[] {
  const container = findFirst(article, (e) => hasClass(e, box) && outside(e));
  if (!container) return [];
  return findAll(container, (e) => e.name === 'a').flatMap((link) => {
    const name = visibleText(link);
    if (name === '') return [];
    const slug = new RegExp(`/${kind}/(?:[^/?#]+/)*([^/?#]+)/?(?:[?#]|$)`).exec(
      link.attribs.href ?? '',
    )?.[1];
    return [{ name, ...(slug ? { slug } : {}) }];
  });
}

/** WordPress's default `protected_title_format`, which themes print before a protected post's title. */
const PROTECTED_PREFIX = /^Protected:\s+/;

function readArticle(article: HtmlElement, index: number, context: Context): Post | undefined {
  const { issues, base, locate } = context;
  const line = locate(article.startIndex ?? 0).line;
  const content =
    findFirst(article, (e) => CONTENT_CLASSES.some((name) => hasClass(e, name))) ??
    findFirst(article, (e) => hasClass(e, 'entry-summary'));
  const outside = (element: HtmlElement) => !content || !isInside(element, content);
  const titleElement =
    findFirst(article, (e) => hasClass(e, 'entry-title') || hasClass(e, 'wp-block-post-title')) ??
    findFirst(article, (e) => /^h[1-3]$/.test(e.name) && outside(e));
  const shownTitle = titleElement ? visibleText(titleElement) : '';
  // A theme prints "Protected: " before a password-protected post's title; the title is the rest.
  const passwordProtected = hasClass(article, 'post-password-required');
  const title = passwordProtected ? shownTitle.replace(PROTECTED_PREFIX, '') : shownTitle;
  // Dates and authors come from the post's meta, never from inside its text.
  const times = findAll(article, (e) => e.name === 'time' && outside(e));
  const publishedTime =
    times.find((t) => hasClass(t, 'published')) ??
    times.find((t) => hasClass(t, 'entry-date')) ??
    times[0];

  // An untitled post (an aside, a status) has no title link: its date links to it instead.
  const link =
    titleElement?.name === 'a'
      ? titleElement
      : titleElement
        ? findFirst(titleElement, (e) => e.name === 'a')
        : permalinkOf(article, publishedTime, outside);
  if (title === '' && link?.attribs.href === undefined) {
    issues.push({
      code: 'missing-title',
      severity: 'error',
      message:
        'an <article> has no .entry-title heading with text and no link to the post; skipped',
      line,
      index,
    });
    return undefined;
  }
  const named = title === '' ? `untitled post ${link?.attribs.href}` : `post "${title}"`;
  const href = link?.attribs.href;
  const url = resolveUrl(href, base);
  if (href !== undefined && url === undefined) {
    issues.push({
      code: 'invalid-url',
      severity: 'warning',
      message: `${named}: its link "${href}" is not an absolute http(s) URL and there is no base URL to resolve it; kept without a URL`,
      hint: { option: 'baseUrl', text: 'pass { baseUrl } to resolve it' },
      line,
      index,
    });
  }
  const slug = url ? /\/([A-Za-z0-9_%-]+)\/?$/.exec(new URL(url).pathname)?.[1] : undefined;
  const sourceId =
    /^post-(\d+)$/.exec(article.attribs.id ?? '')?.[1] ??
    /(?:^|\s)post-(\d+)(?:\s|$)/.exec(article.attribs.class ?? '')?.[1];

  const modifiedTime = times.find((t) => hasClass(t, 'updated') && !hasClass(t, 'published'));
  const published = publishedTime ? dateOf(publishedTime) : undefined;
  const modified = modifiedTime ? dateOf(modifiedTime) : undefined;
  if (!publishedTime) {
    issues.push({
      code: 'missing-date',
      severity: 'warning',
      message: `${named} has no <time> date; kept without a date`,
      line,
      index,
    });
  } else if (published === undefined) {
    issues.push({
      code: 'invalid-date',
      severity: 'warning',
      message: `${named}: its date "${publishedTime.attribs.datetime ?? visibleText(publishedTime)}" is not a date like 2016-08-18 or "August 18, 2016"; kept without a date`,
      line: locate(publishedTime.startIndex ?? 0).line,
      index,
    });
  }

  const authors = readAuthors(article, outside, base);
  const byline = readByline(article, outside);

  let text: ArticleText = { excerpt: '', moreLink: false };
  if (passwordProtected) {
    // The page shows a password form (or "There is no excerpt because this is a protected
    // post."), not the post: nothing of it is content.
    issues.push({
      code: 'password-protected',
      severity: 'warning',
      message: `${named} is password-protected; its content and excerpt are not copied`,
      line,
      index,
    });
  } else if (content) {
    text = readText(content, base);
  } else {
    issues.push({
      code: 'missing-content',
      severity: 'warning',
      message: `${named} has no .entry-content, .entry-summary or excerpt block; kept with an empty excerpt`,
      line,
      index,
    });
  }
  const { contentHtml, continuationUrl, leading } = text;
  const stripped = stripMoreMarker(text.excerpt);
  // The featured image (the_post_thumbnail marks it wp-post-image) before one the text opens with.
  const featured = findFirst(
    article,
    (e) => e.name === 'img' && hasClass(e, 'wp-post-image') && outside(e),
  );
  const image = resolveUrl(featured?.attribs.src, base) ?? resolveUrl(leading?.src, base);

  return buildArchivePost(
    {
      format: 'archive-html',
      index,
      line,
      ...(title !== '' ? { title } : {}),
      excerpt: stripped.excerpt,
      authors,
      truncated: text.moreLink || stripped.truncated,
      categories: terms(article, outside, 'cat-links', 'category'),
      tags: terms(article, outside, 'tags-links', 'tag'),
      ...(published !== undefined ? { published } : {}),
      ...(modified !== undefined && modified !== published ? { modified } : {}),
      ...(byline !== '' ? { byline } : {}),
      ...(leading?.caption !== undefined ? { imageCaption: leading.caption } : {}),
      ...(image !== undefined ? { image } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(slug !== undefined ? { slug } : {}),
      ...(sourceId !== undefined ? { sourceId } : {}),
      ...(continuationUrl !== undefined ? { continuationUrl } : {}),
      ...(contentHtml !== undefined ? { contentHtml } : {}),
      ...(passwordProtected ? { passwordProtected } : {}),
      ...(context.file !== undefined ? { file: context.file } : {}),
    },
    issues,
  );
}

/** An article's authors from its byline (`.author`, `a[rel=author]`), never from inside its text. */
function readAuthors(
  article: HtmlElement,
  outside: (element: HtmlElement) => boolean,
  base: string | undefined,
): Person[] {
  const authors: Person[] = [];
  const authorBoxes = findAll(
    article,
    (e) =>
      outside(e) &&
      (hasClass(e, 'author') ||
        (e.name === 'a' && /(?:^|\s)author(?:\s|$)/.test(e.attribs.rel ?? ''))),
  );
  for (const box of DomUtils.removeSubsets(authorBoxes).filter(isElement)) {
    const nameElement =
      findFirst(box, (e) => hasClass(e, 'fn')) ??
      (box.name === 'a' ? box : findFirst(box, (e) => e.name === 'a')) ??
      box;
    const name = visibleText(nameElement);
    if (name === '' || authors.some((a) => a.name === name)) continue;
    const profile = resolveUrl(
      (nameElement.name === 'a' ? nameElement : undefined)?.attribs.href,
      base,
    );
    authors.push({ name, ...(profile ? { url: profile } : {}) });
  }
  return authors;
}

/** The byline as shown ("August 18, 2016 by Chris Sturgis"), from the meta box or its parts. */
function readByline(article: HtmlElement, outside: (element: HtmlElement) => boolean): string {
  const metaBox = findFirst(article, (e) => hasClass(e, 'entry-meta') && outside(e));
  const bylineParts = metaBox
    ? [visibleText(metaBox)]
    : findAll(
        article,
        (e) => (hasClass(e, 'posted-on') || hasClass(e, 'byline')) && outside(e),
      ).map(visibleText);
  return bylineParts.filter((part) => part !== '').join(' ');
}

/** What an article's text gives: excerpt, sanitised HTML, the "(more…)" link, a leading image. */
interface ArticleText {
  excerpt: string;
  moreLink: boolean;
  contentHtml?: string;
  continuationUrl?: string;
  leading?: ReturnType<typeof takeLeadingImage>;
}

/** Reads the text element of an article; it removes the chrome (print button, more link) from it. */
function readText(content: HtmlElement, base: string | undefined): ArticleText {
  for (const chrome of findAll(
    content,
    (e) => hasClass(e, 'printfriendly') || hasClass(e, 'pf-button') || isPrintButton(e),
  )) {
    DomUtils.removeElement(chrome);
  }
  const more = findFirst(
    content,
    (e) =>
      e.name === 'a' &&
      (hasClass(e, 'more-link') || hasClass(e, 'wp-block-post-excerpt__more-link')),
  );
  const continuationUrl = more ? resolveUrl(more.attribs.href, base) : undefined;
  if (more) DomUtils.removeElement(more);
  const html = sanitizeHtml(DomUtils.getInnerHTML(content), base);
  const leading = takeLeadingImage(content);
  // htmlToText keeps the source's line break after a <br> as a leading space; drop it.
  const excerpt = htmlToText(DomUtils.getInnerHTML(content)).text.replace(/\n (?! )/g, '\n');
  return {
    excerpt,
    moreLink: more !== undefined,
    ...(html !== '' ? { contentHtml: html } : {}),
    ...(continuationUrl !== undefined ? { continuationUrl } : {}),
    ...(leading !== undefined ? { leading } : {}),
  };
}

/** The classes of a post's text: classic themes' content, block themes' content and excerpt blocks. */
const CONTENT_CLASSES = ['entry-content', 'wp-block-post-content', 'wp-block-post-excerpt'];

/**
 * The link to the post when its title does not give one: a `rel="bookmark"` link outside the
 * text, else the link around or inside its date (block themes link the date).
 */
function permalinkOf(
  article: HtmlElement,
  time: HtmlElement | undefined,
  outside: (element: HtmlElement) => boolean,
): HtmlElement | undefined {
  const bookmark = findFirst(
    article,
    (e) => e.name === 'a' && /(?:^|\s)bookmark(?:\s|$)/.test(e.attribs.rel ?? '') && outside(e),
  );
  if (bookmark || !time) return bookmark;
  const inner = findFirst(time, (e) => e.name === 'a' && e.attribs.href !== undefined);
  if (inner) return inner;
  for (let parent = time.parent; parent && parent !== article; parent = parent.parent) {
    if (isElement(parent) && parent.name === 'a') return parent;
  }
  return undefined;
}

/** The PrintFriendly plugin's button: a link whose only content is an image with alt "Print Friendly". */
function isPrintButton(element: HtmlElement): boolean {
  if (element.name !== 'a') return false;
  const image = findFirst(element, (e) => e.name === 'img');
  return /^print friendly/i.test(image?.attribs.alt ?? '') && visibleText(element) === '';
}
