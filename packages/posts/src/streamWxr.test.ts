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
  const item = (id: number, thumbnail = id + 100_000) =>
    `<item><title>Post ${id}</title><link>https://example.org/?p=${id}</link><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${thumbnail}</wp:meta_value></wp:postmeta></item>`;
  const head = `<rss version="2.0" xmlns:wp="${WP}"><channel><wp:wxr_version>1.2</wp:wxr_version>`;

  /** Streams the items one chunk each; per post handed out, how many items had been read. */
  async function readAsStreamed(items: string[]) {
    let read = 0;
    const source = (async function* () {
      yield new TextEncoder().encode(head);
      for (const text of items) {
        read++;
        yield new TextEncoder().encode(text);
      }
      yield new TextEncoder().encode('</channel></rss>');
    })();
    const stream = streamWxr(source);
    const out: { id: number; read: number; image: string | undefined }[] = [];
    for await (const post of stream) {
      out.push({ id: Number(post.extra?.postId), read, image: post.image });
    }
    return { out, issues: stream.issues };
  }

  it('waits for no featured image that an export in the order of ids would have given already', async () => {
    // Posts 1001 to 1400 name images 1 to 400, which are not in the export (deleted, or a
    // posts-only export): each post is handed out as soon as it is read, none held in memory.
    const ids = Array.from({ length: 400 }, (_, i) => 1001 + i);
    const { out, issues } = await readAsStreamed(ids.map((id) => item(id, id - 1000)));
    expect(out.map((post) => post.id)).toEqual(ids);
    expect(out.every((post, i) => post.read <= i + 2)).toBe(true);
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'unresolved-media',
        message: expect.stringMatching(/^400 posts name a featured image/),
      }),
    );
  });

  it('waits for a featured image with a lower id when the export is not in the order of ids', async () => {
    const media = `<item><title>Chart</title><wp:post_id>5</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://example.org/chart.png</wp:attachment_url></item>`;
    // Post 20 comes after post 30: image 5 may still come, and it does.
    const { out, issues } = await readAsStreamed([item(30), item(20, 5), media]);
    expect(out.map((post) => post.id)).toEqual([20, 30]);
    expect(out[0]?.image).toBe('https://example.org/chart.png');
    expect(issues).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^1 post names a featured image/) }),
    );
  });

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
