/** A remote value as the readers see it: anything JSON can hold. */
export type Json = Record<string, unknown>;

/** Thrown by a field reader to skip the item it reads; says which field was malformed. */
class Malformed {
  constructor(readonly field: string) {}
}

/**
 * Optional text from remote data: a string (trimmed; empty counts as missing), else missing
 * when absent; anything else (an object, a number, an array) makes the item malformed.
 *
 * @example
 * text({ title: ' Hi ' }, 'title'); //=> 'Hi'
 * text({ title: { _$litType$: 1 } }, 'title'); // skips the item, naming "title"
 */
export function text(item: Json | undefined, key: string, path = key): string | undefined {
  const value = item?.[key];
  if (value == null) return undefined;
  if (typeof value !== 'string') throw new Malformed(path);
  return value.trim() || undefined;
}

/**
 * An optional object (a location, a series reference) from remote data; anything else that is
 * present makes the item malformed.
 *
 * @example
 * record({ location: { name: 'Boston' } }, 'location'); //=> { name: 'Boston' }
 */
export function record(item: Json | undefined, key: string, path = key): Json | undefined {
  const value = item?.[key];
  if (value == null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Malformed(path);
  return value as Json;
}

/**
 * An optional finite number, or a numeric string, from remote data; anything else present
 * makes the item malformed.
 *
 * @example
 * count({ capacity: '60' }, 'capacity'); //=> 60
 */
export function count(item: Json | undefined, key: string, path = key): number | undefined {
  const value = item?.[key];
  if (value == null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new Malformed(path);
  return number;
}

/**
 * Fails the item being read, naming the field.
 *
 * @example
 * if (!start) malformed('start');
 */
export function malformed(field: string): never {
  throw new Malformed(field);
}

/**
 * Reads every item of a remote list with `read`; an item that is not an object, or whose
 * reader finds a malformed field, is skipped and described in `issues` (`events[3].description`),
 * so one bad item never hides the others.
 *
 * @param list - the remote list
 * @param noun - the list's name in messages ("items", "events", "parts")
 * @param read - reads one item; throws (through the field readers) to skip it
 * @param issues - where skipped items are described
 * @returns the items read, in order
 * @example
 * readEach([{ id: 'a' }, 42], 'items', (item) => item.id, issues); //=> ['a'], issues: ['items[1]']
 */
export function readEach<T>(
  list: readonly unknown[],
  noun: string,
  read: (item: Json, index: number) => T | undefined,
  issues: string[],
): T[] {
  const out: T[] = [];
  list.forEach((item, index) => {
    try {
      const value =
        typeof item === 'object' && item && !Array.isArray(item)
          ? read(item as Json, index)
          : malformed('');
      if (value !== undefined) out.push(value);
    } catch (error) {
      issues.push(
        `${noun}[${index}]${error instanceof Malformed && error.field ? `.${error.field}` : ''}`,
      );
    }
  });
  return out;
}
