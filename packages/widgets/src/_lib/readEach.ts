import { readItemNumber, readItemObject, readItemText } from '@competencyworks/core/browser';
import { pause, SLICE } from './pause';
import { serverPage } from './serverPage';

/** A remote value as the readers see it: anything JSON can hold. */
export type Json = Record<string, unknown>;

/** Thrown by a field reader to skip the item it reads; says which field was malformed. */
class Malformed {
  constructor(readonly field: string) {}
}

/** The shared field readers' report, here: the item is skipped, its field named. */
const skip = (path: string) => () => malformed(path);

/**
 * Optional text from remote data: a string (trimmed; empty counts as missing), else missing
 * when absent; anything else (an object, a number, an array) makes the item malformed. Read with
 * the model's field reader (`readItemText`), which the posts package's readers use too.
 *
 * @example
 * text({ title: ' Hi ' }, 'title'); //=> 'Hi'
 * text({ title: { _$litType$: 1 } }, 'title'); // skips the item, naming "title"
 */
export const text = (item: Json | undefined, key: string, path = key): string | undefined =>
  readItemText(item, [key], skip(path))?.trim() || undefined;

/**
 * An optional object (a location, a series reference) from remote data; anything else that is
 * present makes the item malformed.
 *
 * @example
 * record({ location: { name: 'Boston' } }, 'location'); //=> { name: 'Boston' }
 */
export const record = (item: Json | undefined, key: string, path = key): Json | undefined =>
  readItemObject(item, [key], skip(path));

/**
 * An optional finite number, or a numeric string, from remote data; anything else present
 * makes the item malformed.
 *
 * @example
 * count({ capacity: '60' }, 'capacity'); //=> 60
 */
export const count = (item: Json | undefined, key: string, path = key): number | undefined =>
  readItemNumber(item, [key], skip(path));

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
 * Reads the items of a remote list one at a time, as they are asked for, with `read`; an item
 * that is not an object, or whose reader finds a malformed field, is skipped and described in
 * `issues` (`events[3].description`), so one bad item never hides the others. Lazy, so a long
 * list costs only the items a widget shows (see {@link drain} to read all of it in slices).
 *
 * @param list - the remote list
 * @param noun - the list's name in messages ("items", "events", "parts")
 * @param read - reads one item (and is told its index); throws (through the field readers) to skip it
 * @param issues - where skipped items are described
 * @returns the items read, in order
 * @example
 * [...readItems([{ id: 'a' }, 42], 'items', (item) => item.id, issues)]; //=> ['a'], issues: ['items[1]']
 */
export function* readItems<T>(
  list: readonly unknown[],
  noun: string,
  read: (item: Json, index: number) => T | undefined,
  issues: string[],
): Generator<T, void, undefined> {
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    let value: T | undefined;
    try {
      value =
        typeof item === 'object' && item && !Array.isArray(item)
          ? read(item as Json, index)
          : malformed('');
    } catch (error) {
      issues.push(
        `${noun}[${index}]${error instanceof Malformed && error.field ? `.${error.field}` : ''}`,
      );
    }
    if (value !== undefined) yield value;
  }
}

/**
 * Every item of a remote list read with {@link readItems}, at once.
 *
 * @example
 * readEach([{ id: 'a' }, 42], 'items', (item) => item.id, issues); //=> ['a'], issues: ['items[1]']
 */
export const readEach = <T>(
  list: readonly unknown[],
  noun: string,
  read: (item: Json) => T | undefined,
  issues: string[],
): T[] => [...readItems(list, noun, read, issues)];

/**
 * Moves what is left of `items` into `into` without a long task: it pauses the main thread
 * every few milliseconds. Returns undefined when everything was read in the first slice (the
 * usual small file), so small data shows in the same task; else a promise.
 *
 * @example
 * await drain(readItems(feed.items, 'items', toPostView, issues), views);
 */
export function drain<T>(items: Iterator<T>, into: T[]): Promise<void> | undefined {
  // A server render (renderFragment) has no page to give back to and must finish in one pass:
  // a pause there would leave the fragment unfinished, whatever the machine's speed.
  const deadline = serverPage.url === undefined ? performance.now() + SLICE : Infinity;
  for (let next = items.next(); !next.done; next = items.next()) {
    into.push(next.value);
    if (performance.now() > deadline) return pause().then(() => drain(items, into));
  }
  return undefined;
}
