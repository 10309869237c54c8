import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from './readJsonBody';

/** A response whose body arrives in chunks of `size` bytes, cutting characters and escapes apart. */
function chunked(text: string, size: number): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    }),
  );
}

/** The value with every list read out, as a plain JSON value to compare with JSON.parse. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const tricky = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Brackets ] and [ braces } { and "quotes" in text, a backslash \\ at the end\\',
  items: [
    { id: '1', title: 'Café ☕ \u2028 𝄞', tags: ['a', ['b', { c: '"]}' }]] },
    { id: '2', content_html: '<p class="x">\\"</p>' },
    'a string item',
    42,
    null,
    [],
  ],
  authors: [{ name: 'A' }],
  extra: { nested: [[1], [2, [3]]] },
  empty: [],
};

describe('readJsonBody', () => {
  it.each([1, 2, 3, 7, 64, 100_000])(
    'reads the same value as JSON.parse, in chunks of %i bytes',
    async (size) => {
      const text = JSON.stringify(tricky, null, size % 2 ? 2 : undefined);
      expect(plain(await readJsonBody(chunked(text, size)))).toEqual(tricky);
    },
  );

  it('reads a top-level list and plain values', async () => {
    expect(plain(await readJsonBody(chunked(' [ {"a":1} , [2] , "3" ] ', 3)))).toEqual([
      { a: 1 },
      [2],
      '3',
    ]);
    expect(await readJsonBody(chunked('"[1]"', 2))).toBe('[1]');
    expect(await readJsonBody(chunked('12', 1))).toBe(12);
  });

  it('reads any JSON value as JSON.parse does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), fc.integer({ min: 1, max: 9 }), async (text, size) => {
        expect(plain(await readJsonBody(chunked(text, size)))).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('throws a SyntaxError for a body that is not JSON, like response.json()', async () => {
    for (const text of ['<!doctype html><p>Not found', '{"items": [1, 2]', '[1, 2] x', '']) {
      await expect(readJsonBody(chunked(text, 4))).rejects.toThrow(SyntaxError);
    }
  });

  it('reads an item that is not valid JSON as undefined, so only that item is skipped', async () => {
    const feed = (await readJsonBody(
      chunked('{"items": [{"id": "1"}, {"id": 2 3}, {"id": "3"}]}', 5),
    )) as {
      items: unknown[];
    };
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toEqual({ id: '1' });
    expect(feed.items[1]).toBeUndefined();
    expect(feed.items[2]).toEqual({ id: '3' });
  });

  it('parses an item only when it is read, once', async () => {
    const feed = (await readJsonBody(chunked('{"items": [{"id": "1"}, {"id": "2"}]}', 8))) as {
      items: { id: string }[];
    };
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.items[1]).toBe(feed.items[1]);
    expect(feed.items.map((item) => item.id)).toEqual(['1', '2']);
  });

  it('keeps a "__proto__" key as a plain property', async () => {
    const value = (await readJsonBody(chunked('{"__proto__": [1], "items": []}', 4))) as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(plain(Object.getOwnPropertyDescriptor(value, '__proto__')?.value)).toEqual([1]);
  });
});
