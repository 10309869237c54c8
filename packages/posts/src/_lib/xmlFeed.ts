import type { ParseIssue } from '@competencyworks/core';
import type { ParseOptions } from '../parseResult';
import type { Post, SourceFormat } from '../post';
import type { PostStream } from '../streamRss';
import { type ByteSource, decodeByteStream } from './byteStreamText';
import { detachPost } from './keepPost';
import type { Capture, XmlElement, XmlHandler } from './xmlReader';
import { XmlReader } from './xmlReader';

/** Options the XML feed readers (RSS, Atom, WXR) share. */
export interface XmlFeedOptions extends ParseOptions {
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

  warn(message: string, line: number, column: number): void {
    this.issues.push({ code: 'undeclared-prefix', severity: 'warning', message, line, column });
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
    return {
      format,
      ...(this.options.file ? { file: this.options.file } : {}),
      line,
      index,
      ...(id ? { id } : {}),
    };
  }
}

/** Reads a whole document with a handler and returns what it found (the collect form of the stream). */
export function readXmlFeed(text: string, handler: FeedHandler): void {
  const reader = new XmlReader(handler);
  reader.write(text);
  reader.end();
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
  try {
    for await (const chunk of chunks) {
      reader.write(chunk);
      if (handler.posts.length > 0) yield* handler.posts.splice(0);
    }
    reader.end();
    handler.finish();
  } catch (error) {
    // Posts finished before a fatal error are still handed out, then the error propagates.
    yield* handler.posts.splice(0);
    throw error;
  }
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
      const text = decodeByteStream(source, charset ? { charset } : {});
      return streamXmlFeed(text, handler)[Symbol.asyncIterator]();
    },
  };
}
