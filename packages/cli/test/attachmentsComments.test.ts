// A bundle carries a post's enclosures as JSON Feed attachments, and comments only when asked:
// they are other people's words (issue 17: WXR enclosures were lost, comments kept as a count).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';
import { wxrExport } from './wxrExport';

const dir = useTempDir('cw-attachments-');

const episode = {
  id: 1,
  title: 'Episode one',
  meta: { enclosure: 'https://fieldnotes.example/files/episode-1.mp3\n12345678\naudio/mpeg\n' },
  comments: [
    {
      id: 11,
      author: 'Reader One',
      email: 'one@mail.example',
      content: 'Loved it.\n\nMore please.',
      approved: '1',
    },
    {
      id: 12,
      author: 'Held Back',
      email: 'held@mail.example',
      content: 'PENDING-TEXT',
      approved: '0',
    },
    {
      id: 13,
      author: 'Spammer',
      email: 'spam@mail.example',
      content: 'SPAM-TEXT',
      approved: 'spam',
    },
  ],
};

async function build(extra: string[] = []) {
  const file = join(dir(), 'export.xml');
  await writeFile(file, wxrExport([episode]));
  const out = join(dir(), 'out');
  const { code, err } = await runCli(['build', file, '--out', out, ...extra]);
  expect(code, err).toBe(0);
  const names = await readdir(out, { recursive: true });
  const text = (
    await Promise.all(names.map((n) => readFile(join(out, n), 'utf8').catch(() => '')))
  ).join('\n');
  const full = JSON.parse(await readFile(join(out, 'full', 'posts.json'), 'utf8')).items[0];
  const list = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8')).items[0];
  return { text, full, list };
}

describe('attachments and comments in a bundle', () => {
  it('publishes the enclosure as a JSON Feed attachment in the full item, not in the list', async () => {
    const { full, list } = await build();
    expect(full.attachments).toEqual([
      {
        url: 'https://fieldnotes.example/files/episode-1.mp3',
        mime_type: 'audio/mpeg',
        size_in_bytes: 12345678,
      },
    ]);
    expect(list).not.toHaveProperty('attachments');
  });

  it('publishes the approved comment count, and no comment text without --include-comments', async () => {
    const { text, full } = await build();
    expect(full._competencyworks.commentCount).toBe(1);
    expect(full._competencyworks).not.toHaveProperty('comments');
    for (const secret of ['Loved it', 'PENDING-TEXT', 'SPAM-TEXT', 'mail.example', '203.0.113.7']) {
      expect(text).not.toContain(secret);
    }
  });

  it('publishes approved comments with --include-comments, never held or spam ones, e-mails or IPs', async () => {
    const { text, full } = await build(['--include-comments']);
    expect(full._competencyworks.comments).toEqual([
      {
        id: '11',
        author: 'Reader One',
        authorUrl: 'https://readerone.example/',
        published: '2016-12-19T14:05:00Z',
        contentHtml: '<p>Loved it.</p>\n<p>More please.</p>',
      },
    ]);
    for (const secret of [
      'PENDING-TEXT',
      'SPAM-TEXT',
      'mail.example',
      '203.0.113.7',
      'Held Back',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
