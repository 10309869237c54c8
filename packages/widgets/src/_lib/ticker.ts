const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Calls `listener` every 30 seconds from one timer shared by every widget on the page (event
 * statuses go from "upcoming" to "happening now" to "ended" without a timer per card).
 *
 * @returns a function that unsubscribes; the timer stops when nobody listens
 * @example
 * const stop = subscribe(() => card.requestUpdate());
 */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const each of listeners) each();
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
