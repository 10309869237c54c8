import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { parseRss } from './parseRss';
import type { Post } from './post';
import { streamRss } from './streamRss';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url)));

/** Bytes cut into pieces of `size`, as an async iterable: splits characters, tags and CDATA. */
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function collect(stream: AsyncIterable<Post>): Promise<Post[]> {
  const posts: Post[] = [];
  for await (const post of stream) posts.push(post);
  return posts;
}

describe('streamRss gives the same posts and issues as parseRss', () => {
  it.each([
    ['rss/dcrainmaker.xml', 65536],
    ['rss/natasha.xml', 1000],
    ['rss/wordpress-entities.xml', 7],
    ['atom/OneFootTsunami.atom', 333],
    ['atom/xhtml-base.atom', 1],
    ['encodings/utf-16le-bom.xml', 3],
    ['encodings/utf-16be-bom.xml', 5],
    ['encodings/windows-1252.xml', 2],
  ])('%s in chunks of %i bytes', async (path, size) => {
    const bytes = fixture(path);
    const expected = parseRss(bytes);
    const stream = streamRss(chunks(bytes, size));
    expect(await collect(stream)).toEqual(expected.posts);
    expect(stream.issues).toEqual(expected.issues);
    expect(stream.format).toBe(expected.format);
  });

  it('reads a Node Readable, a web ReadableStream and string chunks', async () => {
    const bytes = fixture('rss/natasha.xml');
    const expected = parseRss(bytes).posts;
    expect(await collect(streamRss(Readable.from([Buffer.from(bytes)])))).toEqual(expected);
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 5000));
        controller.enqueue(bytes.slice(5000));
        controller.close();
      },
    });
    expect(await collect(streamRss(web))).toEqual(expected);
    const text = new TextDecoder().decode(bytes);
    const strings = (async function* () {
      yield text.slice(0, 12345);
      yield text.slice(12345);
    })();
    expect(await collect(streamRss(strings))).toEqual(expected);
  });

  it('uses the caller charset for undeclared bytes', async () => {
    const posts = await collect(
      streamRss(chunks(fixture('encodings/latin1-undeclared.xml'), 4), { charset: 'iso-8859-1' }),
    );
    expect(posts[0]?.title).toBe('Café ¿Qué tal?');
  });
});

describe('streamRss on bad input', () => {
  it('yields the posts before a truncation, then ends with the error as an issue', async () => {
    const bytes = fixture('rss/natasha.xml');
    const cut = bytes.slice(0, 30000);
    const stream = streamRss(chunks(cut, 4096));
    const seen = await collect(stream);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(parseRss(bytes).posts.slice(0, seen.length));
    expect(seen).toEqual(parseRss(cut).posts);
    const last = stream.issues.at(-1);
    expect(last).toMatchObject({ code: 'malformed-xml', severity: 'error' });
    expect(last?.line).toBeGreaterThan(0);
    expect(last?.message).toMatch(
      /^the input ended inside <.+> opened at \d+:\d+ \(inside <rss>\); the file looks truncated; the \d+ posts read before it are kept$/,
    );
  });

  it('replaces bytes invalid in the encoding and reports them where parseRss does', async () => {
    const bytes = fixture('encodings/latin1-undeclared.xml');
    const stream = streamRss(chunks(bytes, 16));
    expect(await collect(stream)).toEqual(parseRss(bytes).posts);
    expect(stream.issues).toEqual(parseRss(bytes).issues);
    expect(stream.issues[0]).toMatchObject({ code: 'invalid-encoding', line: 6, column: 11 });
  });

  it('throws a ParseError for an empty stream and for JSON', async () => {
    await expect(collect(streamRss(chunks(new Uint8Array(0), 1)))).rejects.toThrow(ParseError);
    await expect(
      collect(streamRss(chunks(new TextEncoder().encode('{"items": []}'), 4))),
    ).rejects.toThrow('1:1: expected an XML feed starting with "<", found JSON');
  });

  it('can be iterated only once', async () => {
    const stream = streamRss(chunks(fixture('rss/natasha.xml'), 65536));
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow('a PostStream can be iterated only once');
  });

  it('stops reading when the consumer stops', async () => {
    let pulled = 0;
    const bytes = fixture('rss/dcrainmaker.xml');
    const source = (async function* () {
      for await (const chunk of chunks(bytes, 4096)) {
        pulled++;
        yield chunk;
      }
    })();
    for await (const _post of streamRss(source)) break;
    expect(pulled).toBeLessThan(Math.ceil(bytes.length / 4096));
  });
});
