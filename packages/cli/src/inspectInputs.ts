import type { PostStatus, SourceFormat } from '@competencyworks/posts';
import { collectInputs, type SkippedFile } from './_lib/collectInputs';
import type { Withheld } from './_lib/publicPost';
import { readContent } from './_lib/readContent';
import type { SiteOptions } from './_lib/readSite';
import type { UnavailableFields } from './_lib/unavailableFields';
import type { BuildIssue } from './buildBundle';

/** What {@link inspectInputs} found. */
export interface InspectReport {
  inputs: { path: string; format: SourceFormat; bytes: number; posts: number; issues: number }[];
  /** Posts left out by status, and password-protected posts kept without content, as in a build. */
  withheld: Withheld;
  /** Files passed over (not sources). */
  skipped: SkippedFile[];
  /** Inputs that could not be read. */
  lost: SkippedFile[];
  /** Per input, the fields none of its posts carries. */
  unavailable: UnavailableFields[];
  posts: {
    id: string;
    /** Absent for an untitled post (an aside, a status update). */
    title?: string;
    published?: string;
    authors: string[];
    series?: string;
    origins: number;
  }[];
  series: { id: string; title: string; kind: string; parts: number[] }[];
  events: { id: string; title: string; kind: string; start: string; end?: string }[];
  issues: BuildIssue[];
}

/** Options of {@link inspectInputs}: those of `cw build` that change what is read. */
export interface InspectOptions {
  format?: SourceFormat;
  charset?: string;
  postTypes?: readonly string[];
  includeStatuses?: readonly PostStatus[];
  /** Read approved comments' text from WXR exports. */
  includeComments?: boolean;
  /** How site URLs are read (progress, timeouts and retries). */
  site?: SiteOptions;
}

/**
 * Reads inputs exactly as `cw build` does (same formats, same status rules, same extraction) and
 * reports what was found, without writing anything; its counts are the build's.
 *
 * @param paths - Files or folders.
 * @param options - As for `cw build`.
 * @returns Inputs, posts, series, events, issues and what was left out.
 * @example
 * const report = await inspectInputs(['export.xml']);
 * //=> { inputs: [{ path: 'export.xml', format: 'wxr', posts: 120, ... }], posts: [...], ... }
 */
export async function inspectInputs(
  paths: readonly string[],
  options: InspectOptions = {},
): Promise<InspectReport> {
  const read = await readContent(await collectInputs(paths), options);
  const { content } = read;
  const issuesOf = (path: string) => read.issues.filter((issue) => issue.file === path).length;
  return {
    inputs: read.inputs.map((s) => ({
      path: s.path,
      format: s.format,
      bytes: s.bytes,
      posts: s.posts,
      issues: issuesOf(s.path),
    })),
    withheld: read.withheld,
    skipped: read.skipped,
    lost: read.lost,
    unavailable: read.unavailable,
    posts: content.posts.map((post) => ({
      id: post.id,
      ...(post.title !== undefined ? { title: post.title } : {}),
      ...(post.published ? { published: post.published } : {}),
      authors: post.authors.map((a) => a.name),
      ...(post.series
        ? {
            series: `${post.series.seriesId}${post.series.position ? ` #${post.series.position}` : ''}`,
          }
        : {}),
      origins: post.origin.length,
    })),
    series: content.series.map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      parts: s.parts.flatMap((part) => (part.position === undefined ? [] : [part.position])),
    })),
    events: content.events.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      start: [e.start.date, e.start.time, e.start.timeZone].filter(Boolean).join(' '),
      ...(e.end ? { end: [e.end.date, e.end.time].filter(Boolean).join(' ') } : {}),
    })),
    issues: read.issues,
  };
}
