import { stat } from 'node:fs/promises';
import { ParseError, type ParseIssue } from '@competencyworks/core';
import type { Post, PostStatus, SourceFormat } from '@competencyworks/posts';
import { cliHints } from './cliHints';
import type { CollectedInputs, SkippedFile } from './collectInputs';
import { displayPath } from './displayPath';
import { type Content, extractContent } from './extractContent';
import { publicPost, type Withheld } from './publicPost';
import { isSiteUrl } from './readSite';
import type { SiteInfo } from './readSiteInfo';
import { type ReadSourceOptions, readSource } from './readSource';
import { systemErrorMessage } from './systemErrorMessage';
import { type UnavailableFields, unavailableFields } from './unavailableFields';

/** An issue with the input file it came from. */
export interface SourceIssue extends ParseIssue {
  file: string;
}

/** One input that was read, as `manifest.json` lists it. */
export interface InputSummary {
  path: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
  posts: number;
}

/** Options of {@link readContent}. */
export interface ReadContentOptions extends Omit<ReadSourceOptions, 'onBytes'> {
  /** Statuses published besides `publish`. */
  includeStatuses?: readonly PostStatus[];
  /** Called as bytes are read, over all inputs. */
  onProgress?: (progress: { bytes: number; totalBytes: number; file: string }) => void;
}

/** Everything `cw build` and `cw inspect` learn from the inputs. */
export interface ReadContent {
  inputs: InputSummary[];
  content: Content;
  issues: SourceIssue[];
  /** Files passed over (not sources) and inputs that could not be read at all. */
  skipped: SkippedFile[];
  /** Inputs that could not be read: their posts are missing from the bundle. */
  lost: SkippedFile[];
  withheld: Withheld;
  /** Per input, the fields none of its posts carries (a feed has no modified dates, ...). */
  unavailable: UnavailableFields[];
  /** The site as the first input that states it says. */
  site: SiteInfo;
}

/**
 * Reads every input, keeps what is public, and extracts origins, series and events: the one
 * pipeline `cw build` and `cw inspect` share, so they count the same things. An input no parser
 * can read, or that the system will not give us, is reported with its location and the others
 * are read; a file found in a folder that turns out to be no source is skipped with a note.
 */
export async function readContent(
  collected: CollectedInputs,
  options: ReadContentOptions = {},
): Promise<ReadContent> {
  const include = new Set(options.includeStatuses ?? []);
  const withheld: Withheld = { byStatus: {}, included: {}, passwordProtected: 0 };
  const inputs: InputSummary[] = [];
  const issues: SourceIssue[] = [];
  const skipped = [...collected.skipped];
  const lost: SkippedFile[] = [];
  const posts: Post[] = [];
  const unavailable: UnavailableFields[] = [];
  const fileOfPost = new Map<string, string>();
  let site: SiteInfo = {};
  // A site's size is not known before it is read: progress over sites is shown by the site reader.
  const sizes = await Promise.all(
    collected.files.map((file) => (isSiteUrl(file) ? 0 : stat(file).then((s) => s.size))),
  );
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  let before = 0;
  for (const [index, file] of collected.files.entries()) {
    const path = displayPath(file);
    const done = before;
    const onBytes = (bytes: number) =>
      options.onProgress?.({ bytes: done + bytes, totalBytes, file: path });
    before += sizes[index] ?? 0;
    const source = await readSource(file, { ...options, onBytes }).catch((error: unknown) => {
      if (error instanceof ParseError) {
        if (collected.walked.has(file) && error.code === 'unknown-format') {
          skipped.push({ file: path, reason: 'not a source cw can read' });
        } else {
          const issue = error.issues[0] ?? { code: error.code, severity: 'error', message: '' };
          const message = issue.message ? cliHints(issue) : error.message;
          issues.push({ ...issue, file: path, message });
          lost.push({
            file: path,
            ...(issue.line !== undefined ? { line: issue.line } : {}),
            ...(issue.column !== undefined ? { column: issue.column } : {}),
            reason:
              issue.hint?.option === 'format'
                ? message
                : `${message} (check that the file is a supported source, or force one with --format)`,
          });
        }
        return undefined;
      }
      const message = systemErrorMessage(error);
      if (message === undefined) throw error;
      issues.push({ file: path, code: 'unreadable-source', severity: 'error', message });
      lost.push({ file: path, reason: message });
      return undefined;
    });
    if (source === undefined) continue;
    inputs.push({
      path: source.path,
      format: source.format,
      sha256: source.sha256,
      bytes: source.bytes,
      posts: source.posts.length,
    });
    const fields = unavailableFields(source.posts);
    if (fields.length > 0) unavailable.push({ path: source.path, format: source.format, fields });
    if (site.title === undefined && site.url === undefined) site = source.site;
    for (const issue of source.issues) {
      issues.push({ ...issue, file: source.path, message: cliHints(issue) });
    }
    for (const post of source.posts) {
      const first = fileOfPost.get(post.id);
      if (first !== undefined) {
        issues.push({
          file: source.path,
          code: 'duplicate-post',
          severity: 'warning',
          message: `post ${post.title === undefined ? '(untitled)' : `"${post.title}"`} (id ${post.id}) was already read from ${first}; kept the first copy`,
          ...(post.source.line !== undefined ? { line: post.source.line } : {}),
        });
        continue;
      }
      fileOfPost.set(post.id, source.path);
      const kept = publicPost(post, include, withheld, options.includeComments === true);
      if (kept) posts.push(kept);
    }
  }
  const content = extractContent(posts);
  posts.length = 0;
  for (const issue of content.issues) {
    issues.push({ ...issue, file: sourceFileOf(issue, fileOfPost) });
  }
  return { inputs, content, issues, skipped, lost, withheld, unavailable, site };
}

/** The input an extraction issue belongs to, from the post id its message names. */
function sourceFileOf(issue: ParseIssue, fileOfPost: ReadonlyMap<string, string>): string {
  for (const [id, file] of fileOfPost) if (issue.message.includes(id)) return file;
  return '(extraction)';
}
