import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { ParseError, type ParseIssue } from '@competencyworks/core';
import {
  type Post,
  type PostStream,
  parseAny,
  type SourceFormat,
  sniffFormat,
  streamRss,
  streamWxr,
} from '@competencyworks/posts';
import { CliError } from './cliError';
import { isSiteUrl, readSite, type SiteOptions } from './readSite';

/** Files at least this large are streamed when their format allows (RSS, Atom, WXR). */
export const STREAM_THRESHOLD = 8 * 1024 * 1024;
const STREAMABLE: readonly SourceFormat[] = ['rss', 'atom', 'wxr'];

/** One input as the build saw it. */
export interface SourceRecord {
  /** The path as shown to the user (relative to the working folder when inside it). */
  path: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
  posts: Post[];
  issues: ParseIssue[];
}

/** Shows a path relative to the working folder when it is inside it. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

/**
 * Reads, hashes and parses one input file, or reads a site from its URL (see readSite). A file no
 * parser can read is a {@link CliError} that names the file and the line, and says what to do.
 */
export async function readSource(
  file: string,
  format?: SourceFormat,
  site?: SiteOptions,
): Promise<SourceRecord> {
  if (isSiteUrl(file)) return readSite(file, site);
  const path = displayPath(file);
  const size = await stat(file).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      throw new CliError(`${path}: cannot read the file (${error.code ?? error.message})`);
    },
  );
  try {
    const streamAs = size >= STREAM_THRESHOLD ? await streamableFormat(file, format) : undefined;
    return streamAs
      ? await streamSource(file, path, streamAs)
      : await readWhole(file, path, format);
  } catch (error) {
    if (error instanceof ParseError) {
      const where =
        error.line === undefined
          ? ''
          : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
      // The location is put back in front as file:line:column; the library's hint for API users
      // ("pass { format }") is said below the way a command-line user gives it.
      const message = error.message
        .replace(/^\d+:\d+: |^line \d+: /, '')
        .replace(/ \(pass \{ format \} to force one\)$/, '');
      throw new CliError(
        `${path}${where}: ${message}\n  (check that the file is a supported source, or force one with --format)`,
      );
    }
    throw error;
  }
}

async function readWhole(file: string, path: string, format?: SourceFormat): Promise<SourceRecord> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = parseAny(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    file: path,
    ...(format ? { format } : {}),
  });
  return {
    path,
    format: result.format,
    sha256,
    bytes: bytes.byteLength,
    posts: result.posts,
    issues: result.issues,
  };
}

/** The format to stream a large file as, from `--format` or the sniffed first 64 KB. */
async function streamableFormat(
  file: string,
  forced?: SourceFormat,
): Promise<SourceFormat | undefined> {
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
  counter: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    counter.bytes += (chunk as Buffer).byteLength;
    yield chunk as Buffer;
  }
}

/** Streams a large feed or export so memory does not grow with the file, hashing as it reads. */
async function streamSource(
  file: string,
  path: string,
  format: SourceFormat,
): Promise<SourceRecord> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  const chunks = hashing(file, hash, counter);
  const stream: PostStream =
    format === 'wxr' ? streamWxr(chunks, { file: path }) : streamRss(chunks, { file: path });
  const posts: Post[] = [];
  for await (const post of stream) posts.push(post);
  return {
    path,
    format: stream.format ?? format,
    sha256: hash.digest('hex'),
    bytes: counter.bytes,
    posts,
    issues: [...stream.issues],
  };
}
