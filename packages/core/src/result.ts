import type { ParseError } from './parseError';

/**
 * What every `safeParseX` returns: the value, or the error `parseX` would have thrown.
 *
 * @example
 * const result = safeParsePost(input);
 * if (result.success) render(result.output);
 * else console.error(result.error.message);
 */
export type Result<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly error: ParseError };
