import type * as v from 'valibot';

type Key = string | number;

/**
 * Reports a cross-field rule's failure at the field it is about (`parts[3].position`), with that
 * field's value as what was found, so the message reads like a type error would. For use inside
 * `v.rawCheck` in the model packages' schemas.
 *
 * @example
 * v.rawCheck(({ dataset, addIssue }) => {
 *   if (dataset.typed && endsBeforeStart(dataset.value)) {
 *     issueAt(addIssue, dataset.value, ['end', 'date'], 'expected an end on or after the start');
 *   }
 * });
 * // => 'end.date: expected an end on or after the start, got "2016-10-24"'
 */
export function issueAt<T>(
  addIssue: v.RawCheckAddIssue<T>,
  root: unknown,
  keys: readonly [Key, ...Key[]],
  message: string,
): void {
  const items: v.UnknownPathItem[] = [];
  let current: unknown = root;
  for (const key of keys) {
    const value: unknown =
      current !== null && typeof current === 'object'
        ? (current as Record<Key, unknown>)[key]
        : undefined;
    items.push({ type: 'unknown', origin: 'value', input: current, key, value });
    current = value;
  }
  const [first, ...rest] = items as [v.UnknownPathItem, ...v.UnknownPathItem[]];
  addIssue({ message, input: current, path: [first, ...rest] });
}
