// A build close to a parse (issue 14: 10,507 files for 10,000 posts, 10,000 of them one-part
// "series"; the page a post list fetches was 16.9 kB gzipped for 20 posts, 61% content_html).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// What <cw-post-list> makes of each item it fetches: the list page must give it the same view.
import { type PostView, postText, readPostFeed } from '../../widgets/src/_lib/postView';
import { buildBundle } from '../src/buildBundle';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-layout-');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('the bundle layout', () => {
  it('writes no file per post: one-part series have none, pages hold many posts', async () => {
    const items = Array.from(
      { length: 300 },
      (_, i) =>
        `<item><title>Topic ${i} - Part 1</title><link>https://example.org/p/${i}/</link><guid>https://example.org/p/${i}/</guid><pubDate>Mon, 01 Aug 2016 10:00:00 +0000</pubDate><description>Text ${i}</description></item>`,
    );
    const file = join(dir(), 'feed.xml');
    await writeFile(
      file,
      `<rss version="2.0"><channel><title>T</title><link>https://example.org/</link><description>d</description>${items.join('')}</channel></rss>`,
    );
    const out = join(dir(), 'out');
    const result = await buildBundle({ inputs: [file], outDir: out });
    const names = await readdir(out, { recursive: true });
    const onePart = JSON.parse(await readFile(join(out, 'series.json'), 'utf8')).series.filter(
      (series: { parts: unknown[] }) => series.parts.length === 1,
    );
    // Each one-part series is listed in series.json, but gets no page of its own.
    for (const series of onePart) expect(names).not.toContain(`series/${series.id}.json`);
    expect(result.manifest.counts.files).toBeLessThan(2 * 15 + 15);
  });

  it('writes each page of full content as JSON.stringify writes it, whatever its text holds', async () => {
    // Full pages are written item by item around a stand-in for the items: text that looks like
    // the stand-in, quotes, backslashes, and bodies large enough to span the writer's buffer.
    const tricky = [
      '\\u0000items\\u0000',
      '"items":[]',
      '\u0000items\u0000',
      'caf\u00e9 \ud83d\ude00 \\',
    ];
    const items = Array.from({ length: 45 }, (_, i) => {
      const text = `${tricky[i % tricky.length]} ${i}`;
      const body = i % 20 === 3 ? 'x\u2013'.repeat(700_000) : text;
      return `<item><title><![CDATA[${text}]]></title><link>https://example.org/p/${i}/</link><guid>https://example.org/p/${i}/</guid><pubDate>Mon, 01 Aug 2016 10:${String(i).padStart(2, '0')}:00 +0000</pubDate><description><![CDATA[${text}]]></description><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>`;
    });
    const file = join(dir(), 'feed.xml');
    await writeFile(
      file,
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://example.org/</link><description>d</description>${items.join('')}</channel></rss>`,
    );
    const out = join(dir(), 'out');
    await buildBundle({ inputs: [file], outDir: out });
    const titles: string[] = [];
    for (const name of ['posts.json', 'posts-2.json', 'posts-3.json']) {
      const text = await readFile(join(out, 'full', name), 'utf8');
      const page = JSON.parse(text);
      expect(text).toBe(`${JSON.stringify(page)}\n`);
      titles.push(...page.items.map((item: { title: string }) => item.title));
    }
    expect(titles).toHaveLength(45);
    expect(new Set(titles.map((title) => title.split(' ')[0]))).toEqual(
      new Set(tricky.map((text) => text.split(' ')[0])),
    );
  });

  it('list pages carry what the list shows (small), full pages the rest, same items', async () => {
    const out = join(dir(), 'out');
    await buildBundle({
      inputs: [join(fixtures, 'natasha.xml'), join(fixtures, 'mixed')],
      outDir: out,
    });
    const listText = await readFile(join(out, 'posts.json'));
    const list = JSON.parse(listText.toString());
    const full = JSON.parse(await readFile(join(out, 'full/posts.json'), 'utf8'));
    expect(list.items).toHaveLength(20);
    expect(gzipSync(listText).byteLength).toBeLessThanOrEqual(8 * 1024);
    expect(list._competencyworks.full).toBe('full/posts.json');
    expect(list.items.map((i: { id: string }) => i.id)).toEqual(
      full.items.map((i: { id: string }) => i.id),
    );
    expect(list.items.some((i: object) => 'content_html' in i)).toBe(false);
    expect(full.items.some((i: object) => 'content_html' in i)).toBe(true);

    // The widget sees the same posts in the list page as in the full one.
    const issues: string[] = [];
    const fromList = [...readPostFeed(list, issues, 'https://cdn.example/posts.json').rest];
    const fromFull = [...readPostFeed(full, issues, 'https://cdn.example/full/posts.json').rest];
    expect(issues).toEqual([]);
    const shown = (view: PostView) => {
      const { source: _, ...fields } = view;
      const { excerpt: __, ...words } = postText(view);
      return { ...fields, ...words };
    };
    expect(fromList.map(shown)).toEqual(fromFull.map(shown));
    for (const [index, view] of fromList.entries()) {
      const fullExcerpt = fromFull[index] ? postText(fromFull[index]).excerpt : '';
      // The list's excerpt is the start of what the full item's excerpt shows.
      expect(fullExcerpt.startsWith(postText(view).excerpt.replace(/…$/, ''))).toBe(true);
    }
  });
});
