import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import type { ParseIssue } from '@competencyworks/core';
import {
  type Post,
  type PostStream,
  readAny,
  type SourceFormat,
  sniffFormat,
  streamFeed,
  streamWxr,
} from '@competencyworks/posts';
import { displayPath } from './displayPath';
import { isSiteUrl, readSite, type SiteOptions } from './readSite';
import { readSiteInfo, SITE_HEAD, type SiteInfo } from './readSiteInfo';

/** Files at least this large are streamed when their format allows (RSS, Atom, WXR). */
export const STREAM_THRESHOLD = 8 * 1024 * 1024;
const STREAMABLE: readonly SourceFormat[] = ['rss', 'atom', 'wxr'];
const READ_CHUNK = 64 * 1024;

/** Options of {@link readSource}, from the command line. */
export interface ReadSourceOptions {
  /** Force one format instead of sniffing. */
  format?: SourceFormat;
  /** The charset of inputs that do not declare one. */
  charset?: string;
  /** WXR post types to read (default: posts). */
  postTypes?: readonly string[];
  /** Read approved comments' text from a WXR export (default: only their count). */
  includeComments?: boolean;
  /** Called with the bytes read so far of this file, as they are read. */
  onBytes?: (bytes: number) => void;
  /** How site URLs are read: progress, timeouts and retries, the cache of a rebuild. */
  site?: SiteOptions;
}

/** One input as the build saw it. */
export interface SourceRecord {
  /** The path as shown to the user (relative to the working folder when inside it). */
  path: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
  posts: Post[];
  issues: ParseIssue[];
  /** The site's title and link as the source states them (channel, feed or site). */
  site: SiteInfo;
}

/** One input as the build saw it, its posts counted (they went to the caller one by one). */
export interface SourceRead extends Omit<SourceRecord, 'posts'> {
  posts: number;
}

/**
 * Reads, hashes and parses one input file, or reads a site from its URL (see readSite), giving
 * each post to `onPost` as it is read: a large file is streamed, so its posts are never all in
 * memory at once unless the caller keeps them.
 *
 * @throws {ParseError} When no parser can read the file (the caller reports it and goes on).
 */
export async function readSource(
  file: string,
  options: ReadSourceOptions,
  onPost: (post: Post) => void,
): Promise<SourceRead> {
  if (isSiteUrl(file)) {
    return handOver(
      await readSite(file, {
        ...options.site,
        ...(options.postTypes ? { postTypes: options.postTypes } : {}),
      }),
      onPost,
    );
  }
  const path = displayPath(file);
  const size = (await stat(file)).size;
  const streamAs = size >= STREAM_THRESHOLD ? await streamableFormat(file, options) : undefined;
  return streamAs
    ? await streamSource(file, path, streamAs, options, onPost)
    : handOver(await readWhole(file, path, options), onPost);
}

/** Gives the posts of a source read whole to `onPost`. */
function handOver(source: SourceRecord, onPost: (post: Post) => void): SourceRead {
  const { posts, ...rest } = source;
  for (const post of posts) onPost(post);
  return { ...rest, posts: posts.length };
}

function parserOptions(path: string, options: ReadSourceOptions) {
  return {
    file: path,
    ...(options.charset ? { charset: options.charset } : {}),
    ...(options.postTypes ? { postTypes: [...options.postTypes] } : {}),
    ...(options.includeComments ? { includeComments: true } : {}),
  };
}

async function readWhole(
  file: string,
  path: string,
  options: ReadSourceOptions,
): Promise<SourceRecord> {
  const bytes = await readFile(file);
  options.onBytes?.(bytes.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = readAny(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    ...parserOptions(path, options),
    ...(options.format ? { format: options.format } : {}),
  });
  return {
    path,
    format: result.format,
    sha256,
    bytes: bytes.byteLength,
    posts: result.posts,
    issues: result.issues,
    site: readSiteInfo(bytes.subarray(0, SITE_HEAD), result.format),
  };
}

/** The format to stream a large file as, from `--format` or the sniffed first 64 KB. */
async function streamableFormat(
  file: string,
  options: ReadSourceOptions,
): Promise<SourceFormat | undefined> {
  const forced = options.format;
  if (forced) return STREAMABLE.includes(forced) ? forced : undefined;
  const handle = await open(file);
  try {
    const head = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const sniffed = sniffFormat(head.subarray(0, bytesRead));
    return STREAMABLE.includes(sniffed.format) ? sniffed.format : undefined;
  } catch {
    // Sniffing a prefix can fail where the whole file parses; read it whole then.
    return undefined;
  } finally {
    await handle.close();
  }
}

async function* hashing(
  file: string,
  hash: Hash,
  counter: { bytes: number; head: Uint8Array | undefined },
  onBytes: ((bytes: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  // Chunks of 64 KB (Node's default), not more: a chunk decodes to a string of up to twice its
  // size, and a string over 128 KB goes straight to V8's old generation, which only a full
  // collection frees; with 1 MB chunks a 200 MB export grew the heap by 120 MB of dead text.
  for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    counter.head ??= Uint8Array.prototype.slice.call(bytes, 0, SITE_HEAD);
    counter.bytes += bytes.byteLength;
    onBytes?.(counter.bytes);
    yield bytes;
  }
}

/** Streams a large feed or export so memory does not grow with the file, hashing as it reads. */
async function streamSource(
  file: string,
  path: string,
  format: SourceFormat,
  options: ReadSourceOptions,
  onPost: (post: Post) => void,
): Promise<SourceRead> {
  const hash = createHash('sha256');
  const counter: { bytes: number; head: Uint8Array | undefined } = { bytes: 0, head: undefined };
  const chunks = hashing(file, hash, counter, options.onBytes);
  const stream: PostStream =
    format === 'wxr'
      ? streamWxr(chunks, parserOptions(path, options))
      : streamFeed(chunks, parserOptions(path, options));
  let posts = 0;
  for await (const post of stream) {
    posts++;
    onPost(post);
  }
  return {
    path,
    format: stream.format ?? format,
    sha256: hash.digest('hex'),
    bytes: counter.bytes,
    posts,
    issues: [...stream.issues],
    site: readSiteInfo(counter.head ?? new Uint8Array(), stream.format ?? format),
  };
}
