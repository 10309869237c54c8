/** One thing to measure. It runs in its own child process, so its peak memory is its own. */
export interface BenchCase {
  name: string;
  /** Untimed preparation (generate or read the input); its result is passed to `run`. */
  setup?: () => Promise<unknown> | unknown;
  /** Does the work once and returns how many items it produced. */
  run: (input: unknown) => Promise<number> | number;
  /** How many timed runs (the fastest sets items/s and ratios; the median is shown too). Default 3. */
  runs?: number;
  /** The case the ratios of this suite are computed against. */
  baseline?: boolean;
}

/** A check printed under the table: a ratio to the baseline, or a peak memory bound. */
export interface BenchTarget {
  case: string;
  metric: 'ratio' | 'peakRssMb' | 'peakHeapMb';
  op: '>=' | '<';
  value: number;
}

/** What a `*.bench.ts` file exports as `suite`. */
export interface BenchSuite {
  title: string;
  /** Describes the input, e.g. "10,000 items, 46.9 MB". Called in the child after setup. */
  input?: () => Promise<string> | string;
  cases: BenchCase[];
  targets?: BenchTarget[];
}

/** What a child process reports for one case. */
export interface CaseResult {
  name: string;
  items: number;
  /** Every timed run in milliseconds. */
  times: number[];
  medianMs: number;
  /** Peak resident set size of the whole child process (includes Node itself, ~40-60 MB). */
  peakRssMb: number;
  /** Resident set size after setup, before the first timed run. */
  setupRssMb: number;
  /** Peak heapUsed sampled every 10 ms; only async work lets the sampler run. */
  peakHeapMb: number | undefined;
  input?: string;
  error?: string;
}
