/**
 * Formats a path of keys as a JSON-style path.
 *
 * @param keys - The keys from the top of the document to a value.
 * @returns The path as a person would write it.
 * @example
 * formatPath(['events', 3, 'start', 'date']); //=> 'events[3].start.date'
 */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number' || /^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
