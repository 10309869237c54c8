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
    // The first post's featured image is an attachment further down the export: that post waits
    // for it and is yielded as soon as it is read, after the posts in between.
    expect(posts.map((post) => post.status)).toEqual([
      'draft',
      'future',
      'private',
      'publish',
      'pending',
      'publish',
    ]);
    expect(posts[3]?.source.index).toBe(0);
    expect(posts[3]?.image).toBe(
      'https://www.competencyworks.org/wp-content/uploads/2016/12/chart.png',
    );
  });
});

describe('streamWxr and attachments further down the export', () => {
  const WP = 'http://wordpress.org/export/1.2/';
  const item = (id: number) =>
    `<item><title>Post ${id}</title><link>https://example.org/?p=${id}</link><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${id + 100_000}</wp:meta_value></wp:postmeta></item>`;

  it('holds at most 256 posts waiting for a featured image that never comes', async () => {
    let chunksRead = 0;
    let chunksWhenFirst = -1;
    const source = (async function* () {
      yield new TextEncoder().encode(
        `<rss version="2.0" xmlns:wp="${WP}"><channel><wp:wxr_version>1.2</wp:wxr_version>`,
      );
      for (let id = 1; id <= 400; id++) {
        chunksRead++;
        yield new TextEncoder().encode(item(id));
      }
      yield new TextEncoder().encode('</channel></rss>');
    })();
    const stream = streamWxr(source);
    const ids: number[] = [];
    for await (const post of stream) {
      if (chunksWhenFirst === -1) chunksWhenFirst = chunksRead;
      ids.push(Number(post.extra?.postId));
    }
    expect(ids).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    // The first post was handed out once 256 others waited behind it, long before the end.
    expect(chunksWhenFirst).toBeGreaterThan(256);
    expect(chunksWhenFirst).toBeLessThan(260);
    expect(stream.issues).toContainEqual(
      expect.objectContaining({
        code: 'unresolved-media',
        message: expect.stringMatching(/^400 posts name a featured image/),
      }),
    );
  });
});
