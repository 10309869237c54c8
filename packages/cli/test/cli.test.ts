import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cw', () => {
  it('has --help for every command', async () => {
    for (const command of [[], ['build'], ['inspect'], ['serve']]) {
      const { code, out } = await runCli([...command, '--help']);
      expect(code).toBe(0);
      expect(out).toContain('Usage: cw');
    }
    const help = (await runCli(['build', '--help'])).out;
    expect(help).toContain('Exit codes:');
    expect(help).toContain('1  issues found with --strict: nothing was written');
    expect(help).toContain('only when it is absent, empty, or a bundle cw built');
    expect(help).toContain('Password-protected posts keep their title and link');
  });

  it('exits 2 with a hint on an unknown option', async () => {
    const { code, err } = await runCli(['build', '--out', dir, '--nope']);
    expect(code).toBe(2);
    expect(err).toContain("unknown option '--nope'");
  });

  it('exits 2 on a bad --page-size, naming the option', async () => {
    const { code, err } = await runCli(['build', '--out', dir, '--page-size', '0']);
    expect(code).toBe(2);
    expect(err).toContain('--page-size');
    expect(err).toContain('expected a whole number of 1 or more');
  });

  it('exits 2 when an input does not exist, naming it', async () => {
    const { code, err } = await runCli([
      'build',
      join(dir, 'missing.xml'),
      '--out',
      join(dir, 'out'),
    ]);
    expect(code).toBe(2);
    expect(err).toContain('missing.xml: no such file or folder');
  });

  it('exits 2 on input no parser can read, naming the file and line', async () => {
    const file = join(dir, 'broken.xml');
    await writeFile(
      file,
      '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>x</title>\n',
    );
    const { code, err } = await runCli(['build', file, '--out', join(dir, 'out')]);
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.xml:\d+(:\d+)?: /);
    expect(err).toContain('--format');
  });

  it('inspect --json reports what a file holds', async () => {
    const file = join(dir, 'feed.json');
    await writeFile(
      file,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        items: [
          { id: '1', title: 'Hello', content_text: 'Hi', date_published: '2016-08-18T10:00:00Z' },
        ],
      }),
    );
    const { code, out } = await runCli(['inspect', file, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.inputs[0]).toMatchObject({ format: 'json-feed', posts: 1 });
    expect(report.posts[0]).toMatchObject({ id: '1', title: 'Hello' });
    const table = await runCli(['inspect', file]);
    expect(table.out).toContain('Posts (1)');
    expect(table.out).toContain('Hello');
    expect(table.out).toMatch(/feed\.json\s+json-feed/);
  });

  it('keeps an untitled post through inspect and build, with link text in the preview', async () => {
    const file = join(dir, 'feed.xml');
    await writeFile(
      file,
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n' +
        '<item><title>Hello</title><link>https://example.org/hello</link></item>\n' +
        '<item><description>Just a status update.</description><link>https://example.org/status</link>' +
        '<pubDate>Thu, 18 Aug 2016 10:00:00 GMT</pubDate></item>\n</channel></rss>\n',
    );
    const report = JSON.parse((await runCli(['inspect', file, '--json'])).out);
    expect(report.posts.map((post: { title?: string }) => post.title)).toEqual([
      'Hello',
      undefined,
    ]);
    expect((await runCli(['inspect', file])).out).toMatch(/2016-08-18\s+\(untitled\)/);
    const out = join(dir, 'out');
    expect((await runCli(['build', file, '--out', out])).code).toBe(0);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<a href="https://example.org/status">Untitled post</a>');
    const feed = JSON.parse(await readFile(join(out, 'posts.json'), 'utf8'));
    const status = feed.items.find((item: { url: string }) => item.url.endsWith('/status'));
    expect(status).not.toHaveProperty('title');
    expect(status.content_text).toBe('Just a status update.');
  });

  it('serve refuses a missing folder with exit 2', async () => {
    const { code, err } = await runCli(['serve', join(dir, 'nope')]);
    expect(code).toBe(2);
    expect(err).toContain('cw build --out');
    expect(await readFile(join(dir, 'nope', 'x')).catch(() => 'absent')).toBe('absent');
  });
});

describe('cw build on input that is no supported source', () => {
  it('names the file, says what it looked like, and gives the command-line hint once', async () => {
    const file = join(dir, 'notfeed.json');
    await writeFile(file, '{"hello": 1}');
    const { code, err } = await runCli(['build', file, '--out', join(dir, 'out')]);
    expect(code).toBe(2);
    expect(err).toContain('notfeed.json: could not tell the format');
    expect(err).toContain('neither a JSON Feed nor a wp/v2 post');
    expect(err).toContain('force one with --format');
    expect(err).not.toContain('pass { format }');
  });
});
