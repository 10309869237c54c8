// Any blog, not one (issue 14: every bundle was titled "CompetencyWorks", with JSON-LD ids and
// calendar UIDs on competencyworks.org even with --base-url).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { buildBundle } from '../src/buildBundle';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';
import { wxrExport } from './wxrExport';

const dir = useTempDir('cw-blog-');
const natasha = fileURLToPath(new URL('./fixtures/natasha.xml', import.meta.url));
const webinar =
  '<p>Join our webinar on Wednesday, January 11, 2017, 2:00-3:00 p.m. ET to hear from the team.</p>';

async function exportFile(): Promise<string> {
  const file = join(dir(), 'export.xml');
  await writeFile(
    file,
    wxrExport([
      { id: 1, title: 'Field Trips - Part 1', content: webinar },
      { id: 2, title: 'Field Trips - Part 2' },
    ]),
  );
  return file;
}

/** Every data file of a bundle as text (the widgets' code, copied in as is, aside). */
async function everyFile(out: string): Promise<string> {
  const names = (await readdir(out, { recursive: true })).filter((n) => n !== 'cw-widgets.js');
  return (
    await Promise.all(names.map((name) => readFile(join(out, name), 'utf8').catch(() => '')))
  ).join('\n');
}

describe('a bundle of another blog', () => {
  it('takes the title and site from the source: feeds, JSON-LD ids and calendar UIDs', async () => {
    const out = join(dir(), 'out');
    const result = await buildBundle({ inputs: [await exportFile()], outDir: out });
    expect(result.manifest.site).toEqual({
      title: 'Field Notes',
      url: 'https://fieldnotes.example/',
    });
    expect(result.manifest.counts.events).toBeGreaterThan(0);
    expect(result.manifest.counts.series).toBeGreaterThan(0);
    const feed = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    expect(feed).toMatchObject({
      title: 'Field Notes',
      home_page_url: 'https://fieldnotes.example/',
    });
    const jsonld = JSON.parse(await readFile(join(out, 'jsonld.json'), 'utf8'));
    const ids = jsonld['@graph'].map((node: { '@id'?: string }) => node['@id']).filter(Boolean);
    expect(ids.some((id: string) => id.startsWith('https://fieldnotes.example/#series-'))).toBe(
      true,
    );
    expect(ids.some((id: string) => id.startsWith('https://fieldnotes.example/#event-'))).toBe(
      true,
    );
    const ics = await readFile(join(out, 'events.ics'), 'utf8');
    expect(ics).toMatch(/^UID:.+@fieldnotes\.example\r?$/m);
    expect(ics).toContain('X-WR-CALNAME:Field Notes');
    const text = await everyFile(out);
    expect(text).not.toMatch(/competencyworks\.org/);
    expect(text).not.toMatch(/>CompetencyWorks|"CompetencyWorks"|CALNAME:CompetencyWorks/);
  });

  it('reads an RSS channel title, and --title and --base-url win over the source', async () => {
    const out = join(dir(), 'out');
    const fromFeed = await buildBundle({ inputs: [natasha], outDir: out });
    expect(fromFeed.manifest.site.title).toBe('Natasha The Robot');
    const file = await exportFile();
    const { code } = await runCli([
      'build',
      file,
      '--out',
      out,
      '--title',
      'My Notes',
      '--base-url',
      'https://cdn.example/notes/',
    ]);
    expect(code).toBe(0);
    const feed = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    expect(feed.title).toBe('My Notes');
    expect(feed.feed_url).toBe('https://cdn.example/notes/posts.json');
  });

  it('uses --base-url for ids when the source names no site', async () => {
    const file = join(dir(), 'feed.json');
    await writeFile(
      file,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Plain',
        // No home_page_url: the bundle's own URL is all there is.
        items: [
          {
            id: '1',
            title: 'January webinar',
            url: 'https://plain.example/1',
            content_html: webinar,
            date_published: '2016-12-19T10:00:00Z',
          },
        ],
      }),
    );
    const out = join(dir(), 'out');
    await buildBundle({ inputs: [file], outDir: out, baseUrl: 'https://cdn.example/plain/' });
    expect(await readFile(join(out, 'events.ics'), 'utf8')).toMatch(/^UID:.+@cdn\.example\r?$/m);
    expect(await everyFile(out)).not.toMatch(/competencyworks\.org/);
  });

  it('--version prints the package version', async () => {
    const { code, out } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toBe(packageJson.version);
  });
});
