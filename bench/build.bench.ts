import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBundle } from '@competencyworks/cli';
import { readFeed, streamWxr } from '@competencyworks/posts';
import type { BenchSuite } from './_lib/suite';
import { ensureRssFeed } from './generate/rss';
import { ensureWxrExport } from './generate/wxr';

// `cw build` on the generated 10,000-item feed against parsing that feed alone, both from the
// file on disk. The build also extracts origins, series and events and writes the bundle (JSON
// Feed pages, series, events, iCalendar, JSON-LD), so its ratio to the bare parse is the price of
// everything after parsing. Target: the build takes at most 1.5x the parse time, i.e. its
// items/s are at least 1/1.5 = 0.67x the parse's. Under the table: the size a <cw-post-list>
// downloads, the first posts page (20 posts) gzipped (target <= 8 kB). The 200 MB WXR export is
// built once alone, for its peak memory, and streamed once alone with streamWxr (what the build
// reads it with, in the same run) for the peak of the reading alone.

/** The first posts page of a build of the feed: its posts, bytes and gzipped bytes. */
async function firstPage(): Promise<string> {
  const path = await ensureRssFeed();
  const outDir = mkdtempSync(join(tmpdir(), 'cw-build-bench-'));
  try {
    await buildBundle({
      inputs: [path],
      outDir,
      force: true,
      now: new Date('2017-01-01T00:00:00Z'),
    });
    const page = readFileSync(join(outDir, 'posts.json'));
    const gz = gzipSync(page).byteLength;
    const items = (JSON.parse(page.toString()) as { items: unknown[] }).items.length;
    return `  ${gz <= 8192 ? 'MET   ' : 'MISSED'}  first posts page: ${items} posts, ${page.byteLength} bytes, ${gz} bytes gzipped (target <= 8192)`;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const suite: BenchSuite = {
  title: 'cw build vs bare parse, WordPress-style RSS feed',
  input: async () => {
    const path = await ensureRssFeed();
    return `10,000 items, ${(statSync(path).size / 1e6).toFixed(1)} MB`;
  },
  rounds: 5,
  report: firstPage,
  cases: [
    {
      name: 'readFeed (bare parse, from disk)',
      baseline: true,
      setup: ensureRssFeed,
      run: (path) => readFeed(readFileSync(path as string), { file: path as string }).posts.length,
    },
    {
      name: 'cw build (buildBundle, whole bundle written)',
      setup: ensureRssFeed,
      run: async (path) => {
        const outDir = mkdtempSync(join(tmpdir(), 'cw-build-bench-'));
        try {
          const result = await buildBundle({
            inputs: [path as string],
            outDir,
            force: true,
            now: new Date('2017-01-01T00:00:00Z'),
          });
          return result.manifest.counts.posts;
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
      },
    },
    {
      // Memory, not time: the 200 MB generated WordPress export built into a bundle.
      name: 'cw build of the 200 MB WXR export (peak RSS)',
      setup: async () => (await ensureWxrExport()).path,
      memory: 'only',
      run: async (path) => {
        const outDir = mkdtempSync(join(tmpdir(), 'cw-build-bench-'));
        try {
          const result = await buildBundle({ inputs: [path as string], outDir, force: true });
          return result.manifest.counts.posts;
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
      },
    },
    {
      // The peer of the case above: the same export read alone, as the build reads it.
      name: 'streamWxr of the 200 MB WXR export alone (peak RSS)',
      setup: async () => (await ensureWxrExport()).path,
      memory: 'only',
      run: async (path) => {
        let posts = 0;
        for await (const _ of streamWxr(createReadStream(path as string))) posts++;
        return posts;
      },
    },
  ],
  targets: [
    {
      case: 'cw build of the 200 MB WXR export (peak RSS)',
      metric: 'peakRssMb',
      op: '<',
      value: 200,
    },
    {
      case: 'cw build (buildBundle, whole bundle written)',
      metric: 'ratio',
      op: '>=',
      value: 0.67,
    },
  ],
};
