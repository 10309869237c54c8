import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '@competencyworks/cli';
import { parseRss } from '@competencyworks/posts';
import type { BenchSuite } from './_lib/suite';
import { ensureRssFeed } from './generate/rss';
import { ensureWxrExport } from './generate/wxr';

// `cw build` on the generated 10,000-item feed against parsing that feed alone, both from the
// file on disk. The build also extracts origins, series and events and writes the bundle (JSON
// Feed pages, series, events, iCalendar, JSON-LD), so its ratio to the bare parse is the price of
// everything after parsing. Target: the build takes at most 1.5x the parse time, i.e. its
// items/s are at least 1/1.5 = 0.67x the parse's.

export const suite: BenchSuite = {
  title: 'cw build vs bare parse, WordPress-style RSS feed',
  input: async () => {
    const path = await ensureRssFeed();
    return `10,000 items, ${(statSync(path).size / 1e6).toFixed(1)} MB`;
  },
  cases: [
    {
      name: 'parseRss (bare parse, from disk)',
      baseline: true,
      setup: ensureRssFeed,
      run: (path) => parseRss(readFileSync(path as string), { file: path as string }).posts.length,
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
      runs: 1,
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
