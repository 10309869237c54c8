import { pause, SLICE } from './pause';

/**
 * Bytes decoded and scanned at a time: well under a millisecond once the scanner is compiled.
 * Small, because the first pieces run before it is (a cold first stretch of 10,000 items took
 * 44 ms with 64 kB pieces and 31 ms with 16 kB in Node).
 */
const PIECE = 16_384;

/**
 * A list whose items are JSON texts parsed the first time they are read (and kept): a feed's
 * 10,000 items cost nothing until shown. An item that is not valid JSON reads as undefined,
 * which the readers skip and report like any other malformed item. `Array.isArray` holds.
 */
function lazyList(texts: string[]): unknown[] {
  const values: Record<string, unknown> = {};
  return new Proxy(texts, {
    get(target, key) {
      // Indices only: `length`, methods and symbols are the texts' own.
      if (key === 'length' || !Object.hasOwn(target, key)) return Reflect.get(target, key);
      if (!(key in values)) {
        try {
          values[key as string] = JSON.parse(target[key as never] as string);
        } catch {
          values[key as string] = undefined;
        }
      }
      return values[key as string];
    },
  });
}

/**
 * Reads a response's JSON without one long task, whatever its size: the body is scanned as it
 * streams in, pausing every few milliseconds, and cut at the items of the top-level array, or of
 * the arrays directly inside the top-level object (a feed's `items`, a file's `events`). Those
 * items stay text until read (see lazyList); the rest is parsed with `JSON.parse`, so a body
 * that is not JSON (an HTML error page, a truncated file) still throws its SyntaxError.
 *
 * @param response - a successful response
 * @returns the JSON value, with its top-level lists read lazily
 * @example
 * const feed = await readJsonBody(await fetch(url)); //=> { version, items: [...] }
 */
export async function readJsonBody(response: Response): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return response.json();
  const decoder = new TextDecoder();
  const lists: string[][] = [];
  // The JSON with each cut list replaced by `[n]`, n its index in `lists`.
  let skeleton = '';
  // The list being filled, the nesting depth of its items, and the text of the item being read.
  let list: string[] | undefined;
  let itemDepth = 0;
  let item = '';
  let depth = 0;
  let topIsObject = false;
  let inString = false;
  let escaped = false;
  const scan = (text: string) => {
    // Start of the text not yet added to `skeleton` or `item`.
    let mark = 0;
    let index = 0;
    while (index < text.length) {
      const char = text.charCodeAt(index++);
      if (inString) {
        // A backslash escapes the character after it, in this piece or the next.
        if (escaped) escaped = false;
        else {
          escaped = char === 92;
          inString = char !== 34;
        }
      } else if (char === 34) inString = true;
      else if (char === 91 || char === 123) {
        // `[` or `{`
        depth++;
        if (depth === 1) topIsObject = char === 123;
        if (char === 91 && !list && (depth === 1 || (depth === 2 && topIsObject))) {
          skeleton += text.slice(mark, index) + lists.length;
          list = [];
          lists.push(list);
          itemDepth = depth;
          item = '';
          mark = index;
        }
      } else if (char === 44 || char === 93 || char === 125) {
        // `,`, `]` or `}`: at the list's own depth, the end of the item being read.
        if (list && depth === itemDepth) {
          const trimmed = (item + text.slice(mark, index - 1)).trim();
          if (trimmed) list.push(trimmed);
          item = '';
          if (char === 44) mark = index;
          else {
            list = undefined;
            mark = index - 1;
          }
        }
        if (char !== 44) depth--;
      }
    }
    if (list) item += text.slice(mark);
    else skeleton += text.slice(mark);
  };
  let started = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A chunk can be megabytes (a body already in memory): it is decoded and scanned in
    // pieces, with a pause whenever a slice of the main thread is used up.
    for (let at = 0; at < value.length; at += PIECE) {
      scan(decoder.decode(value.subarray(at, at + PIECE), { stream: true }));
      if (performance.now() - started > SLICE) {
        await pause();
        started = performance.now();
      }
    }
  }
  scan(decoder.decode());
  // What reads and renders the JSON starts in a task of its own.
  await pause();
  const json = JSON.parse(skeleton) as unknown;
  const place = (value: unknown) =>
    Array.isArray(value) && value.length === 1 && typeof value[0] === 'number'
      ? lazyList(lists[value[0]] ?? [])
      : value;
  // A new object, not assignment: a `__proto__` key stays a plain property.
  return Array.isArray(json)
    ? place(json)
    : json && typeof json === 'object'
      ? Object.fromEntries(Object.entries(json).map(([key, value]) => [key, place(value)]))
      : json;
}
