// One bad file is reported, not fatal (issue 14: a LICENSE or README in an input folder, or one
// Latin-1 feed, stopped the whole build; hints named library options; OS errors printed stack
// traces; --json printed nothing on errors; `cw inspect | head` crashed with EPIPE).
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/buildBundle';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';
import { wxrExport } from './wxrExport';

const dir = useTempDir('cw-partial-');
const natasha = fileURLToPath(new URL('./fixtures/natasha.xml', import.meta.url));

const rss = (title: string, items: string) =>
  `<rss version="2.0"><channel><title>${title}</title><link>https://latin.example/</link><description>d</description>${items}</channel></rss>`;

describe('cw build with some unusable inputs', () => {
  it('skips files in an input folder that are not sources, with a note', async () => {
    const folder = join(dir(), 'site');
    await mkdir(folder);
    await writeFile(join(folder, 'feed.xml'), await readFile(natasha));
    await writeFile(join(folder, 'LICENSE'), 'MIT License\n');
    await writeFile(join(folder, 'README.md'), '# My feeds\n');
    await writeFile(join(folder, 'README.txt'), 'These are my feeds.\n');
    await writeFile(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const { code, err, out } = await runCli(['build', folder, '--out', join(dir(), 'out')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Built /);
    for (const name of ['LICENSE', 'README.md', 'README.txt', 'photo.jpg']) {
      expect(err).toContain(`note: skipped ${join(folder, name)}`);
    }
  });

  it('builds the good inputs and reports the broken one with its location; --strict writes nothing', async () => {
    const good = join(dir(), 'good.xml');
    const broken = join(dir(), 'broken.xml');
    await writeFile(good, await readFile(natasha));
    await writeFile(
      broken,
      '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>x</title>\n',
    );
    const out = join(dir(), 'out');
    const plain = await runCli(['build', good, broken, '--out', out]);
    expect(plain.code).toBe(0);
    expect(plain.err).toMatch(
      /LOST: 1 input could not be read; its posts are not in the bundle:\n {2}\S*broken\.xml:\d+:\d+: /,
    );
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs.map((input: { path: string }) => input.path)).toEqual([good]);
    expect(manifest.counts.posts).toBeGreaterThan(0);

    const strictOut = join(dir(), 'strict');
    const strict = await runCli(['build', good, broken, '--out', strictOut, '--strict']);
    expect(strict.code).toBe(1);
    await expect(readFile(join(strictOut, 'manifest.json'))).rejects.toThrow(/ENOENT/);
  });

  it('names --charset in the hint, and --charset reads a Latin-1 feed', async () => {
    const file = join(dir(), 'latin.xml');
    const item =
      '<item><title>Caf\u00e9 notes</title><link>https://latin.example/cafe</link><guid>https://latin.example/cafe</guid><pubDate>Mon, 19 Dec 2016 10:00:00 +0000</pubDate><description>Cr\u00e8me</description></item>';
    await writeFile(file, Buffer.from(rss('Latin', item), 'latin1'));
    const out = join(dir(), 'out');
    const hinted = await runCli(['build', file, '--out', out]);
    expect(hinted.err).toContain('--charset');
    expect(hinted.err).not.toMatch(/\{ ?charset ?\}/);
    const { code } = await runCli(['build', file, '--out', out, '--charset', 'iso-8859-1']);
    expect(code).toBe(0);
    const feed = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    expect(feed.items[0].title).toBe('Caf\u00e9 notes');
  });

  it('names --post-types in the hint, and --post-types reads pages', async () => {
    const file = join(dir(), 'export.xml');
    await writeFile(
      file,
      wxrExport([
        { id: 1, title: 'A post' },
        { id: 2, title: 'About us', type: 'page' },
      ]),
    );
    const hinted = await runCli(['build', file, '--out', join(dir(), 'a')]);
    expect(hinted.err).toContain('pass --post-types post,page to read them');
    const result = await buildBundle({
      inputs: [file],
      outDir: join(dir(), 'b'),
      postTypes: ['post', 'page'],
    });
    expect(result.manifest.counts.posts).toBe(2);
    expect(
      (await runCli(['build', file, '--out', join(dir(), 'c'), '--post-types', 'post,page'])).code,
    ).toBe(0);
  });

  it('refuses an option given twice with different values, not "last wins"', async () => {
    const { code, err } = await runCli([
      'build',
      '--out',
      join(dir(), 'o'),
      '--page-size',
      '5',
      '--page-size',
      '10',
    ]);
    expect(code).toBe(2);
    expect(err).toContain('--page-size');
    expect(err).toContain('given twice with different values (5 and 10)');
    const same = await runCli(['build', '--out', join(dir(), 'o'), '--title', 'T', '--title', 'T']);
    expect(same.code).toBe(0);
  });

  it('reports progress within one large input, in bytes', async () => {
    const { STREAM_THRESHOLD } = await import('../src/_lib/readSource');
    const body = `<p>${'Competency-based learning lets students advance on mastery. '.repeat(80)}</p>`;
    const items = Array.from(
      { length: 2200 },
      (_, i) =>
        `<item><title>Post ${i}</title><link>https://example.org/p/${i}/</link><guid>https://example.org/p/${i}/</guid><pubDate>Mon, 01 Aug 2016 10:00:00 +0000</pubDate><description><![CDATA[${body}]]></description></item>`,
    );
    const file = join(dir(), 'big.xml');
    await writeFile(file, rss('Big', items.join('\n')));
    const updates: number[] = [];
    await buildBundle({
      inputs: [file],
      outDir: join(dir(), 'out'),
      onProgress: ({ bytes, totalBytes }) => {
        expect(totalBytes).toBeGreaterThan(STREAM_THRESHOLD);
        updates.push(bytes);
      },
    });
    expect(updates.length).toBeGreaterThan(5);
    expect(updates.some((bytes) => bytes > 0 && bytes < (updates.at(-1) ?? 0))).toBe(true);
    expect(updates).toEqual([...updates].sort((a, b) => a - b));
  }, 60_000);
});

describe('cw errors', () => {
  it('a port in use is one plain sentence and exit 3, in JSON too with --json', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const bundle = join(dir(), 'b');
    await mkdir(bundle);
    try {
      const { code, err } = await runCli(['serve', bundle, '--port', String(port)]);
      expect(code).toBe(3);
      expect(err).toBe(
        `cw: the port ${port} is already in use; pick another with --port (0 picks a free one)\n`,
      );
      const json = await runCli(['build', join(dir(), 'missing.xml'), '--out', bundle, '--json']);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.out)).toEqual({
        error: { message: `${join(dir(), 'missing.xml')}: no such file or folder`, exitCode: 2 },
      });
      const usage = await runCli(['build', '--out', bundle, '--json', '--page-size', 'x']);
      expect(JSON.parse(usage.out).error.exitCode).toBe(2);
    } finally {
      busy.close();
    }
  });

  it('ends quietly when the reader closes the pipe (cw inspect ... | head)', async () => {
    const file = join(dir(), 'many.xml');
    const items = Array.from(
      { length: 3000 },
      (_, i) =>
        `<item><title>Post number ${i}</title><link>https://example.org/p/${i}/</link><guid>https://example.org/p/${i}/</guid><pubDate>Mon, 01 Aug 2016 10:00:00 +0000</pubDate><description>x</description></item>`,
    );
    await writeFile(file, rss('Many', items.join('')));
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'inspect', file, '--json'], {
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: fileURLToPath(new URL('./tsconfig.child.json', import.meta.url)),
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
