import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBundle } from '@competencyworks/cli';
import { parseRss } from '@competencyworks/posts';
import { ensureRssFeed } from './generate/rss';

// `cw build` of the 10,000-item feed against a bare parse of the same file, interleaved round by
// round in one process so machine load hits both alike; the verdict uses the median of the
// per-round ratios (target: build <= 1.5x parse). Then the size a <cw-post-list> downloads: the
// first posts page (20 posts), gzipped (target <= 8 kB).

const ROUNDS = 5;
const path = await ensureRssFeed();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const time = async (work: () => unknown) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const outDir = mkdtempSync(join(tmpdir(), 'cw-build-rounds-'));
const out = join(outDir, 'bundle');
const rows: { parse: number; build: number; ratio: number }[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const parse = await time(() => parseRss(readFileSync(path), { file: path }).posts.length);
    globalThis.gc?.();
    const build = await time(() =>
      buildBundle({
        inputs: [path],
        outDir: out,
        force: true,
        now: new Date('2017-01-01T00:00:00Z'),
      }),
    );
    rows.push({ parse, build, ratio: build / parse });
  }
  const page = readFileSync(join(out, 'posts.json'));
  const gz = gzipSync(page).byteLength;
  const items = JSON.parse(page.toString()).items.length;

  console.log('\n## cw build vs bare parse, 10,000-item RSS feed, interleaved rounds\n');
  console.log('round  parseRss ms  cw build ms  build/parse');
  for (const [i, r] of rows.entries()) {
    console.log(
      `${String(i + 1).padStart(5)}  ${r.parse.toFixed(0).padStart(11)}  ${r.build.toFixed(0).padStart(11)}  ${r.ratio.toFixed(2).padStart(11)}x`,
    );
  }
  const ratio = median(rows.map((r) => r.ratio));
  console.log(
    `\nmedian ratio ${ratio.toFixed(2)}x (target <= 1.5x): ${ratio <= 1.5 ? 'MET' : 'MISSED'}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `first posts page: ${items} posts, ${page.byteLength} bytes, ${gz} bytes gzipped (target <= 8192): ${gz <= 8192 ? 'MET' : 'MISSED'}`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
