// Every file of the W3C Feed Validation Service's test corpus (packages/posts/test/fixtures/
// feedvalidator/, 1,700 small feeds of every RSS and Atom version), read with readAny from its
// bytes, as a user would. Issue 13's target: no file slower than 50 ms. Prints the count over
// 50 ms, the slowest files and the load average. Run from bench/: `pnpm bench feedvalidator`.
//
// Each file is read several times and its fastest read is kept: on a shared machine one read of a
// 2 KB file can be stopped for longer than the read takes, and what the target is about is the
// reader's own time. The first read of all (the warm-up) is not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readAny } from '@competencyworks/posts';

const ROOT = new URL('../packages/posts/test/fixtures/feedvalidator/', import.meta.url);
const TARGET_MS = 50;
const READS = 3;

const names = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:xml|rss|atom|rdf)$/i.test(name))
  .sort();
const files = names.map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(name, ROOT))),
}));

function readOnce(bytes: Uint8Array): number {
  const started = performance.now();
  try {
    readAny(bytes);
  } catch {
    // Files that are not feeds or not well-formed XML end in a ParseError: timed all the same.
  }
  return performance.now() - started;
}

const loadBefore = loadavg();
const firstReads = files.map(({ name, bytes }) => ({ name, ms: readOnce(bytes) }));
const times = files.map(({ name, bytes }) => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < READS; i++) best = Math.min(best, readOnce(bytes));
  return { name, size: bytes.length, ms: best };
});
const loadAfter = loadavg();

const slow = times.filter((t) => t.ms > TARGET_MS);
const total = times.reduce((sum, t) => sum + t.ms, 0);
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
console.log(
  `W3C feedvalidator corpus: ${times.length} files read with readAny, fastest of ${READS} reads each (load average ${load(loadBefore)} before, ${load(loadAfter)} after)`,
);
console.log(`total ${total.toFixed(0)} ms, median ${median(times.map((t) => t.ms)).toFixed(2)} ms`);
console.log(
  `files over ${TARGET_MS} ms: ${slow.length} — ${slow.length === 0 ? 'MET' : 'MISSED'} (target: none)`,
);
const coldest = firstReads.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `first reads (the warm-up, with compilation): ${firstReads.filter((t) => t.ms > TARGET_MS).length} over ${TARGET_MS} ms, slowest ${coldest.ms.toFixed(1)} ms (${coldest.name})`,
);
console.log('slowest files:');
for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 10)) {
  console.log(`  ${t.ms.toFixed(2).padStart(8)} ms  ${String(t.size).padStart(7)} B  ${t.name}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
