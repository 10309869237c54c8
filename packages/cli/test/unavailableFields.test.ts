import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectInputs } from '../src/inspectInputs';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-unavailable-');

const item = (n: number, extra = '') =>
  `<item><title>Post ${n}</title><link>https://blog.example/p/${n}/</link><pubDate>Mon, 01 Aug 2016 10:00:00 +0000</pubDate><dc:creator>Ann</dc:creator><category>News</category><description>Text ${n}.</description>${extra}</item>`;
const feed = (items: string) =>
  `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>B</title><link>https://blog.example/</link><description>d</description>${items}</channel></rss>`;

describe('the report of fields a source did not give', () => {
  it('names the fields no post of an input has, and only those', async () => {
    const file = join(dir(), 'feed.xml');
    // One post has a comment count: the input gives comment counts, so they are not reported.
    await writeFile(file, feed(item(1) + item(2, '<slash:comments>3</slash:comments>')));
    const { code, err } = await runCli(['build', file, '--out', join(dir(), 'out')]);
    expect(code).toBe(0);
    expect(err).toContain(
      `note: ${file} (rss): fields unavailable, no post read from it has them: modified dates, author links, category slugs, tags, featured images\n`,
    );
    const report = await inspectInputs([file]);
    expect(report.unavailable).toEqual([
      {
        path: file,
        format: 'rss',
        fields: ['modified dates', 'author links', 'category slugs', 'tags', 'featured images'],
      },
    ]);
  });
});
