// Hostile shapes of issue 13, each read by the public readers and by the XML reader alone (the
// byte and XML layer, without building posts), with the time against the target. Run
// from bench/: `node --expose-gc --import tsx hostile.bench.ts` (or `pnpm bench hostile`).
// Inputs are generated into bench/.data/ once (generate/hostile.ts). Each shape is read in this
// process one after another; times are the best of the runs, the load average is printed beside them.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readFeed, streamFeed } from '@competencyworks/posts';
// The XML reader is private (src/_lib); the bench reads it by path to time the layer below posts.
import { Capture, XmlReader } from '../packages/posts/src/_lib/xmlReader';
import { ensureHostileFeed, type HostileShape } from './generate/hostile';

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

interface Shape {
  shape: HostileShape;
  size: number;
  label: string;
  /** The target for reading it with readFeed, in ms. */
  targetMs?: number;
  runs: number;
}

const SHAPES: Shape[] = [
  {
    shape: 'huge-cdata',
    size: 100_000_000,
    label: '100 MB single item, HTML in CDATA',
    targetMs: 3000,
    runs: 2,
  },
  {
    shape: 'huge-text',
    size: 100_000_000,
    label: '100 MB single item, escaped HTML (8 entities per 110 chars)',
    targetMs: 3000,
    runs: 2,
  },
  {
    shape: 'deep-nesting',
    size: 100_000,
    label: '100,000 nested elements',
    targetMs: 1000,
    runs: 3,
  },
  { shape: 'huge-attribute', size: 20_000_000, label: '20 MB attribute value', runs: 2 },
  { shape: 'many-entities', size: 20_000_000, label: '20 MB of entity references', runs: 2 },
];

/**
 * The fastest of `runs`, in wall-clock and in CPU milliseconds: on a shared, loaded machine the
 * CPU time of this process is the closer estimate of what the run costs on a quiet one.
 */
function best(runs: number, fn: () => void): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(startedCpu);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function readerOnly(text: string): void {
  const reader = new XmlReader({
    open: (element) => (element.depth === 3 ? Capture.Text : Capture.None),
    close: () => {},
    warn: () => {},
  });
  reader.write(text);
  reader.end();
}

async function streamPeak(path: string): Promise<{ ms: number; cpu: number; peakMb: number }> {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  for await (const _ of streamFeed(createReadStream(path))) {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const used = process.cpuUsage(startedCpu);
  const ms = performance.now() - started;
  clearInterval(timer);
  return { ms, cpu: (used.user + used.system) / 1000, peakMb: (peak - base) / MB };
}

const rows: string[][] = [
  [
    'shape',
    'MB',
    'readFeed ms',
    'readFeed cpu ms',
    'XML reader ms',
    'streamFeed ms',
    'streamFeed cpu ms',
    'stream heap MB',
    'target',
  ],
];
// `node hostile.bench.ts deep` runs only the shapes whose name contains "deep".
const only = process.argv.slice(2);
for (const shape of SHAPES.filter(
  (s) => only.length === 0 || only.some((o) => s.shape.includes(o)),
)) {
  const path = await ensureHostileFeed(shape.shape, shape.size);
  const bytes = new Uint8Array(readFileSync(path));
  const text = new TextDecoder().decode(bytes);
  const parse = best(shape.runs, () => {
    const { posts } = readFeed(bytes);
    if (posts.length !== 1) throw new Error(`${shape.shape}: expected 1 post, got ${posts.length}`);
  });
  const reader = best(shape.runs, () => readerOnly(text));
  const stream = await streamPeak(path);
  const verdict =
    shape.targetMs === undefined
      ? '-'
      : `${parse.wall < shape.targetMs ? 'MET' : 'MISSED'} < ${shape.targetMs} ms${parse.wall >= shape.targetMs && parse.cpu < shape.targetMs ? ' (cpu met)' : ''}`;
  rows.push([
    shape.label,
    (statSync(path).size / MB).toFixed(1),
    parse.wall.toFixed(0),
    parse.cpu.toFixed(0),
    reader.wall.toFixed(0),
    stream.ms.toFixed(0),
    stream.cpu.toFixed(0),
    stream.peakMb.toFixed(0),
    verdict,
  ]);
  process.stderr.write(`  ${shape.label}: ${parse.wall.toFixed(0)} ms\n`);
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
console.log(
  `Hostile shapes (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
for (const [index, row] of rows.entries()) {
  console.log(
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  '),
  );
  if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
