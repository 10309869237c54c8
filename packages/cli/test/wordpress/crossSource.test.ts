import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { undoTypography } from '@competencyworks/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/buildBundle';
import { runCli } from '../runCli';
import { type BundleItem, bundleItems } from './bundleItems';
import { archivePosts, SECRETS } from './siteSeed';
import { useTestSite } from './testSite';

// One seeded WordPress, four bundles of the same blog: (a) from the site URL (REST API), (b) from
// its RSS feed pages as the site serves them, (c) from the WXR export WordPress's own export_wp()
// writes, (d) from the two seed archive pages the site was seeded from.

type Source = 'rest' | 'rss' | 'wxr' | 'archive';

interface Built {
  dir: string;
  items: BundleItem[];
  err: string;
}

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Titles as the archive page prints them and as WordPress renders them (curly quotes) compare equal. */
const plain = (title: string | undefined) => undoTypography(title ?? '');

interface CwExtension {
  origin?: { publisher: string; date?: string }[];
  series?: { seriesId: string; position?: number };
  categories?: { name: string; slug?: string }[];
}
const names = (item: BundleItem | undefined) => item?.authors?.map((author) => author.name);
const extension = (item: BundleItem) => (item._competencyworks ?? {}) as CwExtension;

describe('the same blog from its URL, its RSS feed, its WXR export and its archive pages', () => {
  const test = useTestSite();
  let root: string;
  const built = {} as Record<Source, Built>;
  /** The 17 archive posts, by title as the archive pages print it. */
  const archiveTitles = archivePosts().map((post) => plain(post.title));

  const build = async (source: Source, inputs: string[]) => {
    const dir = join(root, source);
    const result = await runCli(['build', ...inputs, '--out', dir]);
    expect(result.code, result.err).toBe(0);
    built[source] = { dir, items: await bundleItems(dir), err: result.err };
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cw-cross-'));
    await build('rest', [test.site.url]);
    // The feed as a reader fetches it: /?feed=rss2 and its ?paged=N pages until WordPress says 404.
    const feeds = join(root, 'feeds');
    await mkdir(feeds);
    for (let page = 1; ; page++) {
      const response = await fetch(`${test.site.url}/?feed=rss2&paged=${page}`);
      if (response.status === 404) break;
      expect(response.status).toBe(200);
      await writeFile(join(feeds, `feed-${page}.xml`), await response.text());
    }
    await build('rss', [feeds]);
    const wxr = join(root, 'export.xml');
    await writeFile(wxr, await test.site.exportWxr());
    await build('wxr', [wxr]);
    await build('archive', [
      join(seeds, 'archive-2016-08.txt'),
      join(seeds, 'archive-2016-12.txt'),
    ]);
  }, 240_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('has the same published posts in the REST, RSS and WXR bundles: titles, dates and authors', () => {
    const rest = built.rest.items;
    // 17 archive posts and 13 published rule posts.
    expect(rest).toHaveLength(30);
    for (const other of ['rss', 'wxr'] as const) {
      const byUrl = new Map(built[other].items.map((item) => [item.url, item]));
      expect(built[other].items, other).toHaveLength(rest.length);
      for (const item of rest) {
        const same = byUrl.get(item.url);
        expect(same, `${other}: ${item.url}`).toBeDefined();
        // WordPress's feed prefixes a protected post's title ("Protected: %s", protected_title_format).
        const title =
          other === 'rss' && item.url?.includes('/a-protected-post/')
            ? `Protected: ${item.title}`
            : item.title;
        expect(same?.title, `${other}: ${item.url}`).toBe(title);
        expect(same?.date_published, `${other}: ${item.title}`).toBe(item.date_published);
        // Author names: a feed has no author pages to link (see the report test below).
        expect(names(same), `${other}: ${item.title}`).toEqual(names(item));
      }
    }
    // The untitled aside is in all three, untitled.
    const untitled = rest.filter((item) => item.title === undefined);
    expect(untitled).toHaveLength(1);
  });

  it('has the 17 archive posts in every bundle, with the dates and authors the archive pages give', () => {
    const archive = built.archive.items;
    expect(archive).toHaveLength(17);
    for (const source of ['rest', 'rss', 'wxr'] as const) {
      const byTitle = new Map(built[source].items.map((item) => [plain(item.title), item]));
      for (const page of archive) {
        const item = byTitle.get(plain(page.title));
        expect(item, `${source}: ${page.title}`).toBeDefined();
        // Two archive posts have no date line; the site gave them one.
        if (page.date_published) {
          expect(item?.date_published?.slice(0, 10), `${source}: ${page.title}`).toBe(
            page.date_published.slice(0, 10),
          );
        }
        // Posts whose page names no author were seeded as the site's admin.
        const authors = page.authors?.length ? page.authors : [{ name: 'admin' }];
        expect(names(item)).toEqual(authors.map((a) => a.name));
      }
    }
  });

  it('finds the same series (parts 21-24), origins and events in the archive posts from every source', async () => {
    const seriesOf = async (source: Source) => {
      const { series } = JSON.parse(await readFile(join(built[source].dir, 'series.json'), 'utf8'));
      return (
        series as { id: string; kind: string; parts: { position?: number; title?: string }[] }[]
      )
        .map((s) => ({
          id: s.id,
          kind: s.kind,
          parts: s.parts.map((part) => [part.position, plain(part.title)]),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
    };
    const eventsOf = async (source: Source) => {
      const titleOf = new Map(built[source].items.map((item) => [item.id, plain(item.title)]));
      const { events } = JSON.parse(await readFile(join(built[source].dir, 'events.json'), 'utf8'));
      return (events as { sourcePostId: string; [field: string]: unknown }[]).map(
        ({ sourcePostId, evidence: _evidence, ...event }) => ({
          ...event,
          post: titleOf.get(sourcePostId),
        }),
      );
    };
    const originsOf = (source: Source) =>
      Object.fromEntries(
        built[source].items
          .filter((item) => archiveTitles.includes(plain(item.title)))
          .map((item) => [
            plain(item.title),
            (extension(item).origin ?? []).map((o) => [o.publisher, o.date]),
          ]),
      );

    const archiveSeries = await seriesOf('archive');
    expect(
      archiveSeries.find((s) => s.id.startsWith('implementing-competency-education'))?.parts,
    ).toEqual([
      [21, 'Making Mid-Course Corrections and Refinements'],
      [22, 'Refining the Instructional Model and Enhancing the Instructional Cycle'],
      [23, 'Three Ways Districts Stumble in Implementation'],
      [24, 'Continuous Improvement and Innovation'],
    ]);
    const archiveEvents = await eventsOf('archive');
    expect(archiveEvents).toHaveLength(5);
    const archiveOrigins = originsOf('archive');
    expect(archiveOrigins['Student Voices: Moving Beyond "When I Grow Up..."']).toEqual([
      ['Getting Smart', '2016-07-25'],
    ]);
    for (const source of ['rest', 'rss', 'wxr'] as const) {
      expect(await seriesOf(source), source).toEqual(archiveSeries);
      expect(await eventsOf(source), source).toEqual(archiveEvents);
      expect(originsOf(source), source).toEqual(archiveOrigins);
    }
  });

  it('carries none of the private content in any file of any bundle', async () => {
    // The seed's markers (draft, pending, scheduled and private bodies, the password post's body
    // and excerpt, private meta, a held comment), the post password, and every email address.
    const secrets = [
      ...SECRETS,
      'letmein',
      'one@example.org',
      'two@example.org',
      'spam@example.org',
      'admin@example.org',
      'A Draft',
      'Pending Review',
      'A Scheduled Post',
      'A Private Post',
    ];
    // Everything written: the bundles, and the site cache kept beside the REST bundle.
    const files = (await filesUnder(root)).filter(
      (file) => !file.startsWith(join(root, 'feeds')) && file !== join(root, 'export.xml'),
    );
    expect(files.length).toBeGreaterThan(4 * 10);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const secret of secrets)
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    // The export holds them all (it is the owner's): the check above can find what it looks for.
    const wxr = await readFile(join(root, 'export.xml'), 'utf8');
    for (const secret of ['SECRET-DRAFT-BODY', 'SECRET-PRIVATE-META', 'one@example.org', 'letmein'])
      expect(wxr).toContain(secret);
  });

  it('says which fields a source did not give, where a format carries less', () => {
    const note = (source: Source) =>
      built[source].err.split('\n').find((line) => line.includes('fields unavailable')) ?? '';
    // WordPress's RSS feed: no modified dates, no featured images, categories without slugs, and
    // tags listed as plain categories.
    expect(note('rss')).toMatch(/^note: .*feeds.*\(rss\): fields unavailable/);
    const feedLacks = [
      'author links',
      'modified dates',
      'category slugs',
      'tags',
      'featured images',
    ];
    for (const field of feedLacks) expect(note('rss')).toContain(field);
    // The REST API gives all of those.
    for (const field of feedLacks) expect(note('rest')).not.toContain(field);
    for (const field of ['modified dates', 'category slugs'])
      expect(note('wxr')).not.toContain(field);
    expect(note('archive')).toContain('links');
    // And the bundles agree: the feed's posts have no modified date, the site's do.
    expect(built.rss.items.every((item) => item.date_modified === undefined)).toBe(true);
    expect(built.rest.items.every((item) => item.date_modified !== undefined)).toBe(true);
    const featured = (source: Source) =>
      built[source].items.find((item) => item.title === 'A Featured Image');
    expect(featured('rest')?.image).toMatch(/students\.jpg$/);
    expect(featured('rss')?.image).toBeUndefined();
  });

  // Last: it stops the server.
  it('keeps the previous bundle serving when the server stops in the middle of a rebuild', async () => {
    const manifest = join(built.rest.dir, 'manifest.json');
    const before = await readFile(manifest, 'utf8');
    const pagesRead: number[] = [];
    let stopped: Promise<void> | undefined;
    const rebuild = buildBundle({
      inputs: [test.site.url],
      outDir: built.rest.dir,
      // A full read, 10 posts to a page, one page at a time: the server stops after page 1.
      force: true,
      site: {
        perPage: 10,
        concurrency: 1,
        fetch: { retries: 1, backoffMs: 10 },
        onProgress: (progress) => {
          pagesRead.push(progress.pages);
          stopped ??= test.site.stopServer();
          return stopped;
        },
      },
    });
    await expect(rebuild).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(
        /posts page 2 of 3 could not be read \(.*refused the connection.*\); the 10 posts read before it are kept; the previous bundle in .* was kept and still serves/,
      ),
    });
    expect(pagesRead).toEqual([1]);
    expect(await readFile(manifest, 'utf8')).toBe(before);
    expect(await bundleItems(built.rest.dir)).toEqual(built.rest.items);
  });
});
