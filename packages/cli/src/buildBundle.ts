import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ParseIssue } from '@competencyworks/core';
import type { Post, SourceFormat } from '@competencyworks/posts';
import { bundleFiles, type FileContent } from './_lib/bundleFiles';
import { CliError, EXIT } from './_lib/cliError';
import { collectInputs } from './_lib/collectInputs';
import { extractContent } from './_lib/extractContent';
import { isSiteUrl, type SiteOptions } from './_lib/readSite';
import { readSource, type SourceRecord } from './_lib/readSource';
import { seedInputs } from './_lib/seedInputs';
import { siteCachePath } from './_lib/siteCache';
import { version } from './_lib/version';
import { readDropInBundle } from './_lib/widgetsBundle';
import { writeAtomically } from './_lib/writeAtomically';

/** Options for {@link buildBundle}. */
export interface BuildOptions {
  /** Files or folders to read; empty or absent builds from the seed archive bundled with the package. */
  inputs?: readonly string[];
  /** The bundle folder to (re)place. */
  outDir: string;
  /** Force one format for every input instead of sniffing. */
  format?: SourceFormat;
  /** Posts per page of `posts.json` (default 20). */
  pageSize?: number;
  /** The URL the bundle will be served from, to make feed links absolute. */
  baseUrl?: string;
  /** The feed title (default "CompetencyWorks"). */
  title?: string;
  /** Rebuild even when the inputs match the existing manifest. */
  force?: boolean;
  /** Called as inputs are read, for progress display. */
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
  /** The build time (default: now); fixed in tests for reproducible bundles. */
  now?: Date;
  /** How site URLs among the inputs are read: post types, progress, timeouts and retries. */
  site?: SiteOptions;
}

/** One input in `manifest.json`. */
export interface ManifestInput {
  path: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
  posts: number;
}

/** `manifest.json`: what a bundle holds and what it was built from. */
export interface Manifest {
  version: 1;
  tool: string;
  builtAt: string;
  /** A hash of the settings that shape the output, so a change of options forces a rebuild. */
  settings: string;
  inputs: ManifestInput[];
  counts: { posts: number; series: number; events: number; issues: number; files: number };
  files: string[];
}

/** An issue with the input file it came from. */
export interface BuildIssue extends ParseIssue {
  file: string;
}

/** What {@link buildBundle} did. */
export interface BuildResult {
  /** False when the inputs and settings matched the existing bundle, which was left as it was. */
  built: boolean;
  outDir: string;
  manifest: Manifest;
  issues: BuildIssue[];
}

/**
 * Builds a static content bundle: reads every input (any supported format), extracts origins,
 * series and events, and writes the bundle atomically, so a failed or interrupted build leaves
 * the previous bundle in place. With unchanged inputs and settings it does nothing.
 *
 * @example
 * const result = await buildBundle({ outDir: 'public/cw' });
 * //=> { built: true, manifest: { counts: { posts: 17, series: 3, events: 5, ... }, ... }, ... }
 */
