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
  /** The next (older) page of the archive, from `a.next.page-numbers` or `.nav-previous a`. */
  nextPageUrl?: string;
  /** The previous (newer) page, from `a.prev.page-numbers` or `.nav-next a`. */
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
 * Reads a WordPress archive page as a theme renders it (Twenty Sixteen and its kin) into posts:
 * each `article.post` gives the title and permalink (`.entry-title a`), the date
 * (`time.entry-date[datetime]`, kept as the calendar date the page shows), the authors
 * (`.byline .author a`, `.vcard .fn`), the excerpt as plain text and the sanitised HTML from
 * `.entry-content` or `.entry-summary`, and the "(more…)" link (`a.more-link`) as
 * `continuationUrl` with `extra.truncated: true`. An image the post opens with gives `image` and
 * `imageCaption` (its caption box's text, else its alt text) and is left out of the excerpt; the
 * PrintFriendly button is left out of both. Relative links resolve against `<base href>`, else
 * `options.baseUrl`. Site chrome outside the articles is ignored; an article that cannot be read
 * is reported in `issues`.
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
  const next =
    findFirst(
      document,
      (e) => e.name === 'a' && hasClass(e, 'next') && hasClass(e, 'page-numbers'),
    ) ?? navLink(document, 'nav-previous');
  const previous =
    findFirst(
      document,
      (e) => e.name === 'a' && hasClass(e, 'prev') && hasClass(e, 'page-numbers'),
    ) ?? navLink(document, 'nav-next');
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
  if (element.name === 'article') return true;
  return hasClass(element, 'hentry') || hasClass(element, 'type-post');
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

function readArticle(article: HtmlElement, index: number, context: Context): Post | undefined {
  const { issues, base, locate } = context;
  const line = locate(article.startIndex ?? 0).line;
  const titleElement =
    findFirst(article, (e) => hasClass(e, 'entry-title')) ??
    findFirst(article, (e) => /^h[1-3]$/.test(e.name));
  const title = titleElement ? visibleText(titleElement) : '';
  if (title === '') {
    issues.push({
      code: 'missing-title',
      severity: 'error',
      message: 'an <article> has no .entry-title heading with text; skipped',
      line,
      index,
    });
    return undefined;
  }

  const link =
    titleElement?.name === 'a'
      ? titleElement
      : titleElement
        ? findFirst(titleElement, (e) => e.name === 'a')
        : undefined;
  const href = link?.attribs.href;
  const url = resolveUrl(href, base);
  if (href !== undefined && url === undefined) {
    issues.push({
      code: 'invalid-url',
      severity: 'warning',
      message: `post "${title}": its link "${href}" is not an absolute http(s) URL and there is no base URL to resolve it; kept without a URL`,
      hint: { option: 'baseUrl', text: 'pass { baseUrl } to resolve it' },
      line,
      index,
    });
  }
  const slug = url ? /\/([A-Za-z0-9_%-]+)\/?$/.exec(new URL(url).pathname)?.[1] : undefined;
  const sourceId =
    /^post-(\d+)$/.exec(article.attribs.id ?? '')?.[1] ??
    /(?:^|\s)post-(\d+)(?:\s|$)/.exec(article.attribs.class ?? '')?.[1];

  const content =
    findFirst(article, (e) => hasClass(e, 'entry-content')) ??
    findFirst(article, (e) => hasClass(e, 'entry-summary'));
  const outside = (element: HtmlElement) => !content || !isInside(element, content);

  // Dates and authors come from the post's meta, never from inside its text.
  const times = findAll(article, (e) => e.name === 'time' && outside(e));
  const publishedTime =
    times.find((t) => hasClass(t, 'published')) ??
    times.find((t) => hasClass(t, 'entry-date')) ??
    times[0];
  const modifiedTime = times.find((t) => hasClass(t, 'updated') && !hasClass(t, 'published'));
  const published = publishedTime ? dateOf(publishedTime) : undefined;
  const modified = modifiedTime ? dateOf(modifiedTime) : undefined;
  if (!publishedTime) {
    issues.push({
      code: 'missing-date',
      severity: 'warning',
      message: `post "${title}" has no <time> date; kept without a date`,
      line,
      index,
    });
  } else if (published === undefined) {
    issues.push({
      code: 'invalid-date',
      severity: 'warning',
      message: `post "${title}": its date "${publishedTime.attribs.datetime ?? visibleText(publishedTime)}" is not a date like 2016-08-18 or "August 18, 2016"; kept without a date`,
      line: locate(publishedTime.startIndex ?? 0).line,
      index,
    });
  }

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
  const metaBox = findFirst(article, (e) => hasClass(e, 'entry-meta') && outside(e));
  const bylineParts = metaBox
    ? [visibleText(metaBox)]
    : findAll(
        article,
        (e) => (hasClass(e, 'posted-on') || hasClass(e, 'byline')) && outside(e),
      ).map(visibleText);
  const byline = bylineParts.filter((part) => part !== '').join(' ');

  let excerpt = '';
  let contentHtml: string | undefined;
  let continuationUrl: string | undefined;
  let moreLink = false;
  let leading: ReturnType<typeof takeLeadingImage>;
  if (content) {
    for (const chrome of findAll(
      content,
      (e) => hasClass(e, 'printfriendly') || hasClass(e, 'pf-button') || isPrintButton(e),
    )) {
      DomUtils.removeElement(chrome);
    }
    const more = findFirst(content, (e) => e.name === 'a' && hasClass(e, 'more-link'));
    if (more) {
      moreLink = true;
      continuationUrl = resolveUrl(more.attribs.href, base);
      DomUtils.removeElement(more);
    }
    const html = sanitizeHtml(DomUtils.getInnerHTML(content), base);
    if (html !== '') contentHtml = html;
    leading = takeLeadingImage(content);
    // htmlToText keeps the source's line break after a <br> as a leading space; drop it.
    excerpt = htmlToText(DomUtils.getInnerHTML(content)).text.replace(/\n (?! )/g, '\n');
  } else {
    issues.push({
      code: 'missing-content',
      severity: 'warning',
      message: `post "${title}" has no .entry-content or .entry-summary; kept with an empty excerpt`,
      line,
      index,
    });
  }
  const stripped = stripMoreMarker(excerpt);
  const image = resolveUrl(leading?.src, base);

  return buildArchivePost(
    {
      format: 'archive-html',
      index,
      line,
      title,
      excerpt: stripped.excerpt,
      authors,
      truncated: moreLink || stripped.truncated,
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
      ...(context.file !== undefined ? { file: context.file } : {}),
    },
    issues,
  );
}

/** The PrintFriendly plugin's button: a link whose only content is an image with alt "Print Friendly". */
function isPrintButton(element: HtmlElement): boolean {
  if (element.name !== 'a') return false;
  const image = findFirst(element, (e) => e.name === 'img');
  return /^print friendly/i.test(image?.attribs.alt ?? '') && visibleText(element) === '';
}
