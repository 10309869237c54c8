/**
 * Names a value found where another was expected, for the "got ..." half of a message: short
 * text quoted, numbers and booleans as written, anything else by its kind (never its contents,
 * which may be huge or hostile).
 *
 * @param value - Any value read from the outside.
 * @returns Words for it.
 * @example
 * describeValue({ _$litType$: 1 }); //=> 'an object'
 * describeValue(42); //=> '42'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}
