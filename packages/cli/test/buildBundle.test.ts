import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../src/buildBundle';
import { runCli } from './runCli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2016-12-20T12:00:00Z');
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** The JSON Feed 1.1 rules a reader relies on. */
function expectJsonFeed11(feed: Record<string, unknown>) {
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(typeof feed.title).toBe('string');
  expect(Array.isArray(feed.items)).toBe(true);
  for (const item of feed.items as Record<string, unknown>[]) {
    expect(typeof item.id).toBe('string');
    expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(
      true,
    );
    for (const key of ['date_published', 'date_modified'] as const) {
      if (item[key] !== undefined) {
        expect(item[key]).toMatch(
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
        );
      }
    }
    for (const key of Object.keys(item)) {
      expect(
        [
          'id',
          'url',
          'external_url',
          'title',
          'content_html',
          'content_text',
          'summary',
          'image',
          'banner_image',
          'date_published',
          'date_modified',
          'authors',
          'tags',
          'language',
          'attachments',
        ].includes(key) || key.startsWith('_'),
      ).toBe(true);
    }
  }
}

describe('buildBundle on the seed archive', () => {
  it('writes every bundle file, with valid feeds and calendars', async () => {
    const out = join(dir, 'bundle');
    const result = await buildBundle({ outDir: out, pageSize: 5, now });
    expect(result.built).toBe(true);
    expect(result.manifest.counts.posts).toBe(17);

    // posts.json pages chain through next_url and together hold every post once.
    const ids: string[] = [];
    let page = 'posts.json';
    const seen = new Set<string>();
    while (page) {
      expect(seen.has(page)).toBe(false);
      seen.add(page);
      const feed = await readJson(join(out, page));
      expectJsonFeed11(feed);
      ids.push(...feed.items.map((item: { id: string }) => item.id));
      page = feed.next_url ?? '';
    }
    expect([...seen]).toEqual(['posts.json', 'posts-2.json', 'posts-3.json', 'posts-4.json']);
    expect(new Set(ids).size).toBe(17);
    const first = await readJson(join(out, 'posts.json'));
    expect(first.items[0].title).toBe(
      'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy',
    );
    expect(first.items[0].date_published).toMatch(/^2016-12-21T/);

    const { series } = await readJson(join(out, 'series.json'));
    const k12 = series.find((s: { title: string }) =>
      s.title.startsWith('Implementing Competency'),
    );
    expect(k12.parts.map((p: { position: number }) => p.position).sort()).toEqual([21, 22, 23, 24]);
    expect(k12.parts.every((p: { title?: string }) => typeof p.title === 'string')).toBe(true);
    expect(await readJson(join(out, `series/${k12.id}.json`))).toEqual(k12);

    const { events } = await readJson(join(out, 'events.json'));
    const webinar = events.find((e: { kind: string }) => e.kind === 'webinar');
    expect(webinar.start).toEqual({
      date: '2017-01-11',
      time: '14:00',
      timeZone: 'America/New_York',
    });

    const calendar = new ICAL.Component(
      ICAL.parse(await readFile(join(out, 'events.ics'), 'utf8')),
    );
    const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents.length).toBe(events.length);
    const icsWebinar = vevents.find((e) => e.summary.includes('New England'));
    expect(icsWebinar?.startDate.toJSDate().toISOString()).toBe('2017-01-11T19:00:00.000Z');
    expect(icsWebinar?.endDate.toJSDate().toISOString()).toBe('2017-01-11T20:00:00.000Z');
    const eventFiles = await readdir(join(out, 'events'));
    expect(eventFiles.length).toBe(events.length);

    const jsonld = await readJson(join(out, 'jsonld.json'));
    expect(jsonld['@context']).toBe('https://schema.org');
    const types = jsonld['@graph'].map((node: { '@type': string }) => node['@type']);
    expect(types.filter((t: string) => t === 'BlogPosting').length).toBe(17);
    expect(types).toContain('CreativeWorkSeries');

    const manifest = await readJson(join(out, 'manifest.json'));
    expect(manifest.inputs.map((i: { path: string }) => i.path.replace(/.*\//, ''))).toEqual([
      'archive-2016-08.txt',
      'archive-2016-12.txt',
    ]);
    expect(manifest.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.builtAt).toBe('2016-12-20T12:00:00.000Z');
    expect(manifest.files.map((file: { path: string }) => file.path)).toContain('index.html');
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<script type="module" src="./cw-widgets.js"></script>');
    expect(html).toContain('<cw-post-list src="posts.json"');
  });

  it('skips work when the inputs and settings are unchanged, and rebuilds when they change', async () => {
    const out = join(dir, 'bundle');
    await buildBundle({ outDir: out, now });
    const again = await buildBundle({ outDir: out, now: new Date('2017-01-01T00:00:00Z') });
    expect(again.built).toBe(false);
    expect((await readJson(join(out, 'manifest.json'))).builtAt).toBe('2016-12-20T12:00:00.000Z');
    const resized = await buildBundle({ outDir: out, pageSize: 3, now });
    expect(resized.built).toBe(true);
    const forced = await buildBundle({ outDir: out, pageSize: 3, force: true, now });
    expect(forced.built).toBe(true);
  });

  it('leaves the previous bundle intact when a build fails', async () => {
    const out = join(dir, 'bundle');
    await buildBundle({ outDir: out, now });
    const before = await readFile(join(out, 'posts.json'), 'utf8');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"version": "https://jsonfeed.org/version/1.1", "items": [');
    await expect(buildBundle({ inputs: [bad], outDir: out, now })).rejects.toThrow(
      /bad\.json(:\d+:\d+)?: invalid JSON/,
    );
    expect(await readFile(join(out, 'posts.json'), 'utf8')).toBe(before);
    const leftovers = [...(await readdir(dir)), ...(await readdir(out))].filter((name) =>
      name.startsWith('.'),
    );
    expect(leftovers).toEqual([]);
  });

  it('--strict exits 1 when issues were found; --json prints only JSON', async () => {
    const out = join(dir, 'bundle');
    const { code, out: stdout } = await runCli(['build', '--out', out, '--strict', '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.issues.some((i: { code: string }) => i.code === 'missing-date')).toBe(true);
    const plain = await runCli(['build', '--out', join(dir, 'b2')]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(
      /^Built .*b2: 17 posts, \d+ series, \d+ events, \d+ files in [\d.]+s\n$/,
    );
  });
});

describe('buildBundle on large and mixed inputs', () => {
  it('streams a feed larger than the streaming threshold and hashes exactly what it read', async () => {
    const { createHash } = await import('node:crypto');
    const { STREAM_THRESHOLD } = await import('../src/_lib/readSource');
    const body = `<p>${'Competency-based learning lets students advance on mastery. '.repeat(80)}</p>`;
    const items: string[] = [];
    for (let i = 0; i < 2200; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      items.push(
        `<item><title>Post ${i}</title><link>https://example.org/p/${i}/</link><guid isPermaLink="true">https://example.org/p/${i}/</guid><pubDate>Mon, ${day} Aug 2016 10:00:00 +0000</pubDate><dc:creator><![CDATA[Chris Sturgis]]></dc:creator><category><![CDATA[Policy]]></category><description><![CDATA[Excerpt ${i}]]></description><content:encoded><![CDATA[${body}]]></content:encoded></item>`,
      );
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Big</title><link>https://example.org/</link><description>d</description>${items.join('\n')}</channel></rss>\n`;
    expect(Buffer.byteLength(xml)).toBeGreaterThan(STREAM_THRESHOLD);
    const file = join(dir, 'big.xml');
    await writeFile(file, xml);
    const result = await buildBundle({ inputs: [file], outDir: join(dir, 'out'), now });
    expect(result.manifest.inputs[0]).toMatchObject({
      format: 'rss',
      posts: 2200,
      bytes: Buffer.byteLength(xml),
      sha256: createHash('sha256').update(xml).digest('hex'),
    });
    const feed = await readJson(join(dir, 'out', 'posts.json'));
    expect(feed.items).toHaveLength(20);
    expect(feed.next_url).toBe('posts-2.json');
  }, 60_000);

  it('builds one bundle from a mix of formats and folders', async () => {
    const { fileURLToPath } = await import('node:url');
    const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
    const result = await buildBundle({
      inputs: [join(fixtures, 'natasha.xml'), join(fixtures, 'mixed')],
      outDir: join(dir, 'out'),
      now,
    });
    const formats = result.manifest.inputs.map((input) => input.format).sort();
    expect(formats).toEqual([
      'archive-html',
      'archive-text',
      'atom',
      'json-feed',
      'rss',
      'wordpress-rest',
      'wxr',
    ]);
    const total = result.manifest.inputs.reduce((sum, input) => sum + input.posts, 0);
    expect(result.manifest.counts.posts).toBeLessThanOrEqual(total);
    expect(result.manifest.counts.posts).toBeGreaterThan(20);
    const feed = await readJson(join(dir, 'out', 'posts.json'));
    expectJsonFeed11(feed);
  });
});
