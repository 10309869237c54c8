import { ParseError, type ParseIssue, type Person } from '@competencyworks/core';
import { splitGluedCaption } from './_lib/archiveCaption';
import {
  assertNotEmpty,
  leadingMarkupOffset,
  lineLocator,
  looksLikeJson,
} from './_lib/archiveInput';
import { buildArchivePost, stripMoreMarker } from './_lib/archivePost';
import {
  clean,
  isBlank,
  isFooterLine,
  isHeaderMarker,
  isNameLine,
  isPersonName,
  isSeparator,
  type Line,
  matchDateLine,
  paragraphs,
  renderParagraph,
  splitAuthors,
  toLines,
} from './_lib/archiveText';
import { decodeInput } from './_lib/decodeInput';
import type { Post } from './post';
import type { ReadOptions, ReadResult } from './readResult';

const EXPECTED =
  'an archive page as plain text: a title line, a date line like "August 18, 2016 by", the excerpt, then "Print Friendly"';

interface Segment {
  lines: Line[];
  /** True when a "Print Friendly" line ends the segment. */
  closed: boolean;
}

interface Context {
  page: string;
  file: string | undefined;
  issues: ParseIssue[];
}

/**
 * Reads an archive page of a WordPress blog captured as plain text (the CompetencyWorks seed
 * pages) into posts. Each post is a title line, a date line ("August 18, 2016 by", with the
 * author after "by" when the theme printed one), the excerpt paragraphs and a "Print Friendly"
 * line. The site header ("a project of", the logo) and the footer line are not posts and are
 * reported in `issues` as `site-chrome`; a post without a date line is kept with a `missing-date`
 * warning. An image caption glued to the first word ("Student VoicesThis post...") or standing on
 * its own line after the date line goes to `imageCaption`; a name line that takes the date
 * line's place and repeats ("Matt Riggan", twice) is the author. A "(more…)" marker is removed
 * from the excerpt and recorded as `extra.truncated: true` (the page has no link to the rest).
 * Dates are calendar dates; ids come from the date and title.
 *
 * @param input - The page as a string or bytes (UTF-8 unless a BOM or `options.charset` says otherwise).
 * @param options - `charset` for bytes, `file` to record in each post's source.
 * @returns `{ format: 'archive-text', posts, issues }`.
 * @throws {ParseError} When the input is empty, is HTML, XML or JSON, or has no archive structure at all.
 * @example
 * const page = [
 *   'Three Ways Districts Stumble in Implementation', '',
 *   'December 16, 2016 by', '',
 *   'growthThis is the twenty-third article in the series. (more…)', '',
 *   'Print Friendly',
 * ].join('\n');
 * readArchiveText(page).posts[0];
 * //=> { id: 'cw-2016-12-16-three-ways-districts-stumble-in-implementation',
 * //     title: 'Three Ways Districts Stumble in Implementation', published: '2016-12-16',
 * //     authors: [], excerpt: 'This is the twenty-third article in the series.',
 * //     imageCaption: 'growth', extra: { truncated: true }, categories: [], tags: [], origin: [],
 * //     source: { format: 'archive-text', line: 1, index: 0, byline: 'December 16, 2016 by' } }
 */
export function readArchiveText(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const decoded: ParseIssue[] = [];
  const page = decodeInput(input, {
    ...(options.charset !== undefined ? { charset: options.charset } : {}),
    issues: decoded,
  });
  assertNotEmpty(page, EXPECTED);
  refuseOtherFormats(page);
  const lines = toLines(page);
  if (!lines.some((line) => isSeparator(line) || matchDateLine(line))) {
    const first = lines.find((line) => !isBlank(line));
    throw new ParseError({
      code: 'no-posts',
      message: `found no archive posts: no date line like "August 18, 2016 by" and no "Print Friendly" line; expected ${EXPECTED}`,
      line: first?.number ?? 1,
      column: 1,
    });
  }

  const context: Context = { page, file: options.file, issues: decoded };
  const posts: Post[] = [];
  const segments = splitSegments(lines);
  let index = 0;
  segments.forEach((segment, segmentIndex) => {
    const isLast = segmentIndex === segments.length - 1;
    const starts = postStarts(segment, segmentIndex === 0, context);
    if (isLast && !segment.closed && isTrailingChrome(segment, starts)) {
      skip(segment.lines, context);
      return;
    }
    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? segment.lines.length;
      let block = segment.lines.slice(start, end);
      const unterminated = isLast && !segment.closed && k === starts.length - 1;
      if (unterminated) block = dropFooter(block, context);
      const post = readPost(block, index, context);
      if (post && unterminated) {
        context.issues.push({
          code: 'unterminated-post',
          severity: 'warning',
          message: `post "${post.title}" is not followed by a "Print Friendly" line; the input may be cut short, so its excerpt may be incomplete`,
          line: post.source.line ?? 1,
          index,
        });
      }
      if (post) posts.push(post);
      index++;
    });
  });
  return { format: 'archive-text', posts, issues: context.issues };
}

