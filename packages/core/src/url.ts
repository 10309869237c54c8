import * as v from 'valibot';

/**
 * Parses an absolute http(s) URL, optionally relative to a base, and returns it normalised;
 * anything else (a `javascript:` or `data:` URL, a bare path without a base) gives undefined.
 *
 * @example
 * parseUrl('/2016/08/post/', 'https://www.competencyworks.org/');
 * //=> 'https://www.competencyworks.org/2016/08/post/'
 * parseUrl('javascript:alert(1)'); //=> undefined
 */
export function parseUrl(value: string, base?: string): string | undefined {
  try {
    const url = base === undefined ? new URL(value.trim()) : new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates an absolute http or https URL; other schemes (`javascript:`, `data:`) are refused.
 *
 * @example
 * v.parse(HttpUrlSchema, 'https://www.competencyworks.org/'); //=> 'https://www.competencyworks.org/'
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const HttpUrlSchema: v.GenericSchema<unknown, string> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string('expected an http or https URL'),
  /* @__PURE__ */ v.check(
    (value) => parseUrl(value) !== undefined,
    'expected an http or https URL',
  ),
);
