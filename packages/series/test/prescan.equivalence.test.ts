import { readFileSync } from 'node:fs';
import {
  detectOrigins,
  type Post,
  postFields,
  readArchiveText,
  readFeed,
} from '@competencyworks/posts';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cuePostsArbitrary } from '../../posts/test/cueArbitrary';
import { withAndWithoutPrescan } from '../../posts/test/prescanSwitch';
import { detectSeries } from '../src/detectSeries';
import { type DevPost, readDevset, toPost } from './devsetScore';

// The extractors skip a body whose shared pre-scan (postCues) says it cannot hold their words;
// here they also run with every body read whole: a skip that loses anything shows as a difference.
vi.mock('../../posts/src/postFields', async (original) =>
  (await import('../../posts/test/prescanSwitch')).switchablePostFields(await original()),
);

/** Origins and series found in `posts`, with and without the pre-scan. */
const bothWays = (posts: Post[]) =>
  withAndWithoutPrescan(() => ({ origins: posts.map(detectOrigins), series: detectSeries(posts) }));

const fixture = (path: string) =>
  readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');

describe('origins and series with and without the shared pre-scan', () => {
  it('gives the extractors bodies through the pre-scan, and whole when it is switched off', () => {
    const post: Post = { ...toPost(readDevset()[0] as DevPost), excerpt: 'Nothing to find.' };
    expect(withAndWithoutPrescan(() => postFields(post, 'seriesStatement')[1].text)).toEqual({
      withPrescan: '',
      without: 'Nothing to find.',
    });
  });

  it('are the same on the development set', () => {
    const { withPrescan, without } = bothWays(readDevset().map(toPost));
    expect(withPrescan).toEqual(without);
    expect(withPrescan.series.series.length).toBeGreaterThan(0);
    expect(withPrescan.origins.flat().length).toBeGreaterThan(0);
  });

  it('are the same on the seed archive pages and a real WordPress feed (HTML content)', () => {
    const posts = [
      ...readArchiveText(fixture('seeds/archive-2016-08.txt')).posts,
      ...readArchiveText(fixture('seeds/archive-2016-12.txt')).posts,
      ...readFeed(fixture('wordpress-rss/natasha.xml')).posts,
    ];
    const { withPrescan, without } = bothWays(posts);
    expect(withPrescan).toEqual(without);
    expect(withPrescan.series.series.length).toBeGreaterThan(0);
  });

  it('are the same on generated posts', () => {
    const titles = ['Grading', 'Grading – Part 2', 'Grading (Part 1)', 'Notes: On'];
    fc.assert(
      fc.property(cuePostsArbitrary(titles), (posts) => {
        const { withPrescan, without } = bothWays(posts);
        expect(withPrescan).toEqual(without);
      }),
      { numRuns: 1500 },
    );
  });
});
