import { serverPage } from './serverPage';

/**
 * Resolves a URL from remote data and keeps it only when its scheme is `http:` or `https:`.
 * Lit escapes text but passes `javascript:` and `data:` URLs straight through attribute
 * bindings, so every `href`/`src` the widgets render goes through here first.
 *
 * @param value - the URL as found in the data; relative URLs resolve against `base`
 * @param base - the URL of the document the value came from (defaults to the page, or the
 *   server-rendered page's URL, see serverPage)
 * @returns the absolute URL, or undefined when it is missing, malformed or another scheme
 * @example
 * safeUrl('/a', 'https://example.org/feed.json'); //=> 'https://example.org/a'
 * safeUrl('javascript:alert(1)');                 //=> undefined
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  try {
    const url =
      typeof value === 'string' &&
      value.trim() &&
      new URL(value, base ?? serverPage.url ?? document.baseURI);
    return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
