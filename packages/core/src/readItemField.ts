// The field readers that the posts package's JSON Feed reader and the widgets both use on every
// item they read: one rule for what a field may hold, so the Node reader and the browser never
// disagree on which values are dropped. They need nothing but JavaScript (no valibot, no entity
// table), so the widgets load them through `@competencyworks/core/browser`.

/**
 * Keys from an item to one of its values: `['authors', 0, 'name']`.
 *
 * @example
 * const keys: ItemKeys = ['_competencyworks', 'series', 'position'];
 */
export type ItemKeys = readonly (string | number)[];

/**
 * Told of a value of the wrong kind, which the reader then drops: where it is (keys from the
 * item), what was expected in words ("a string"), and what was found. The posts package turns it
 * into a `ParseIssue`, the widgets into a console warning; either may throw to skip the item.
 *
 * @example
 * const report: ReportField = (keys, expected, found) =>
 *   issues.push(`${formatPath(keys)}: expected ${expected}, got ${describeValue(found)}`);
 */
export type ReportField = (keys: ItemKeys, expected: string, found: unknown) => void;

const isObject = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Reads the value at `keys` in an item, of any kind: undefined when it or a parent is absent (or
 * null); a parent that is not an object (or list) is reported and gives undefined. Own keys
 * only: "constructor" or "toString" never reach `Object.prototype`. The typed readers below and
 * the posts package's schema-checked `readField` start here.
 *
 * @param item - The item.
 * @param keys - The keys from the item to the value.
 * @param report - Told of a parent of the wrong kind.
 * @returns The value, or undefined.
 * @example
 * readItemValue({ title: { rendered: 'Hi' } }, ['title', 'rendered'], report); //=> 'Hi'
 * readItemValue({ title: 42 }, ['title', 'rendered'], report);
 * //=> undefined, and report(['title'], 'an object with "rendered"', 42)
 */
export function readItemValue(item: unknown, keys: ItemKeys, report: ReportField): unknown {
  let value = item;
  for (let depth = 0; depth < keys.length; depth++) {
    if (value === undefined || value === null) return undefined;
    const key = keys[depth] as string | number;
    if (!isObject(value)) {
      report(
        keys.slice(0, depth),
        typeof key === 'number' ? 'a list' : `an object with "${key}"`,
        value,
      );
      return undefined;
    }
    value = Object.hasOwn(value, key) ? value[key] : undefined;
  }
  return value ?? undefined;
}

/**
 * The value at `keys` as `accept` takes it; a value it refuses (undefined) is reported as not
 * `expected`, one it counts as absent (null) is not.
 */
function readAs<T>(
  item: unknown,
  keys: ItemKeys,
  report: ReportField,
  expected: string,
  accept: (value: unknown) => T | null | undefined,
): T | undefined {
  const value = readItemValue(item, keys, report);
  if (value === undefined) return undefined;
  const read = accept(value);
  if (read === undefined) report(keys, expected, value);
  return read ?? undefined;
}

/**
 * Reads optional text from an item: a string as written; absent or null gives undefined; any
 * other value (an object Lit would take for a template, a number, a list) is reported and
 * dropped, and the rest of the item is kept.
 *
 * @param item - The item (or any object from the outside).
 * @param keys - The keys from the item to the value.
 * @param report - Told of a value of the wrong kind.
 * @returns The text, or undefined.
 * @example
 * readItemText({ title: 'Hi' }, ['title'], report); //=> 'Hi'
 * readItemText({ title: { _$litType$: 1 } }, ['title'], report);
 * //=> undefined, and report(['title'], 'a string', { _$litType$: 1 })
 */
export function readItemText(
  item: unknown,
  keys: ItemKeys,
  report: ReportField,
): string | undefined {
  return readAs(item, keys, report, 'a string', (value) =>
    typeof value === 'string' ? value : undefined,
  );
}

/**
 * Reads a JSON Feed item's `id`: text, or a number turned into text as the specification asks
 * readers to; anything else is reported and dropped.
 *
 * @param item - The item.
 * @param report - Told of a value of the wrong kind.
 * @returns The id, or undefined.
 * @example
 * readItemId({ id: 42 }, report); //=> '42'
 * readItemId({ id: { toString: 1 } }, report); //=> undefined, and report(['id'], 'a string id', ...)
 */
export function readItemId(item: unknown, report: ReportField): string | undefined {
  return readAs(item, ['id'], report, 'a string id', (value) =>
    typeof value === 'string' || Number.isFinite(value) ? String(value) : undefined,
  );
}

/**
 * Reads an optional object (an author, an extension, a series reference) from an item; a list
 * or any other value is reported and dropped.
 *
 * @param item - The item.
 * @param keys - The keys from the item to the value.
 * @param report - Told of a value of the wrong kind.
 * @returns The object, or undefined.
 * @example
 * readItemObject({ _competencyworks: { published: '2016-12-19' } }, ['_competencyworks'], report);
 * //=> { published: '2016-12-19' }
 */
export function readItemObject(
  item: unknown,
  keys: ItemKeys,
  report: ReportField,
): Record<string, unknown> | undefined {
  return readAs(item, keys, report, 'an object', (value) =>
    isObject(value) && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined,
  );
}

/**
 * Reads an optional list from an item; any other value is reported and dropped.
 *
 * @param item - The item.
 * @param keys - The keys from the item to the value.
 * @param report - Told of a value of the wrong kind.
 * @param expected - What the list holds, in words, for the report.
 * @returns The list, or undefined.
 * @example
 * readItemList({ tags: 'Leadership' }, ['tags'], report, 'a list of tags');
 * //=> undefined, and report(['tags'], 'a list of tags', 'Leadership')
 */
export function readItemList(
  item: unknown,
  keys: ItemKeys,
  report: ReportField,
  expected = 'a list',
): readonly unknown[] | undefined {
  return readAs(item, keys, report, expected, (value) =>
    Array.isArray(value) ? value : undefined,
  );
}

/**
 * Reads an optional finite number from an item, or a number written as text (`"60"`); an
 * empty string counts as absent; anything else is reported and dropped.
 *
 * @param item - The item.
 * @param keys - The keys from the item to the value.
 * @param report - Told of a value of the wrong kind.
 * @returns The number, or undefined.
 * @example
 * readItemNumber({ capacity: '60' }, ['capacity'], report); //=> 60
 */
export function readItemNumber(
  item: unknown,
  keys: ItemKeys,
  report: ReportField,
): number | undefined {
  return readAs(item, keys, report, 'a number', (value) => {
    if (value === '') return null;
    const number = typeof value === 'string' ? Number(value) : value;
    return Number.isFinite(number) ? (number as number) : undefined;
  });
}
