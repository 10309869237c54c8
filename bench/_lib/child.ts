import { pathToFileURL } from 'node:url';
import type { BenchSuite, CaseResult } from './suite';

const MB = 1024 * 1024;
const [file, caseName] = process.argv.slice(2);
if (!file || !caseName) throw new Error('usage: child.ts <bench file> <case name>');
const { suite } = (await import(pathToFileURL(file).href)) as { suite: BenchSuite };
const benchCase = suite.cases.find((c) => c.name === caseName);
if (!benchCase) throw new Error(`no case "${caseName}" in ${file}`);

const gc = (globalThis as { gc?: () => void }).gc;
const result: CaseResult = {
  name: benchCase.name,
  items: 0,
  times: [],
  medianMs: Number.NaN,
  peakRssMb: 0,
  setupRssMb: 0,
  peakHeapMb: undefined,
};
try {
  const input = await benchCase.setup?.();
  if (suite.input) result.input = await suite.input();
  gc?.();
  result.setupRssMb = process.memoryUsage().rss / MB;
  let peakHeap = 0;
  let sampled = false;
  const sampler = setInterval(() => {
    sampled = true;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 10);
  for (let i = 0; i < (benchCase.runs ?? 3); i++) {
    gc?.();
    const start = performance.now();
    result.items = await benchCase.run(input);
    result.times.push(performance.now() - start);
  }
  clearInterval(sampler);
  const sorted = [...result.times].sort((a, b) => a - b);
  result.medianMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  result.peakHeapMb = sampled ? peakHeap / MB : undefined;
} catch (error) {
  result.error = error instanceof Error ? error.message : String(error);
}
// maxRSS is in kilobytes and covers the whole life of this process.
result.peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
process.stdout.write(`@@result ${JSON.stringify(result)}\n`);
