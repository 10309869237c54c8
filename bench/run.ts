import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSuites } from './_lib/loadSuites';
import type { BenchSuite, BenchTarget, MemoryResult, TimingResult } from './_lib/suite';

// Runs the `*.bench.ts` files beside this file (see README.md). A file that exports `suite` (or
// `suites`) gets one child process per suite in which its cases run interleaved, round after
// round, and one child per case marked `memory`; a file that exports neither is a script that
// runs in its own child and prints what it likes. `pnpm bench rss` runs the files whose name
// contains "rss".

const here = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

function runChild(args: string[], capture: boolean): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], {
      cwd: here,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function result<T>(args: string[]): Promise<T | string> {
  const { code, out } = await runChild([`${here}_lib/child.ts`, ...args], true);
  const line = out.split('\n').find((l) => l.startsWith('@@result '));
  return line ? (JSON.parse(line.slice(9)) as T) : `child exited with code ${code}`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
};

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '-'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r, index) => {
      const line = r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ');
      return index === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');

async function runSuite(file: string, index: number, suite: BenchSuite): Promise<void> {
  process.stderr.write(`  ${file}: ${suite.title} (${suite.cases.length} cases interleaved) ...\n`);
  const timing = await result<TimingResult>([`${here}${file}`, String(index), 'timing']);
  const memory = new Map<string, MemoryResult | string>();
  for (const benchCase of suite.cases.filter((c) => c.memory)) {
    process.stderr.write(`  ${file}: ${benchCase.name} alone, for its peak memory ...\n`);
    memory.set(
      benchCase.name,
      await result<MemoryResult>([`${here}${file}`, String(index), 'memory', benchCase.name]),
    );
  }
  if (typeof timing === 'string') {
    console.log(`\n${suite.title}: ${timing}`);
    return;
  }
  const baselineIndex = suite.cases.findIndex((c) => c.baseline);
  const baseline = timing.cases[baselineIndex];
  const usable = baseline && !baseline.error && baseline.times.length > 0 ? baseline : undefined;
  /** Per round: (items/s of the case) / (items/s of the baseline), both timed in that round. */
  const ratios = (row: TimingResult['cases'][number]) =>
    usable
      ? row.times.map((t, r) => row.items / t / (usable.items / (usable.times[r] ?? Number.NaN)))
      : [];
  console.log(`\n${suite.title}${timing.input ? ` (${timing.input})` : ''}`);
  const rows = [
    [
      'case',
      'items',
      'median ms',
      'items/s',
      usable ? `x ${usable.name} (median)` : 'ratio',
      'per-round ratios',
      'peak RSS MB',
      'peak heap MB',
    ],
  ];
  for (const row of timing.cases) {
    const mem = memory.get(row.name);
    const memRow = typeof mem === 'object' && !mem.error ? mem : undefined;
    if (row.error) {
      rows.push([row.name, 'error', row.error.slice(0, 70), '', '', '', '', '']);
      continue;
    }
    if (row.times.length === 0) {
      // Measured alone for its memory only.
      const memMs = memRow ? fmt(memRow.ms) : '-';
      const memItems = memRow ? fmt(memRow.items) : '-';
      rows.push([
        row.name,
        memItems,
        memMs,
        '',
        '',
        '(alone, once)',
        memRow ? fmt(memRow.peakRssMb) : typeof mem === 'string' ? mem : '-',
        fmt(memRow?.peakHeapMb),
      ]);
      continue;
    }
    const ms = median(row.times);
    const perRound = ratios(row);
    rows.push([
      row.name,
      fmt(row.items),
      fmt(ms),
      fmt((row.items / ms) * 1000),
      usable ? `${fmt(median(perRound), 2)}x` : '-',
      row === usable ? '' : perRound.map((r) => fmt(r, 2)).join(' '),
      memRow ? fmt(memRow.peakRssMb) : typeof mem === 'string' ? mem : '-',
      fmt(memRow?.peakHeapMb),
    ]);
  }
  console.log(table(rows));
  if (timing.report) console.log(timing.report);
  console.log(
    `  ${Math.max(0, ...timing.cases.map((c) => c.times.length))} rounds after a warm-up round, cases interleaved; load average (1, 5, 15 min) ${load(timing.loadBefore)} before, ${load(timing.loadAfter)} after`,
  );
  for (const target of suite.targets ?? []) {
    const row = timing.cases.find((c) => c.name === target.case);
    const mem = memory.get(target.case);
    const memRow = typeof mem === 'object' && !mem.error ? mem : undefined;
    const actual =
      row === undefined || row.error
        ? undefined
        : target.metric === 'ratio'
          ? median(ratios(row))
          : target.metric === 'ms'
            ? median(row.times)
            : target.metric === 'peakRssMb'
              ? memRow?.peakRssMb
              : memRow?.peakHeapMb;
    console.log(verdict(target, actual, usable?.name, timing.loadAfter));
  }
}

function verdict(
  target: BenchTarget,
  actual: number | undefined,
  baseline: string | undefined,
  loadAfter: number[],
): string {
  const ok =
    actual !== undefined &&
    !Number.isNaN(actual) &&
    (target.op === '>='
      ? actual >= target.value
      : target.op === '<='
        ? actual <= target.value
        : actual < target.value);
  const unit = target.metric === 'ratio' ? 'x' : target.metric === 'ms' ? ' ms' : ' MB';
  const what =
    target.metric === 'ratio'
      ? `items/s vs ${baseline ?? 'baseline'}, median of rounds`
      : target.metric === 'ms'
        ? 'median time'
        : target.metric;
  const value = fmt(actual, target.metric === 'ratio' ? 2 : 0);
  return `  ${ok ? 'MET   ' : 'MISSED'}  ${target.case}: ${what} = ${value}${unit} (target ${target.op} ${target.value}${unit}; load ${load(loadAfter)})`;
}

const started = performance.now();
for (const file of files) {
  const source = readFileSync(`${here}${file}`, 'utf8');
  if (!/^export const suites?\b/m.test(source)) {
    console.log(`\n${file}`);
    const { code } = await runChild([`${here}${file}`], false);
    if (code !== 0) console.log(`  ${file} exited with code ${code}`);
    continue;
  }
  const suites = await loadSuites(pathToFileURL(`${here}${file}`).href);
  for (const [index, suite] of suites.entries()) await runSuite(file, index, suite);
}
console.log(
  `\nItems/s use each case's median time over the rounds; a ratio is taken within each round (the case and the baseline ran one after the other, under the same load) and its median is the verdict. Peak RSS is the maxRSS of a child that ran the case alone (Node itself is ~50 MB). Total ${fmt((performance.now() - started) / 1000, 1)} s.`,
);