export async function buildBundle(options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.outDir);
  const pageSize = options.pageSize ?? 20;
  const title = options.title ?? 'CompetencyWorks';
  const files = options.inputs?.length ? await collectInputs(options.inputs) : seedInputs();
  const dropIn = await readDropInBundle();
  const settings = createHash('sha256')
    .update(
      JSON.stringify({
        pageSize,
        baseUrl: options.baseUrl,
        title,
        format: options.format,
        postTypes: options.site?.postTypes,
        version,
      }),
    )
    // What else shapes the bundle: this code (a new cw, even at the same version; unreadable
    // when cw was bundled into something else, then the version stands for it) and the widgets
    // bundle copied into it (an updated @competencyworks/widgets).
    .update(await readFile(new URL(import.meta.url)).catch(() => ''))
    .update(dropIn ?? '')
    .digest('hex')
    .slice(0, 16);

  const previous = options.force ? undefined : await readManifest(outDir);
  // A site can change at any time: its inputs are never "unchanged" by a hash of files.
  if (previous && previous.settings === settings && !files.some(isSiteUrl)) {
    const hashes = await Promise.all(files.map(hashFile));
    const unchanged =
      hashes.length === previous.inputs.length &&
      hashes.every((hash, i) => previous.inputs[i]?.sha256 === hash);
    if (unchanged) return { built: false, outDir, manifest: previous, issues: [] };
  }

  // Posts are kept once, deduplicated as each input is read; the inputs keep only their summary.
  const inputs: ManifestInput[] = [];
  const issues: BuildIssue[] = [];
  const posts: Post[] = [];
  const fileOfPost = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const source = await readSource(file, options.format, {
      ...options.site,
      // A rebuild asks a site only for what changed; --force reads everything again.
      ...(options.force ? {} : { cacheFile: siteCachePath(outDir) }),
    });
    inputs.push({
      path: source.path,
      format: source.format,
      sha256: source.sha256,
      bytes: source.bytes,
      posts: source.posts.length,
    });
    issues.push(...source.issues.map((issue) => ({ file: source.path, ...issue })));
    keepNewPosts(source, posts, fileOfPost, issues);
    options.onProgress?.({ done: index + 1, total: files.length, file });
  }

  await keepPreviousOnSiteFailure(outDir, issues);
  const content = extractContent(posts);
  posts.length = 0;
  issues.push(
    ...content.issues.map((issue) => ({ file: sourceFileOf(issue, fileOfPost), ...issue })),
  );

  const now = options.now ?? new Date();
  if (!dropIn) {
    issues.push({
      file: '(bundle)',
      code: 'widgets-missing',
      severity: 'warning',
      message:
        'the drop-in widgets bundle was not found, so index.html cannot show the widgets; build @competencyworks/widgets first',
    });
  }

  const names: string[] = [];
  const counts = {
    posts: content.posts.length,
    series: content.series.length,
    events: content.events.length,
    issues: issues.length,
  };
  let manifest: Manifest | undefined;
  function* output(): Generator<[string, FileContent]> {
    for (const entry of bundleFiles(content, {
      pageSize,
      title,
      now,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    })) {
      names.push(entry[0]);
      yield entry;
    }
    if (dropIn) {
      names.push('cw-widgets.js');
      yield ['cw-widgets.js', dropIn];
    }
    names.push('manifest.json');
    manifest = {
      version: 1,
      tool: `@competencyworks/cli@${version}`,
      builtAt: now.toISOString(),
      settings,
      inputs,
      counts: { ...counts, files: names.length },
      files: names.sort(),
    };
    yield ['manifest.json', `${JSON.stringify(manifest, null, 2)}\n`];
  }
  await writeAtomically(outDir, output());
  if (!manifest) throw new Error('the bundle was written without its manifest');
  return { built: true, outDir, manifest, issues };
}

/**
 * A site page that failed leaves a partial read. A first build writes what was read (with the
 * failure reported); a rebuild keeps the previous, complete bundle serving instead of replacing
 * it with fewer posts, and says so.
 */
async function keepPreviousOnSiteFailure(outDir: string, issues: BuildIssue[]): Promise<void> {
  const failed = issues.find((issue) => issue.code === 'site-page-failed');
  if (failed && (await readManifest(outDir))) {
    throw new CliError(
      `${failed.file}: ${failed.message}; the previous bundle in ${outDir} was kept and still serves`,
      EXIT.issues,
    );
  }
}

/** Adds a source's posts, keeping the first post with each id; later copies are reported. */
function keepNewPosts(
  source: SourceRecord,
  posts: Post[],
  fileOfPost: Map<string, string>,
  issues: BuildIssue[],
): void {
  for (const post of source.posts) {
    const first = fileOfPost.get(post.id);
    if (first !== undefined) {
      issues.push({
        file: source.path,
        code: 'duplicate-post',
        severity: 'warning',
        message: `post "${post.title}" (id ${post.id}) was already read from ${first}; kept the first copy`,
        ...(post.source.line !== undefined ? { line: post.source.line } : {}),
      });
      continue;
    }
    fileOfPost.set(post.id, source.path);
    posts.push(post);
  }
}

/** The input an extraction issue belongs to, from the post id its message names. */
function sourceFileOf(issue: ParseIssue, fileOfPost: ReadonlyMap<string, string>): string {
  for (const [id, file] of fileOfPost) if (issue.message.includes(id)) return file;
  return '(extraction)';
}

async function hashFile(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.version === 1 && Array.isArray(manifest.inputs) ? manifest : undefined;
  } catch {
    return undefined;
  }
}
