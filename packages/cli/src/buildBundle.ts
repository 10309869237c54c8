import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostStatus, SourceFormat } from '@competencyworks/posts';
import { bundleFiles } from './_lib/bundleFiles';
import { type CwManifestLike, manifestFiles } from './_lib/bundleManifest';
import { checkOutDir } from './_lib/checkOutDir';
import { CliError, EXIT } from './_lib/cliError';
import { collectInputs, type SkippedFile } from './_lib/collectInputs';
import type { Withheld } from './_lib/publicPost';
import { type InputSummary, readContent, type SourceIssue } from './_lib/readContent';
import { isSiteUrl, type SiteOptions } from './_lib/readSite';
import type { SiteInfo } from './_lib/readSiteInfo';
import { seedInputs } from './_lib/seedInputs';
import { siteCachePath } from './_lib/siteCache';
import type { UnavailableFields } from './_lib/unavailableFields';
import { version } from './_lib/version';
import { where } from './_lib/where';
import { readDropInBundle } from './_lib/widgetsBundle';
import { type FileContent, type WrittenFile, writeBundle } from './_lib/writeBundle';

/** Options for {@link buildBundle}. */
export interface BuildOptions {
  /** Files or folders to read; empty or absent builds from the seed archive bundled with the package. */
  inputs?: readonly string[];
  /**
   * The bundle folder. It must be absent, empty, or a bundle cw built; see {@link buildBundle}
   * for what is always refused.
   */
  outDir: string;
  /** Force one format for every input instead of sniffing. */
  format?: SourceFormat;
  /** The charset of inputs that do not declare one (e.g. `windows-1252`). */
  charset?: string;
  /** WXR post types to read (default `post`). */
  postTypes?: readonly string[];
  /** Statuses to publish besides `publish` (`draft`, `pending`, `private`, `future`). */
  includeStatuses?: readonly PostStatus[];
  /** Publish approved comments' text read from WXR exports (default: only their count). */
  includeComments?: boolean;
  /** Posts per page of `posts.json` (default 20). */
  pageSize?: number;
  /** The URL the bundle will be served from, to make feed links absolute. */
  baseUrl?: string;
  /** The blog's title (default: the source's channel or feed title). */
  title?: string;
  /** Rebuild even when the inputs and outputs match the existing manifest. */
  force?: boolean;
  /** Write nothing when any issue was found (`cw build --strict`). */
  strict?: boolean;
  /** Called as inputs are read, with the bytes read over all inputs. */
  onProgress?: (progress: { bytes: number; totalBytes: number; file: string }) => void;
  /** The build time (default: now); fixed in tests for reproducible bundles. */
  now?: Date;
  /** How site URLs among the inputs are read: progress, timeouts and retries. */
  site?: SiteOptions;
}

/** One input in `manifest.json`. */
export type ManifestInput = InputSummary;

/** `manifest.json`: what a bundle holds and what it was built from. */
export interface Manifest {
  version: 2;
  tool: string;
  builtAt: string;
  /** A hash of the settings that shape the output, so a change of options forces a rebuild. */
  settings: string;
  /** The blog the bundle is of: its title and home page. */
  site: SiteInfo;
  inputs: ManifestInput[];
  counts: { posts: number; series: number; events: number; issues: number; files: number };
  /** Posts left out by status and password-protected posts published without content. */
  withheld: Withheld;
  /** Every file of the bundle but the manifest, with its size and SHA-256. */
  files: WrittenFile[];
}

/** An issue with the input file it came from. */
export type BuildIssue = SourceIssue;

/** What {@link buildBundle} did. */
export interface BuildResult {
  /** True when the bundle was written. */
  built: boolean;
  /** Why nothing was written: the bundle was up to date, or `strict` and issues were found. */
  skippedBecause?: 'up-to-date' | 'strict';
  outDir: string;
  manifest: Manifest;
  issues: BuildIssue[];
  /** Files passed over (not sources). */
  skipped: SkippedFile[];
  /** Inputs that could not be read; their posts are not in the bundle. */
  lost: SkippedFile[];
  /** Per input, the fields none of its posts carries, so the bundle lacks them for those posts. */
  unavailable: UnavailableFields[];
}

/** The seed archive is CompetencyWorks' own; any other source names its blog itself. */
const SEED_SITE: SiteInfo = { title: 'CompetencyWorks', url: 'https://www.competencyworks.org/' };

/**
 * Builds a static content bundle: reads every input (any supported format), keeps what is
 * public, extracts origins, series and events, and writes the bundle so that readers and servers
 * never see a partial one. With unchanged inputs, settings and outputs it does nothing.
 *
 * Safety: `outDir` is replaced only when it is absent, empty or a bundle cw built (its
 * `manifest.json` says so); the file system root, the home folder, the working folder and its
 * parents, a file, and a folder holding an input are always refused with a {@link CliError}. Only
 * files the previous bundle's manifest lists are ever removed.
 *
 * @param options - Inputs, output folder and settings.
 * @returns What was built (or why nothing was), the manifest and every issue.
 * @throws {CliError} When `outDir` may not be written, or no input could be read.
 * @example
 * const result = await buildBundle({ outDir: 'public/cw' });
 * //=> { built: true, manifest: { counts: { posts: 17, series: 3, events: 5, ... }, ... }, ... }
 */