function refuseOtherFormats(page: string): void {
  const markup = leadingMarkupOffset(page);
  if (markup >= 0) {
    const { line, column } = lineLocator(page)(markup);
    throw new ParseError({
      code: 'wrong-format',
      message: 'this looks like HTML or XML, not archive text',
      hint: {
        option: 'format',
        value: 'auto',
        text: 'use readArchiveHtml for a web page or readFeed for a feed',
      },
      line,
      column,
    });
  }
  if (looksLikeJson(page)) {
    throw new ParseError({
      code: 'wrong-format',
      message: 'this is JSON, not archive text',
      hint: {
        option: 'format',
        value: 'auto',
        text: 'use readWordPressRest or readJsonFeed for JSON sources',
      },
      line: 1,
      column: 1,
    });
  }
}

function splitSegments(lines: Line[]): Segment[] {
  const segments: Segment[] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isSeparator(line)) {
      segments.push({ lines: current, closed: true });
      current = [];
    } else {
      current.push(line);
    }
  }
  segments.push({ lines: current, closed: false });
  return segments;
}

/**
 * Where posts start in a segment (indexes of their title lines). A segment after a separator
 * starts with a post; the first segment starts with the site header, so its first post is the
 * line before its first date line. A further "Month D, YYYY by" line inside a segment means a
 * separator is missing: the post is split there and the gap reported.
 */
function postStarts(segment: Segment, first: boolean, context: Context): number[] {
  const { lines } = segment;
  const nonBlank = lines.flatMap((line, i) => (isBlank(line) ? [] : [i]));
  if (nonBlank.length === 0) return [];
  const previous = (i: number) => nonBlank.filter((j) => j < i).at(-1);
  const datedTitles = nonBlank.flatMap((i) => {
    const line = lines[i];
    const date = line ? matchDateLine(line) : undefined;
    const title = previous(i);
    if (!date || title === undefined) return [];
    // A bare date with no "by" is a date line only right under a segment's opening title.
    if (!date.hasBy && !(title === nonBlank[0] && !first)) return [];
    const titleLine = lines[title];
    return titleLine && !matchDateLine(titleLine) ? [title] : [];
  });

  const starts: number[] = [];
  if (first) {
    const opening = datedTitles[0] ?? headerEnd(lines, nonBlank);
    if (opening === undefined) {
      skip(lines, context);
      return [];
    }
    const header = lines.slice(0, opening);
    if (header.some((line) => !isBlank(line))) skip(header, context);
    starts.push(opening);
  } else {
    starts.push(nonBlank[0] ?? 0);
  }
  for (const title of datedTitles) {
    const last = starts.at(-1) ?? 0;
    if (title <= last) continue;
    starts.push(title);
    const line = lines[title];
    context.issues.push({
      code: 'missing-separator',
      severity: 'warning',
      message: `a new post "${clean(line?.text ?? '')}" starts before the previous one ended with a "Print Friendly" line; split there`,
      line: line?.number ?? 1,
    });
  }
  return starts;
}

/** The first line after the site header when the first post has no date line to find it by. */
function headerEnd(lines: Line[], nonBlank: number[]): number | undefined {
  const head = nonBlank.slice(0, 6);
  const lastMarker = head.filter((i) => {
    const line = lines[i];
    return line !== undefined && isHeaderMarker(line);
  });
  const after = lastMarker.at(-1);
  if (after !== undefined) return nonBlank.find((i) => i > after);
  // Without markers, a line too long to be a title is the site blurb.
  return nonBlank.find((i) => (lines[i]?.text.length ?? 0) <= 200);
}

/** After the last "Print Friendly": the footer, unless it is a post the input cut short. */
function isTrailingChrome(segment: Segment, starts: number[]): boolean {
  const nonBlank = segment.lines.filter((line) => !isBlank(line));
  if (nonBlank.length === 0) return true;
  if (starts.length === 0) return true;
  const hasDate = segment.lines.some((line) => matchDateLine(line) !== undefined);
  if (hasDate) return false;
  return nonBlank.length === 1 || nonBlank.every(isFooterLine);
}

/** Removes footer lines that follow an unterminated last post, reporting them. */
function dropFooter(block: Line[], context: Context): Line[] {
  let end = block.length;
  while (end > 1) {
    const line = block[end - 1];
    if (!line) break;
    if (isBlank(line)) end--;
    else if (isFooterLine(line)) {
      skip([line], context);
      end--;
    } else break;
  }
  return block.slice(0, end);
}

