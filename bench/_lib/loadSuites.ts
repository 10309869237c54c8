import type { BenchSuite } from './suite';

/** The suites a bench file exports (`suite`, or `suites` for several), in order. */
export async function loadSuites(url: string): Promise<BenchSuite[]> {
  const module = (await import(url)) as { suite?: BenchSuite; suites?: BenchSuite[] };
  return module.suites ?? (module.suite ? [module.suite] : []);
}
