import { version } from './version';

/** How `cw` asks a site for pages: politely, with a timeout, retrying what a retry can fix. */
export interface SiteFetchOptions {
  /** Milliseconds before one request is given up (default 30 s). */
  timeoutMs?: number;
  /** Retries of a 429, a 5xx or a dropped connection (default 3). */
  retries?: number;
  /** The first backoff in milliseconds, doubled each retry (default 1 s). */
  backoffMs?: number;
  /** The longest wait a `Retry-After` may ask for before cw gives up instead (default 120 s). */
  maxRetryAfterMs?: number;
  /** Called once per request sent (retries included), for counting. */
  onRequest?: (url: string) => void;
  /** Waits; tests pass a fake clock. */
  sleep?: (ms: number) => Promise<void>;
}

/** The User-Agent cw sends, so site owners can tell it apart and reach its authors. */
export const USER_AGENT = `competencyworks-cw/${version} (+https://github.com/competencyworks/kit)`;

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Network errors that come back by themselves; DNS, TLS and refusals do not and fail at once. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ETIMEDOUT']);

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait a `Retry-After` header asks for (seconds or an HTTP date), in milliseconds. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The code of a fetch failure's cause (`ENOTFOUND`, `CERT_HAS_EXPIRED`, ...), when there is one. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}

/**
 * A fetch for reading a site: sends cw's User-Agent, gives each request a timeout, and retries
 * 408/429/5xx answers and dropped connections with exponential backoff, waiting as long as a
 * `Retry-After` header asks (up to `maxRetryAfterMs`). The last answer is returned; a request
 * that got no answer throws an error whose message is one plain sentence (the host does not
 * resolve, refused, failed TLS, timed out).
 */
export function createSiteFetch(options: SiteFetchOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const sleep = options.sleep ?? sleepFor;
  return async function siteFetch(
    url: string,
    init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      options.onRequest?.(url);
      let wait: number;
      try {
        const response = await fetch(url, {
          headers: { 'User-Agent': USER_AGENT, ...init.headers },
          signal,
          redirect: 'follow',
        });
        if (!RETRY_STATUSES.has(response.status) || attempt >= retries) return response;
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== undefined && asked > maxRetryAfterMs) return response;
        wait = asked ?? backoffMs * 2 ** attempt;
        await response.body?.cancel();
      } catch (error) {
        init.signal?.throwIfAborted();
        const retriable = timeout.aborted || TRANSIENT_CODES.has(errorCode(error) ?? '');
        if (!retriable || attempt >= retries) {
          throw new Error(
            describeFetchFailure(url, error, timeout.aborted ? timeoutMs : undefined),
            {
              cause: error,
            },
          );
        }
        wait = backoffMs * 2 ** attempt;
      }
      await sleep(wait);
    }
  };
}

/** A fetch as {@link createSiteFetch} makes it. */
export type SiteFetch = ReturnType<typeof createSiteFetch>;

const TLS_CODES = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_)/;

/**
 * One plain sentence for a request that got no answer: the host does not resolve, refuses the
 * connection, fails TLS, or does not answer in time.
 */
function describeFetchFailure(url: string, error: unknown, timedOutAfterMs?: number): string {
  const host = new URL(url).host;
  if (timedOutAfterMs !== undefined) {
    return `${host} did not answer within ${timedOutAfterMs / 1000} s`;
  }
  const code = errorCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `cannot find the host ${host}: check the address (the name does not resolve)`;
  }
  if (code === 'ECONNREFUSED') return `${host} refused the connection: is the site up?`;
  if (code !== undefined && TLS_CODES.test(code)) {
    return `${host} failed the secure connection (${code}): its certificate is not one cw can trust`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `could not reach ${host} (${code ?? message})`;
}
