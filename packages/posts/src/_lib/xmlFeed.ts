import { ParseError, type ParseIssue } from '@competencyworks/core';
import type { Post, SourceFormat } from '../post';
import type { ReadOptions } from '../readResult';
import type { PostStream } from '../streamFeed';
import { type ByteSource, decodeByteStream } from './byteStreamText';
import { detachPost } from './keepPost';
import type { Capture, XmlElement, XmlHandler } from './xmlReader';
import { XmlReader } from './xmlReader';

/** Options the XML feed readers (RSS, Atom, WXR) share. */
export interface XmlFeedOptions extends ReadOptions {
  /**
   * Build `contentHtml` from the full post content (sanitised). Default true. Turn it off for
   * listings and indexes that need only titles, dates and excerpts: parsing is several times faster.
   */
  includeContent?: boolean;
}

/**
 * The state a feed handler shares with the driver: the posts it finished since the driver last
 * took them, and every issue so far.
 */
export abstract class FeedHandler implements XmlHandler {
  format: SourceFormat | undefined;
  readonly posts: Post[] = [];
  readonly issues: ParseIssue[] = [];
  protected readonly options: XmlFeedOptions;
  protected readonly includeContent: boolean;

  constructor(options: XmlFeedOptions) {
    this.options = options;
    this.includeContent = options.includeContent !== false;
  }

  abstract open(element: XmlElement): Capture;
  abstract close(element: XmlElement, text: string): void;

  /** Called after the whole document was read without a fatal error. */
  finish(): void {}

  /** Posts read but held back until `finish` (a WXR post waiting for a later attachment). */
  waitingPosts(): number {
    return 0;
  }

  warn(message: string, line: number, column: number, code = 'undeclared-prefix'): void {
    this.issues.push({ code, severity: 'warning', message, line, column });
  }

  /** Records a problem with one item. */
  protected report(
    code: string,
    severity: 'error' | 'warning',
    message: string,
    where: { line: number; index: number },
  ): void {
    this.issues.push({ code, severity, message, line: where.line, index: where.index });
  }

  /**
   * Queues a finished post. The handlers build posts that are valid by construction (their HTML
   * from `sanitizeHtml`, URLs from `parseHttpUrl`, dates from `xmlDate`), so the schema is not run
   * again on them; the readers' tests check every post they build against it.
   */
  protected emit(post: Post): void {
    this.posts.push(detachPost(post));
  }

  /** The `source` record every post carries. */
  protected source(format: SourceFormat, line: number, index: number, id: string | undefined) {
    // Assigned in the order of the keys (no conditional spreads: an object each, per post).
    const source: Post['source'] = { format };
    if (this.options.file) source.file = this.options.file;
    source.line = line;
    source.index = index;
    if (id) source.id = id;
    return source;
  }
}

/** The reader's errors: the document stops being readable XML at a line and column. */
const XML_ERRORS = new Set(['malformed-xml', 'entity-expansion-limit', 'entity-loop']);

/**
 * Turns a fatal XML error after some posts into an issue, so a truncated or damaged document
 * keeps what was read before the damage. Returns false (the caller rethrows) when the error is
 * not the reader's or when nothing was read: then the error is the whole answer.
 */
function keepBefore(error: unknown, handler: FeedHandler, read: number): boolean {
  const kept = read + handler.waitingPosts();
  if (!(error instanceof ParseError) || !XML_ERRORS.has(error.code) || kept === 0) return false;
  const first = error.issues[0];
  handler.issues.push({
    code: error.code,
    severity: 'error',
    message: `${first?.message ?? error.message}; the ${kept} post${kept === 1 ? '' : 's'} read before it ${kept === 1 ? 'is' : 'are'} kept`,
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.column !== undefined ? { column: error.column } : {}),
  });
  handler.finish();
  return true;
}

/**
 * Reads a whole document with a handler and returns what it found (the collect form of the
 * stream). A document that stops being well-formed XML after some posts keeps them, with the
 * error as an issue; before any post, the error is thrown.
 */
export function readXmlFeed(text: string, handler: FeedHandler): void {
  const reader = new XmlReader(handler);
  try {
    reader.write(text);
    reader.end();
  } catch (error) {
    if (keepBefore(error, handler, handler.posts.length)) return;
    throw error;
  }
  handler.finish();
}

/**
 * Reads a document arriving in text chunks, yielding each post as soon as its item closes, so
 * memory holds one item at a time however long the input is.
 */
export async function* streamXmlFeed(
  chunks: AsyncIterable<string>,
  handler: FeedHandler,
): AsyncGenerator<Post> {
  const reader = new XmlReader(handler);
  let yielded = 0;
  try {
    for await (const chunk of chunks) {
      reader.write(chunk);
      if (handler.posts.length > 0) {
        yielded += handler.posts.length;
        yield* handler.posts.splice(0);
      }
    }
    reader.end();
  } catch (error) {
    // Posts finished before a fatal XML error are handed out, and the error becomes an issue,
    // exactly as the collect form does; before any post, it propagates.
    const kept = yielded + handler.posts.length;
    yield* handler.posts.splice(0);
    if (keepBefore(error, handler, kept)) {
      // Posts the handler held back until the end (finish() has just emitted them).
      yield* handler.posts.splice(0);
      return;
    }
    throw error;
  }
  handler.finish();
  yield* handler.posts.splice(0);
}

/** Wraps a handler's stream as a one-shot {@link PostStream}. */
export function toPostStream(
  source: ByteSource,
  handler: FeedHandler,
  charset: string | undefined,
): PostStream {
  let started = false;
  return {
    get issues() {
      return handler.issues;
    },
    get format() {
      return handler.format;
    },
    [Symbol.asyncIterator]() {
      if (started) throw new Error('a PostStream can be iterated only once');
      started = true;
      const text = decodeByteStream(source, {
        ...(charset ? { charset } : {}),
        issues: handler.issues,
      });
      return streamXmlFeed(text, handler)[Symbol.asyncIterator]();
    },
  };
}