/** Reports lines that are not part of any post: recognised site chrome as a warning, anything else as an error. */
function skip(lines: Line[], context: Context): void {
  const text = lines.filter((line) => !isBlank(line));
  const first = text[0];
  const last = text.at(-1);
  if (!first || !last) return;
  const chrome = text.some((line) => isHeaderMarker(line) || isFooterLine(line));
  const where = first === last ? `line ${first.number}` : `lines ${first.number}-${last.number}`;
  const shown = clean(first.text);
  const quote = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  context.issues.push({
    code: chrome ? 'site-chrome' : 'skipped-text',
    severity: chrome ? 'warning' : 'error',
    message: chrome
      ? `${where} skipped: the site's header or footer ("${quote}"), not a post`
      : `${where} skipped: "${quote}" is not part of any post (no title and date line before it)`,
    line: first.number,
  });
}

function nextNonBlank(block: Line[], after: number): number | undefined {
  for (let i = after + 1; i < block.length; i++) {
    const line = block[i];
    if (line && !isBlank(line)) return i;
  }
  return undefined;
}

/** Reads one post from its title line to the line before its separator. */
function readPost(block: Line[], index: number, context: Context): Post | undefined {
  const titleLine = block[0];
  if (!titleLine) return undefined;
  const title = clean(titleLine.text);
  const { issues } = context;
  if (matchDateLine(titleLine)) {
    issues.push({
      code: 'missing-title',
      severity: 'error',
      message: `a post dated "${title}" has no title line before its date; skipped`,
      line: titleLine.number,
      index,
    });
    return undefined;
  }

  let bodyStart = 1;
  let byline: string | undefined;
  let published: string | undefined;
  let imageCaption: string | undefined;
  let authors: Person[] = [];
  let missingDate = 'has no date line';
  const k = nextNonBlank(block, 0);
  const second = k === undefined ? undefined : block[k];
  const date = second ? matchDateLine(second) : undefined;
  if (second && k !== undefined && date) {
    byline = clean(second.text);
    bodyStart = k + 1;
    if (date.date) published = date.date;
    else {
      issues.push({
        code: 'invalid-date',
        severity: 'warning',
        message: `post "${title}": the date line "${byline}" names a day that does not exist; kept without a date`,
        line: second.number,
        index,
      });
    }
    authors = splitAuthors(date.author).map((name) => ({ name }));
    const m = nextNonBlank(block, k);
    const caption = m === undefined ? undefined : block[m];
    if (m !== undefined && caption && isNameLine(caption) && nextNonBlank(block, m) !== undefined) {
      imageCaption = clean(caption.text);
      bodyStart = m + 1;
    }
  } else if (second && k !== undefined && isNameLine(second)) {
    const name = clean(second.text);
    const m = nextNonBlank(block, k);
    const repeat = m === undefined ? undefined : block[m];
    if (m !== undefined && repeat && clean(repeat.text) === name && isPersonName(name)) {
      // A name in the date line's place, shown twice (avatar alt text and link): the author.
      authors = [{ name }];
      byline = name;
      bodyStart = m + 1;
      missingDate = `has no date line (the line after the title is "${name}", read as its author)`;
    } else if (m !== undefined) {
      // Shown once and followed by the text: an image caption, not an author we could vouch for.
      imageCaption = name;
      bodyStart = k + 1;
      missingDate = `has no date line (the line after the title, "${name}", is read as an image caption)`;
    }
  }
  if (date === undefined) {
    issues.push({
      code: 'missing-date',
      severity: 'warning',
      message: `post "${title}" ${missingDate}; kept without a date`,
      line: titleLine.number,
      index,
    });
  }

  const rendered = paragraphs(block.slice(bodyStart)).map(renderParagraph);
  const opening = rendered[0];
  if (imageCaption === undefined && opening !== undefined) {
    const glued = splitGluedCaption(opening, context.page);
    if (glued) {
      imageCaption = clean(glued.caption);
      rendered[0] = glued.text;
    }
  }
  const { excerpt, truncated } = stripMoreMarker(rendered.join('\n\n'));
  return buildArchivePost(
    {
      format: 'archive-text',
      index,
      line: titleLine.number,
      title,
      excerpt,
      authors,
      truncated,
      ...(published !== undefined ? { published } : {}),
      ...(byline !== undefined ? { byline } : {}),
      ...(imageCaption !== undefined ? { imageCaption } : {}),
      ...(context.file !== undefined ? { file: context.file } : {}),
    },
    issues,
  );
}
