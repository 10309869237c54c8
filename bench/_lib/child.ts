import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadSuites } from './loadSuites';
import type { BenchCase, MemoryResult, SelfTimed, TimingResult } from './suite';

// Runs in a child process started by run.ts:
//   child.ts <file> <suite index> timing          every case, interleaved over the rounds
//   child.ts <file> <suite index> memory <case>   one case, once, for its peak memory
// and prints one `@@result <json>` line.

const MB = 1024 * 1024;
const [file, suiteIndex, mode, caseName] = process.argv.slice(2);
if (!file || !suiteIndex || (mode !== 'timing' && mode !== 'memory')) {
  throw new Error('usage: child.ts <bench file> <suite index> timing | memory <case name>');
}
const suite = (await loadSuites(pathToFileURL(file).href))[Number(suiteIndex)];
if (!suite) throw new Error(`no suite ${suiteIndex} in ${file}`);
const gc = (globalThis as { gc?: () => void }).gc;

// Cases that share a setup function share its result.
const inputs = new Map<unknown, unknown>();
async function inputOf(benchCase: BenchCase): Promise<unknown> {
  if (!benchCase.setup) return undefined;
  if (!inputs.has(benchCase.setup)) inputs.set(benchCase.setup, await benchCase.setup());
  return inputs.get(benchCase.setup);
}

/** Runs a case once: its items and its time in ms. */
async function once(benchCase: BenchCase, input: unknown): Promise<SelfTimed> {
  gc?.();
  const start = performance.now();
  const result = await benchCase.run(input);
  const ms = performance.now() - start;
  return typeof result === 'number' ? { items: result, ms } : result;
}

/** Prints the result for run.ts and exits, whatever a case left open (a browser, a server). */
function report(result: TimingResult | MemoryResult): void {
  process.stdout.write(`@@result ${JSON.stringify(result)}\n`, () => process.exit(0));
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

if (mode === 'timing') {
  const cases = suite.cases.map((c) => ({ name: c.name, items: 0, times: [] as number[] }));
  const errors: (string | undefined)[] = [];
  const prepared: unknown[] = [];
  for (const [index, benchCase] of suite.cases.entries()) {
    if (benchCase.memory === 'only') continue;
    try {
      prepared[index] = await inputOf(benchCase);
    } catch (error) {
      errors[index] = message(error);
    }
  }
  const rounds = Number(process.env.BENCH_ROUNDS ?? suite.rounds ?? 5);
  const loadBefore = loadavg();
  // Round 0 warms every case up and is not kept. Each round starts one case further on, so no
  // case always runs first (after the collector has just run) or last.
  for (let round = 0; round <= rounds; round++) {
    const n = suite.cases.length;
    for (let k = 0; k < n; k++) {
      const index = (round + k) % n;
      const benchCase = suite.cases[index] as BenchCase;
      const row = cases[index] as (typeof cases)[number];
      if (errors[index] !== undefined || benchCase.memory === 'only') continue;
      try {
        const { items, ms } = await once(benchCase, prepared[index]);
        row.items = items;
        if (round > 0) row.times.push(ms);
      } catch (error) {
        errors[index] = message(error);
      }
    }
  }
  const result: TimingResult = {
    ...(suite.input ? { input: await suite.input() } : {}),
    cases: cases.map((c, i) => (errors[i] ? { ...c, error: errors[i] } : c)),
    loadBefore,
    loadAfter: loadavg(),
    ...(suite.report ? { report: await suite.report() } : {}),
  };
  report(result);
} else {
  const benchCase = suite.cases.find((c) => c.name === caseName);
  if (!benchCase) throw new Error(`no case "${caseName}" in ${file}`);
  const result: MemoryResult = {
    name: benchCase.name,
    items: 0,
    ms: Number.NaN,
    peakRssMb: 0,
    peakHeapMb: undefined,
  };
  try {
    const input = await inputOf(benchCase);
    gc?.();
    let peakHeap = 0;
    let sampled = false;
    const sampler = setInterval(() => {
      sampled = true;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 10);
    const { items, ms } = await once(benchCase, input);
    clearInterval(sampler);
    Object.assign(result, { items, ms, peakHeapMb: sampled ? peakHeap / MB : undefined });
  } catch (error) {
    result.error = message(error);
  }
  // maxRSS is in kilobytes and covers the whole life of this process.
  result.peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  report(result);
}
