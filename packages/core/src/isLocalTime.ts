// Without valibot, so browser bundles and unbundled ESM can check times without the schemas.

/**
 * Tells whether a string is a valid local time (`HH:MM` or `HH:MM:SS`, 24-hour).
 *
 * @example
 * isLocalTime('14:00'); //=> true
 * isLocalTime('2 pm');  //=> false
 */
export function isLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value);
}
