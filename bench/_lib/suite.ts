/**
 * One thing to measure. Every case of a suite runs in the same child process, interleaved with
 * the others round after round, so a change in the machine's load hits ours and the peers alike.
 */
export interface BenchCase {
  name: string;
  /**
   * Untimed preparation (generate or read the input); its result is passed to `run`. Cases that
   * share the same setup function share its result (it runs once per process).
   */
  setup?: () => Promise<unknown> | unknown;
  /**
   * Does the work once and returns how many items it produced (items/s is computed from it); it
   * is timed around. A case that measures itself (a browser timing inside the page) returns
   * `{ items, ms }` instead.
   */
  run: (input: unknown) => Promise<number | SelfTimed> | number | SelfTimed;
  /** The case every ratio of this suite is computed against (a peer, usually). */
  baseline?: boolean;
  /**
   * Also run once alone in a fresh child process to measure its peak memory (RSS and sampled
   * heap), which interleaving with other cases would blur. `'only'`: measured that way alone,
   * not in the timed rounds (a run too long to repeat).
   */
  memory?: boolean | 'only';
}

/** A check printed under the table. */
export interface BenchTarget {
  case: string;
  /**
   * `ratio`: median over rounds of (items/s of the case) / (items/s of the baseline);
   * `ms`: median time of one run; `peakRssMb` / `peakHeapMb`: from the case's memory run.
   */
  metric: 'ratio' | 'ms' | 'peakRssMb' | 'peakHeapMb';
  op: '>=' | '<' | '<=';
  value: number;
}

/** What a `*.bench.ts` file exports as `suite` (or several as `suites`). */
export interface BenchSuite {
  title: string;
  /** Describes the input, e.g. "10,000 items, 46.9 MB". Called in the child after setup. */
  input?: () => Promise<string> | string;
  /** Timed rounds after one untimed warm-up round. Default 5; `BENCH_ROUNDS` overrides it. */
  rounds?: number;
  cases: BenchCase[];
  targets?: BenchTarget[];
  /**
   * Extra text printed under the table (an accuracy table, say), made in the timing child after
   * the rounds; it is not timed.
   */
  report?: () => Promise<string> | string;
}

/** What `run` returns when the case measures its own time. */
export interface SelfTimed {
  items: number;
  ms: number;
}

/** The timing child's report: every case's time in every round. */
export interface TimingResult {
  input?: string;
  /** Per case (in suite order): items of the last run and the time of each round, in ms. */
  cases: { name: string; items: number; times: number[]; error?: string }[];
  /** os.loadavg() before the first and after the last round. */
  loadBefore: number[];
  loadAfter: number[];
  report?: string;
}

/** A memory child's report for one case. */
export interface MemoryResult {
  name: string;
  items: number;
  ms: number;
  /** Peak resident set size of the whole child process (includes Node itself, ~40-60 MB). */
  peakRssMb: number;
  /** Peak heapUsed sampled every 10 ms; only work that yields to the event loop lets it run. */
  peakHeapMb: number | undefined;
  error?: string;
}
