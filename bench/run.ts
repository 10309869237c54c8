import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSuite, BenchTarget, CaseResult } from './_lib/suite';

// Runs every `*.bench.ts` beside this file in child processes. A file that exports
// `suite: BenchSuite` (see _lib/suite.ts) gets one child per case, so each case's peak memory is
// its own, and one table with ratios to the suite's baseline. Any other bench file is a script:
// it runs in its own child and prints what it likes. `pnpm bench rss` runs only the files whose
// name contains "rss".

const here = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

function runScript(file: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', file], {
      cwd: here,
      stdio: 'inherit',
    });
    child.on('close', (code) => resolve(code));
  });
}

function runCase(file: string, name: string): Promise<CaseResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', `${here}_lib/child.ts`, file, name],
      { cwd: here, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@result '));
      if (line) resolve(JSON.parse(line.slice(9)) as CaseResult);
      else {
        resolve({
          name,
          items: 0,
          times: [],
          medianMs: Number.NaN,
          peakRssMb: Number.NaN,
          setupRssMb: Number.NaN,
          peakHeapMb: undefined,
          error: `child exited with code ${code}`,
        });
      }
    });
  });
}

/** The fastest run: on a shared machine the least disturbed one, so ratios are steadier than medians. */
const best = (r: CaseResult) => Math.min(...r.times);

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

function check(
  target: BenchTarget,
  results: CaseResult[],
  baseline: CaseResult | undefined,
): string {
  const result = results.find((r) => r.name === target.case);
  let actual: number | undefined;
  if (result && target.metric === 'ratio' && baseline) actual = best(baseline) / best(result);
  if (result && target.metric === 'peakRssMb') actual = result.peakRssMb;
  if (result && target.metric === 'peakHeapMb') actual = result.peakHeapMb;
  const unit = target.metric === 'ratio' ? 'x' : ' MB';
  const ok =
    actual !== undefined && (target.op === '>=' ? actual >= target.value : actual < target.value);
  const what =
    target.metric === 'ratio' ? `items/s vs ${baseline?.name ?? 'baseline'}` : target.metric;
  return `  ${ok ? 'MET   ' : 'MISSED'}  ${target.case}: ${what} = ${fmt(actual, target.metric === 'ratio' ? 2 : 0)}${unit} (target ${target.op} ${target.value}${unit})`;
}

const started = performance.now();
for (const file of files) {
  if (!/^export const suite\b/m.test(readFileSync(`${here}${file}`, 'utf8'))) {
    console.log(`\n${file}`);
    const code = await runScript(`${here}${file}`);
    if (code !== 0) console.log(`  ${file} exited with code ${code}`);
    continue;
  }
  const { suite } = (await import(pathToFileURL(`${here}${file}`).href)) as { suite: BenchSuite };
  const results: CaseResult[] = [];
  for (const benchCase of suite.cases) {
    process.stderr.write(`  ${file}: ${benchCase.name} ...\n`);
    results.push(await runCase(`${here}${file}`, benchCase.name));
  }
  const baselineName = suite.cases.find((c) => c.baseline)?.name;
  const baseline = results.find((r) => r.name === baselineName && !r.error);
  const input = results.find((r) => r.input)?.input;
  console.log(`\n${suite.title}${input ? ` (${input})` : ''}`);
  const rows = [
    [
      'case',
      'items',
      'best ms',
      'median ms',
      'items/s',
      baseline ? `x ${baseline.name}` : 'ratio',
      'peak RSS MB',
      'peak heap MB',
    ],
  ];
  for (const r of results) {
    if (r.error) {
      rows.push([r.name, 'error', r.error.slice(0, 60), '', '', '', '', '']);
      continue;
    }
    rows.push([
      r.name,
      fmt(r.items),
      fmt(best(r)),
      fmt(r.medianMs),
      fmt((r.items / best(r)) * 1000),
      baseline ? `${fmt(best(baseline) / best(r), 2)}x` : '-',
      fmt(r.peakRssMb),
      fmt(r.peakHeapMb),
    ]);
  }
  console.log(table(rows));
  for (const target of suite.targets ?? []) console.log(check(target, results, baseline));
}
console.log(
  `\nEach case ran in its own process; items/s and ratios use its fastest run; peak RSS is the process's maxRSS (Node itself is ~50 MB).\nPeak heap is sampled every 10 ms and only shown where the work yields to the event loop (streams). Total ${fmt((performance.now() - started) / 1000, 1)} s.`,
);
