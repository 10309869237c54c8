import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Post } from './post';
import { readWxr } from './readWxr';
import { streamWxr } from './streamWxr';

const url = (path: string) => new URL(`../test/fixtures/${path}`, import.meta.url);

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function collect(stream: AsyncIterable<Post>): Promise<Post[]> {
  const posts: Post[] = [];
  for await (const post of stream) posts.push(post);
  return posts;
}

/** Posts in the export's order: a stream yields a post waiting for a later attachment last. */
const inExportOrder = (posts: Post[]) =>
  [...posts].sort((a, b) => (a.source.index ?? 0) - (b.source.index ?? 0));

describe('streamWxr gives the same posts and issues as readWxr', () => {
  it.each([
    ['wxr/competencyworks-export.xml', 11, {}],
    ['wxr/competencyworks-export.xml', 512, { postTypes: ['post', 'page', 'attachment'] }],
    ['wxr/theme-preview.xml', 3, {}],
  ])('%s in chunks of %i bytes', async (path, size, options) => {
    const bytes = new Uint8Array(readFileSync(url(path)));
    const expected = readWxr(bytes, options);
    const stream = streamWxr(chunks(bytes, size), options);
    expect(inExportOrder(await collect(stream))).toEqual(expected.posts);
    expect(stream.issues).toEqual(expected.issues);
    expect(stream.format).toBe('wxr');
  });

  it('reads a file stream', async () => {
    const path = fileURLToPath(url('wxr/competencyworks-export.xml'));
    const posts = await collect(streamWxr(createReadStream(path, { highWaterMark: 1024 })));
    // The first post's featured image is an attachment further down the export: that post is
    // finished, with its image, when the export ends.
    expect(posts.map((post) => post.status)).toEqual([
      'draft',
      'future',
      'private',
      'pending',
      'publish',
      'publish',
    ]);
    expect(posts.at(-1)?.source.index).toBe(0);
    expect(posts.at(-1)?.image).toBe(
      'https://www.competencyworks.org/wp-content/uploads/2016/12/chart.png',
    );
  });
});
