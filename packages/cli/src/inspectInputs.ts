import type { SourceFormat } from '@competencyworks/posts';
import { collectInputs } from './_lib/collectInputs';
import { extractContent } from './_lib/extractContent';
import type { SiteOptions } from './_lib/readSite';
import { readSource } from './_lib/readSource';
import type { BuildIssue } from './buildBundle';

/** What {@link inspectInputs} found. */
export interface InspectReport {
  inputs: { path: string; format: SourceFormat; bytes: number; posts: number; issues: number }[];
  posts: {
    id: string;
    title: string;
    published?: string;
    authors: string[];
    series?: string;
    origins: number;
  }[];
  series: { id: string; title: string; kind: string; parts: number[] }[];
  events: { id: string; title: string; kind: string; start: string; end?: string }[];
  issues: BuildIssue[];
}

/**
 * Reads inputs as `cw build` would and reports what was found, without writing anything.
 *
 * @example
 * const report = await inspectInputs(['export.xml']);
 * //=> { inputs: [{ path: 'export.xml', format: 'wxr', posts: 120, ... }], posts: [...], ... }
 */
export async function inspectInputs(
  paths: readonly string[],
  options: { format?: SourceFormat; site?: SiteOptions } = {},
): Promise<InspectReport> {
  const files = await collectInputs(paths);
  const sources = [];
  for (const file of files) sources.push(await readSource(file, options.format, options.site));
  const content = extractContent(sources.flatMap((source) => source.posts));
  return {
    inputs: sources.map((s) => ({
      path: s.path,
      format: s.format,
      bytes: s.bytes,
      posts: s.posts.length,
      issues: s.issues.length,
    })),
    posts: content.posts.map((post) => ({
      id: post.id,
      title: post.title,
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
    issues: [
      ...sources.flatMap((s) => s.issues.map((issue) => ({ file: s.path, ...issue }))),
      ...content.issues.map((issue) => ({ file: '(extraction)', ...issue })),
    ],
  };
}
