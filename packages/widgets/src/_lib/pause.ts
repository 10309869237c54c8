/**
 * Cards a list renders at first and then per task as the visitor scrolls (see CwDataElement's
 * cards): 20 cards with their style and layout take well under the 50 ms of a long task.
 */
export const CHUNK = 20;

/** Milliseconds of main-thread work between pauses: well under the 50 ms of a long task. */
export const SLICE = 8;

const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

/**
 * Gives the main thread back to the page (input, paint) and resumes in a later task:
 * `scheduler.yield()` where the browser has it (it resumes ahead of other tasks), else a
 * timeout.
 *
 * @returns a promise that resolves in a later task
 * @example
 * if (performance.now() > deadline) await pause();
 */
export const pause = (): Promise<void> =>
  scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