export async function buildBundle(options: BuildOptions): Promise<BuildResult> {
  const seed = !options.inputs?.length;
  const collected = seed
    ? { files: seedInputs(), walked: new Set<string>(), skipped: [] }
    : await collectInputs(options.inputs ?? []);
  const out = await checkOutDir(
    options.outDir,
    collected.files.filter((file) => !isSiteUrl(file)),
  );
  const outDir = out.path;
  const pageSize = options.pageSize ?? 20;
  const dropIn = await readDropInBundle();
  const settings = createHash('sha256')
    .update(
      JSON.stringify({
        pageSize,
        baseUrl: options.baseUrl,
        title: options.title,
        format: options.format,
        charset: options.charset,
        postTypes: options.postTypes,
        includeStatuses: options.includeStatuses,
        includeComments: options.includeComments,
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

  // A site can change at any time: it is read again (only for what changed, see readSite).
  if (!options.force && out.manifest && !collected.files.some(isSiteUrl)) {
    const current = await upToDate(out.manifest, settings, collected.files, outDir);
    if (current) {
      return {
        built: false,
        skippedBecause: 'up-to-date',
        outDir,
        manifest: current,
        issues: [],
        skipped: collected.skipped,
        lost: [],
        unavailable: [],
      };
    }
  }

  const read = await readContent(collected, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.charset ? { charset: options.charset } : {}),
    ...(options.postTypes ? { postTypes: options.postTypes } : {}),
    ...(options.includeStatuses ? { includeStatuses: options.includeStatuses } : {}),
    ...(options.includeComments ? { includeComments: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    site: {
      ...options.site,
      // A rebuild asks a site only for what changed; --force reads everything again.
      ...(options.force ? {} : { cacheFile: siteCachePath(outDir) }),
    },
  });
  keepPreviousOnSiteFailure(read.issues, outDir, out.manifest !== undefined);
  if (read.inputs.length === 0) {
    throw new CliError(
      `no input could be read, so nothing was written:\n${read.lost.map((lost) => `  ${where(lost)}: ${lost.reason}`).join('\n')}`,
    );
  }
  const { content, issues } = read;
  const source = seed ? SEED_SITE : read.site;
  const siteUrl = source.url ?? options.baseUrl ?? firstOrigin(content.posts);
  const title = options.title ?? source.title ?? (siteUrl ? new URL(siteUrl).hostname : 'Posts');
  const site: SiteInfo = { title, ...(siteUrl ? { url: siteUrl } : {}) };

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

  const manifest: Manifest = {
    version: 2,
    tool: `@competencyworks/cli@${version}`,
    builtAt: now.toISOString(),
    settings,
    site,
    inputs: read.inputs,
    counts: {
      posts: content.posts.length,
      series: content.series.length,
      events: content.events.length,
      issues: issues.length,
      files: 0,
    },
    withheld: read.withheld,
    files: [],
  };
  const result = {
    outDir,
    manifest,
    issues,
    skipped: read.skipped,
    lost: read.lost,
    unavailable: read.unavailable,
  };
  if (options.strict && issues.length > 0) {
    return { built: false, skippedBecause: 'strict', ...result };
  }

  // Loaded when a bundle is written: Lit SSR would slow every other command's start.
  const { writeFragments } = await import('./_lib/writeFragments');
  function* output(): Generator<[string, FileContent]> {
    const files = bundleFiles(content, {
      pageSize,
      title,
      now,
      ...(siteUrl ? { siteUrl } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
    // Pre-rendered widgets over the bundle's data, for pages without JavaScript.
    yield* writeFragments(files, { now, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
    if (dropIn) yield ['cw-widgets.js', dropIn];
  }
  await writeBundle(outDir, output(), out.previousFiles, (written) => {
    manifest.files = [...written];
    manifest.counts.files = written.length + 1;
    return `${JSON.stringify(manifest, null, 2)}\n`;
  });
  return { built: true, ...result };
}

/** The origin (`https://host/`) of the first post with a URL: where a REST or archive source lives. */
function firstOrigin(posts: readonly { url?: string }[]): string | undefined {
  for (const post of posts) if (post.url) return new URL('/', post.url).href;
  return undefined;
}

async function sha256Of(file: string): Promise<string | undefined> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * The existing manifest when nothing would change: same settings, same inputs byte for byte, and
 * every output file still on disk as it was written (an edited or deleted file means a rebuild).
 */
/**
 * A site page that failed leaves a partial read. A first build writes what was read (with the
 * failure reported); a rebuild keeps the previous, complete bundle serving instead of replacing
 * it with fewer posts, and says so.
 */
function keepPreviousOnSiteFailure(
  issues: readonly { file: string; code: string; message: string }[],
  outDir: string,
  hasPrevious: boolean,
): void {
  const failed = issues.find((issue) => issue.code === 'site-page-failed');
  if (failed && hasPrevious) {
    throw new CliError(
      `${failed.file}: ${failed.message}; the previous bundle in ${outDir} was kept and still serves`,
      EXIT.issues,
    );
  }
}

async function upToDate(
  previous: CwManifestLike,
  settings: string,
  files: readonly string[],
  outDir: string,
): Promise<Manifest | undefined> {
  const manifest = previous as unknown as Manifest;
  if (manifest.version !== 2 || manifest.settings !== settings) return undefined;
  if (!Array.isArray(manifest.inputs) || manifest.inputs.length !== files.length) return undefined;
  for (const [index, file] of files.entries()) {
    if ((await sha256Of(file)) !== manifest.inputs[index]?.sha256) return undefined;
  }
  const listed = manifestFiles(previous);
  if (listed.length !== manifest.files.length) return undefined;
  for (const entry of manifest.files) {
    if ((await sha256Of(join(outDir, ...entry.path.split('/')))) !== entry.sha256) return undefined;
  }
  return manifest;
}
