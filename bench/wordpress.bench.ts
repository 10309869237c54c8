import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '@competencyworks/cli';
import { siteSeed } from '../packages/cli/test/wordpress/siteSeed';
import { isAvailable, wordPressRequirements } from '../scripts/wordpress/requirements.mjs';
import { startWordPress, type WordPressSite } from '../scripts/wordpress/start.mjs';

// `cw build` from a live local WordPress (Debian's packages, started by scripts/wordpress/start.mjs)
// seeded with the test site's 30 published posts plus 2,000 generated ones (wp_insert_post in one
// PHP process): a full build, then an incremental rebuild after 3 posts are edited. Requests are
// counted in the server's own log. The peer, in the same run: the bare download of the same REST
// pages (the same URLs, 4 at a time, bodies read and dropped), the floor any client pays for the
// PHP server's work, so "full build / bare download" is the price of everything cw does.
//
// A plain script (run.ts runs it in its own process): nothing starts when the file is imported.

const GENERATED = 2000;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const EDITED = ['classic', 'featured', 'archive-3'] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');

interface Measured {
  ms: number;
  requests: number;
  posts: number;
}

async function timed(site: WordPressSite, run: () => Promise<number>): Promise<Measured> {
  site.clearRequests();
  const started = performance.now();
  const posts = await run();
  const ms = performance.now() - started;
  return { ms, requests: site.requests().length, posts };
}

/** Builds the bundle from the site: in a fresh folder a full read, beside a cache a rebuild. */
async function build(site: WordPressSite, outDir: string): Promise<number> {
  const result = await buildBundle({ inputs: [site.url], outDir });
  if (result.issues.some((issue) => issue.severity === 'error')) {
    throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  }
  return result.manifest.counts.posts;
}

/** The peer: the REST pages a full build asks for, downloaded 4 at a time and dropped. */
async function download(site: WordPressSite): Promise<number> {
  const page = (n: number) =>
    `${site.url}/wp-json/wp/v2/posts?per_page=100&page=${n}&_embed=author,wp:term,wp:featuredmedia`;
  const first = await fetch(page(1));
  await first.arrayBuffer();
  const pages = Number(first.headers.get('x-wp-totalpages'));
  for (let n = 2; n <= pages; n += 4) {
    const batch = [n, n + 1, n + 2, n + 3].filter((m) => m <= pages);
    await Promise.all(batch.map(async (m) => (await fetch(page(m))).arrayBuffer()));
  }
  return Number(first.headers.get('x-wp-total'));
}

async function main(): Promise<void> {
  const missing = wordPressRequirements.filter((requirement) => !isAvailable(requirement));
  if (missing.length > 0) {
    console.log(
      `  skipped: a local WordPress needs ${[...new Set(missing.map((r) => r.pkg))].join(', ')}; install them with node scripts/system-packages.mjs --install (Debian/Ubuntu, root or sudo)`,
    );
    return;
  }
  const seeding = performance.now();
  const site = await startWordPress({ seed: siteSeed({ generate: GENERATED }) });
  const dir = await mkdtemp(join(tmpdir(), 'cw-wordpress-bench-'));
  try {
    console.log(
      `  site: ${site.url}, ${30 + GENERATED} published posts, started and seeded in ${seconds(performance.now() - seeding)}`,
    );
    const full: Measured[] = [];
    const bare: Measured[] = [];
    const incremental: Measured[] = [];
    const loadBefore = load();
    // Interleaved: each round downloads, builds in full, then edits 3 posts and rebuilds.
    for (let round = 1; round <= ROUNDS; round++) {
      // A fresh folder each round: no bundle and no site cache beside it, so a full read.
      const outDir = join(dir, `round-${round}`, 'bundle');
      bare.push(await timed(site, () => download(site)));
      full.push(await timed(site, () => build(site, outDir)));
      await site.php(
        EDITED.map(
          (key) =>
            `wp_update_post(['ID' => ${site.ids[key]}, 'post_title' => get_the_title(${site.ids[key]}) . ' (edit ${round})']);`,
        ).join('\n'),
      );
      incremental.push(await timed(site, () => build(site, outDir)));
    }
    const row = (name: string, runs: Measured[]) =>
      `  ${name.padEnd(44)} ${seconds(median(runs.map((r) => r.ms))).padStart(9)}   ${String(
        median(runs.map((r) => r.requests)),
      ).padStart(
        8,
      )}   ${String(runs.at(-1)?.posts ?? 0).padStart(5)}   ${runs.map((r) => seconds(r.ms)).join(', ')}`;
    console.log(
      `\n  ${'case'.padEnd(44)} ${'median'.padStart(9)}   ${'requests'.padStart(8)}   ${'posts'.padStart(5)}   rounds`,
    );
    console.log(row('bare download of the REST pages (peer)', bare));
    console.log(row('cw build URL, first build (no cache)', full));
    console.log(row('cw build URL, incremental after 3 edits', incremental));
    const ratio = (a: Measured[], b: Measured[]) =>
      median(a.map((run, i) => run.ms / (b[i]?.ms ?? run.ms))).toFixed(2);
    console.log(
      `\n  full build / bare download: ${ratio(full, bare)}x (median of per-round ratios); incremental / full: ${ratio(incremental, full)}x`,
    );
    console.log(`  load average (1/5/15 min): before ${loadBefore}, after ${load()}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await site.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
