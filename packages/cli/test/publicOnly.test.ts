// Only what the author made public reaches the bundle (issue 14: drafts, scheduled posts, a
// password-protected body and private post meta were published).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/buildBundle';
import { inspectInputs } from '../src/inspectInputs';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';
import { wxrExport } from './wxrExport';

const dir = useTempDir('cw-public-');

const items = [
  { id: 1, title: 'Published post', meta: { _edit_last: '1' } },
  { id: 2, title: 'Draft post', status: 'draft' },
  { id: 3, title: 'Scheduled post', status: 'future', date: '2030-01-01 09:00:00' },
  { id: 4, title: 'Pending post', status: 'pending' },
  { id: 5, title: 'Private post', status: 'private' },
  { id: 6, title: 'Trashed post', status: 'trash' },
  {
    id: 7,
    title: 'Members only',
    password: 'hunter2',
    content: '<p>SECRET BODY webinar on Wednesday, January 11, 2017, 2:00-3:00 p.m. ET</p>',
    excerpt: 'SECRET EXCERPT',
  },
  {
    id: 8,
    title: 'Video post',
    meta: {
      _oembed_abc:
        '<iframe src="https://www.youtube.com/embed/x"></iframe><script>steal()</script>',
      _wp_old_slug: 'old-private-slug',
    },
  },
];

/** Every file of a bundle as text. */
async function bundleText(out: string): Promise<string> {
  const names = await readdir(out, { recursive: true });
  const texts = await Promise.all(
    names.map((name) => readFile(join(out, name), 'utf8').catch(() => '')),
  );
  return texts.join('\n');
}

describe('cw build publishes only what is public', () => {
  it('leaves out drafts, scheduled, pending, private and trashed posts, and counts them', async () => {
    const file = join(dir(), 'export.xml');
    await writeFile(file, wxrExport(items));
    const out = join(dir(), 'out');
    const { code, err } = await runCli(['build', file, '--out', out]);
    expect(code).toBe(0);
    const feed = JSON.parse(await readFile(join(out, 'full', 'posts.json'), 'utf8'));
    expect(feed.items.map((item: { title: string }) => item.title).sort()).toEqual([
      'Members only',
      'Published post',
      'Video post',
    ]);
    const text = await bundleText(out);
    for (const title of [
      'Draft post',
      'Scheduled post',
      'Pending post',
      'Private post',
      'Trashed',
    ]) {
      expect(text).not.toContain(title);
    }
    expect(err).toContain(
      'left out 5 posts that are not public: 1 draft, 1 future, 1 pending, 1 private, 1 trash',
    );
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.withheld.byStatus).toEqual({
      draft: 1,
      future: 1,
      pending: 1,
      private: 1,
      trash: 1,
    });
  });

  it('keeps the title and link of a password-protected post, never its content, excerpt or events', async () => {
    const file = join(dir(), 'export.xml');
    await writeFile(file, wxrExport(items));
    const out = join(dir(), 'out');
    const result = await buildBundle({ inputs: [file], outDir: out });
    expect(result.manifest.withheld.passwordProtected).toBe(1);
    const text = await bundleText(out);
    expect(text).not.toContain('SECRET');
    expect(result.manifest.counts.events).toBe(0);
    const list = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    const locked = list.items.find((item: { title: string }) => item.title === 'Members only');
    expect(locked).toMatchObject({ url: 'https://fieldnotes.example/?p=7', content_text: '' });
  });

  it('never publishes post meta', async () => {
    const file = join(dir(), 'export.xml');
    await writeFile(file, wxrExport(items));
    const out = join(dir(), 'out');
    await buildBundle({ inputs: [file], outDir: out });
    const text = await bundleText(out);
    for (const secret of [
      '_edit_last',
      '_oembed',
      'steal()',
      'old-private-slug',
      '"passwordProtected":true',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('--include-status adds statuses back and says so loudly; inspect counts the same', async () => {
    const file = join(dir(), 'export.xml');
    await writeFile(file, wxrExport(items));
    const out = join(dir(), 'out');
    const { code, err } = await runCli([
      'build',
      file,
      '--out',
      out,
      '--include-status',
      'draft,future',
    ]);
    expect(code).toBe(0);
    expect(err).toContain(
      'WARNING: --include-status published posts the author has NOT made public: 1 draft, 1 future',
    );
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts.posts).toBe(5);
    const report = await inspectInputs([file], { includeStatuses: ['draft', 'future'] });
    expect(report.posts).toHaveLength(manifest.counts.posts);
    expect(report.withheld).toEqual(manifest.withheld);
    const plain = await inspectInputs([file]);
    expect(plain.posts).toHaveLength(3);
  });
});
