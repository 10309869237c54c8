import type { ParseIssue } from '@competencyworks/core';
import type { Post, SourceFormat } from './post';

/**
 * What every parser returns: the format it read, the posts it kept, and every problem it found.
 * A broken item is reported in `issues` and skipped; the good ones are kept.
 *
 * @example
 * const { format, posts, issues } = readFeed(xml);
 * //=> { format: 'rss', posts: [...10 posts], issues: [] }
 */
export interface ReadResult {
  format: SourceFormat;
  posts: Post[];
  issues: ParseIssue[];
}

/**
 * Options every parser accepts.
 *
 * @example
 * const options: ReadOptions = {
 *   charset: 'windows-1252',
 *   file: 'archive-2016.txt',
 *   baseUrl: 'https://competencyworks.org/blog/',
 * };
 */
export interface ReadOptions {
  /** The charset of byte input when the bytes do not declare one (a BOM or XML declaration wins). */
  charset?: string;
  /** A file name or URL, recorded in each post's `source.file` and in issues. */
  file?: string;
  /** The URL the input was fetched from, used to resolve relative links when the source has no base. */
  baseUrl?: string;
}
