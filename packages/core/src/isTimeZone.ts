// Without valibot, so browser bundles and unbundled ESM can check zones without the schemas.

const known = new Map<string, boolean>();

/**
 * Tells whether the runtime's zone database knows a zone name.
 *
 * @example
 * isTimeZone('America/New_York'); //=> true
 * isTimeZone('EST5EDT/Nowhere');   //=> false
 */
export function isTimeZone(value: string): boolean {
  let ok = known.get(value);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      ok = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
    } catch {
      ok = false;
    }
    known.set(value, ok);
  }
  return ok;
}
