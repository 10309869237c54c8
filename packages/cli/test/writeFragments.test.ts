// `cw build` writes pre-rendered widgets beside the bundle (fragments/), over the bundle's own data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attr, readFragment as parse, shown } from '../../widgets/test/readFragment';
import { buildBundle } from '../src/buildBundle';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-fragments-');
const NOW = new Date('2026-12-07T12:00:00Z');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

const readFragment = async (out: string, name: string) =>
  parse(await readFile(join(out, 'fragments', name), 'utf8'));

describe('the fragments cw build writes', () => {
  it('pre-renders each widget over the seed bundle, carrying the data of the file it names', async () => {
    const out = join(dir(), 'out');
    const result = await buildBundle({ outDir: out, now: NOW });
    const listed = result.manifest.files
      .map((file) => file.path)
      .filter((p) => p.startsWith('fragments/'));
    const seriesFiles = result.manifest.files
      .map((file) => file.path)
      .filter((path) => /^series\/.+\.json$/.test(path));
    expect(seriesFiles.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(
      [
        'fragments/event-card.html',
        'fragments/event-list.html',
        'fragments/post-card.html',
        'fragments/post-list.html',
        ...seriesFiles.map((path) => `fragments/series-nav/${path.slice(7, -5)}.html`),
      ].sort(),
    );

    const posts = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    const list = await readFragment(out, 'post-list.html');
    expect(list.host.tagName).toBe('cw-post-list');
    // Without --base-url the src is the bundle file's path: the page it is pasted in must be the bundle's.
    expect(attr(list.host, 'src')).toBe('posts.json');
    expect(attr(list.host, 'limit')).toBe('10');
    expect(attr(list.host, 'state')).toBe('ready');
    expect(list.data).toEqual(posts);
    expect(list.at).toBe(String(NOW.getTime()));
    // The first ten posts of posts.json, newest first (the seed's posts have no links).
    expect(list.inside.filter((e) => attr(e, 'part') === 'title').map(shown)).toEqual(
      posts.items.slice(0, 10).map((item: { title: string }) => item.title),
    );
    const card = await readFragment(out, 'post-card.html');
    expect(card.inside.filter((e) => attr(e, 'part') === 'title').map(shown)).toEqual([
      posts.items[0].title,
    ]);

    const events = JSON.parse(await readFile(join(out, 'events.json'), 'utf8'));
    const eventList = await readFragment(out, 'event-list.html');
    expect(eventList.data).toEqual(events);
    // The seed's events are all past: the next one is none, so the card shows the latest.
    const eventCard = await readFragment(out, 'event-card.html');
    expect(attr(eventCard.host, 'event-id')).toBe(events.events.at(-1).id);

    const [firstSeries] = seriesFiles as [string];
    const nav = await readFragment(out, `series-nav/${firstSeries.slice(7, -5)}.html`);
    expect(attr(nav.host, 'src')).toBe(firstSeries);
    expect(nav.data).toEqual(JSON.parse(await readFile(join(out, firstSeries), 'utf8')));
  });

  it('makes each src absolute under --base-url, so a fragment works on any page; posts link to their pages', async () => {
    const out = join(dir(), 'out');
    await buildBundle({
      inputs: [join(fixtures, 'natasha.xml')],
      outDir: out,
      now: NOW,
      baseUrl: 'https://cdn.example/cw/',
    });
    const posts = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    const list = await readFragment(out, 'post-list.html');
    expect(attr(list.host, 'src')).toBe('https://cdn.example/cw/posts.json');
    const links = list.inside.filter((e) => attr(e, 'part') === 'link');
    expect(links.map((a) => [shown(a), attr(a, 'href')])).toEqual(
      posts.items
        .slice(0, 10)
        .map((item: { title: string; url: string }) => [item.title, item.url]),
    );
    expect(links).toHaveLength(10);
    const events = await readFragment(out, 'event-list.html');
    expect(attr(events.host, 'src')).toBe('https://cdn.example/cw/events.json');
  });
});
