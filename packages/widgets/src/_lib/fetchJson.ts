import { readJsonBody } from './readJsonBody';

/**
 * A failed load, in words a partner's developer can act on. `kind` is `http`, `timeout`,
 * `network`, `offline`, `json`, `format` or `url`; `status` is the HTTP status (else 0).
 * A plain object, not an `Error` subclass: it is only ever shown and reported, never thrown
 * out of a widget.
 */
export interface LoadError {
  kind: string;
  message: string;
  status: number;
}

/**
 * Makes a {@link LoadError}.
 *
 * @example
 * loadError('http', 'The server answered 404.', 404); //=> { kind: 'http', message: '...', status: 404 }
 */
export const loadError = (kind: string, message: string, status = 0): LoadError => ({
  kind,
  message,
  status,
});

/**
 * Any error thrown while loading or reading data, as a {@link LoadError} (a `format` one when it
 * was something else, e.g. a bug in reading the data).
 *
 * @example
 * toLoadError(new TypeError('x')); //=> { kind: 'format', message: 'TypeError: x', status: 0 }
 */
export const toLoadError = (error: unknown): LoadError =>
  (error as LoadError)?.kind ? (error as LoadError) : loadError('format', String(error));

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** How many callers still wait for it. */
  callers: number;
}

const inflight = new Map<string, Flight>();

/**
 * The last good response per URL and when it arrived (`Date.now()` ms), for the page's
 * stale-while-revalidate cache.
 *
 * @example
 * cache.get('https://example.org/posts.json'); //=> { data: {...}, at: 1700000000000 } or undefined
 */
export const cache = new Map<string, { data: unknown; at: number }>();

/**
 * Forgets every cached response (tests; a page that knows its data changed).
 *
 * @example
 * clearCache();
 */
export const clearCache = (): void => cache.clear();

/**
 * Fetches and parses JSON once per URL for the whole page: every caller asking for the same URL
 * while a request is in flight shares it. Credentials are never sent. The request is aborted
 * after `timeout` ms, or when every caller's `signal` has aborted. A caller whose signal aborted
 * ignores the outcome (it checks its signal), so nothing here rejects on its behalf.
 *
 * @param url - an absolute http(s) URL (see safeUrl)
 * @returns the parsed JSON; rejects with a {@link LoadError} or the abort reason
 * @example
 * const feed = await fetchJson('https://example.org/posts.json', 10_000, controller.signal);
 */
export function fetchJson(url: string, timeout: number, signal: AbortSignal): Promise<unknown> {
  let flight = inflight.get(url);
  if (!flight || flight.controller.signal.aborted) {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(loadError('timeout', `No answer within ${timeout} ms.`)),
      timeout,
    );
    const current: Flight = {
      controller,
      callers: 0,
      // Read fetch through globalThis at call time so a page (or a test) can wrap it; a wrapper
      // that throws instead of rejecting fails the promise all the same.
      promise: new Promise<Response>((resolve) =>
        resolve(globalThis.fetch(url, { credentials: 'omit', signal: controller.signal })),
      )
        .then((response) => {
          if (!response.ok) {
            throw loadError('http', `The server answered ${response.status}.`, response.status);
          }
          return readJsonBody(response);
        })
        .then(
          (data) => {
            cache.set(url, { data, at: Date.now() });
            return data;
          },
          (error) => {
            throw controller.signal.aborted
              ? controller.signal.reason
              : error.kind
                ? error
                : error instanceof SyntaxError
                  ? loadError('json', 'The response is not valid JSON.')
                  : navigator.onLine
                    ? loadError('network', `The request failed: ${error}`)
                    : loadError('offline', 'You appear to be offline.');
          },
        )
        .finally(() => {
          clearTimeout(timer);
          if (inflight.get(url) === current) inflight.delete(url);
        }),
    };
    inflight.set(url, current);
    flight = current;
  }
  const { controller } = flight;
  flight.callers++;
  // The request stops when the last caller waiting for it gives up.
  signal.addEventListener('abort', () => --(flight as Flight).callers || controller.abort());
  return flight.promise;
}
