import { existsSync } from 'node:fs';
import type { Post } from '@competencyworks/posts';
import { describe, expect, it } from 'vitest';
import { PostStore } from '../src/_lib/postStore';

const post = (id: string, contentHtml?: string) =>
  ({ id, ...(contentHtml !== undefined ? { contentHtml } : {}) }) as Post;

describe('PostStore', () => {
  it('gives every body back byte for byte, in the order asked, past its write blocks', () => {
    const store = PostStore.open();
    const bodies = [
      '<p>Caf\u00e9 \u2013 \u201cquoted\u201d \ud83d\ude00</p>',
      // Larger than one write block, so it is written on its own.
      `<p>${'x'.repeat(3 * 1024 * 1024)}</p>`,
      ...Array.from({ length: 500 }, (_, i) => `<p>Post ${i} \u2019s text</p>`),
    ];
    for (const [i, html] of bodies.entries()) store.put(post(`p${i}`, html));
    store.put(post('no-body'));
    const light = bodies.map((_, i) => post(`p${i}`, ''));
    const order = [...light].reverse();
    order.splice(3, 0, post('no-body'));
    const whole = store.withBodies(order);
    expect(whole.map((p) => p.id)).toEqual(order.map((p) => p.id));
    expect(whole[3]).toEqual(post('no-body'));
    expect(whole.filter((p) => p.id !== 'no-body').map((p) => p.contentHtml)).toEqual(
      [...bodies].reverse(),
    );
    store.close();
  });

  it('leaves nothing behind in the temporary folder once closed', () => {
    const store = PostStore.open();
    store.put(post('a', '<p>a</p>'));
    // The spill file is unlinked as soon as it is open (it lives on while the store holds it
    // open), so even a killed build leaves nothing.
    expect(existsSync(store.path)).toBe(false);
    expect(store.withBodies([post('a', '')])[0]?.contentHtml).toBe('<p>a</p>');
    store.close();
    expect(existsSync(store.path)).toBe(false);
    expect(() => store.close()).not.toThrow();
  });

  it('gives views of light records that read their bodies from disk', () => {
    const store = PostStore.open();
    const bodies = ['<p>First \u2013 body</p>', '<p>Second body</p>'];
    const light = bodies.map((html, i) => {
      store.put(post(`p${i}`, html));
      return { ...post(`p${i}`, ''), title: `Post ${i}` } as Post;
    });
    const bare = post('bare');
    const views = [...light, bare].map((record) => store.view(record));
    // Read while still in the write block, and again (the same) once written out.
    expect(views.map((view) => view.contentHtml)).toEqual([...bodies, undefined]);
    expect(views.map((view) => view.contentHtml)).toEqual([...bodies, undefined]);
    expect(views.map((view) => view.title)).toEqual(['Post 0', 'Post 1', undefined]);
    expect(views[2]).toBe(bare);
    // A copy holds no body: an extractor that copies posts keeps none in memory.
    expect({ ...views[0] }).toEqual({ id: 'p0', title: 'Post 0' });
    expect(JSON.stringify(views[1])).toBe('{"id":"p1","title":"Post 1"}');
    // The light records are left as they were.
    expect(light.map((record) => record.contentHtml)).toEqual(['', '']);
    store.close();
  });
});
