import { readFileSync } from 'node:fs';
import { type Post, postFields, readArchiveText } from '@competencyworks/posts';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cuePostsArbitrary } from '../../posts/test/cueArbitrary';
import { withAndWithoutPrescan } from '../../posts/test/prescanSwitch';
import { extractEvents } from '../src/index';
import { type DevEntry, devsetPost, readDevset } from './devset/scoreDevset';

// extractEvents skips a body whose shared pre-scan (postCues) says it holds no date; here it also
// runs with every body read whole: a skip that loses an event or an issue shows as a difference.
vi.mock('../../posts/src/postFields', async (original) =>
  (await import('../../posts/test/prescanSwitch')).switchablePostFields(await original()),
);

const bothWays = (posts: Post[]) => withAndWithoutPrescan(() => extractEvents(posts));

const seeds = ['archive-2016-08.txt', 'archive-2016-12.txt'].flatMap(
  (name) =>
    readArchiveText(readFileSync(new URL(`./fixtures/seeds/${name}`, import.meta.url), 'utf8'))
      .posts,
);

describe('events with and without the shared pre-scan', () => {
  it('gives extractEvents bodies through the pre-scan, and whole when it is switched off', () => {
    const post = { ...devsetPost(readDevset()[0] as DevEntry), excerpt: 'No date here.' };
    expect(withAndWithoutPrescan(() => postFields(post, 'eventDate')[1].text)).toEqual({
      withPrescan: '',
      without: 'No date here.',
    });
  });

  it('are the same on the development set, one post at a time and all together', () => {
    const posts = readDevset().map(devsetPost);
    for (const post of posts) {
      const { withPrescan, without } = bothWays([post]);
      expect(withPrescan, post.id).toEqual(without);
    }
    const { withPrescan, without } = bothWays(posts);
    expect(withPrescan).toEqual(without);
    expect(withPrescan.events.length).toBeGreaterThan(100);
  });

  it('are the same on the seed archive pages', () => {
    const { withPrescan, without } = bothWays(seeds);
    expect(withPrescan).toEqual(without);
    expect(withPrescan.events.length).toBeGreaterThan(0);
  });

  it('are the same on generated posts (HTML content and plain text)', () => {
    const titles = ['Webinar', 'Join us on Jan. 11', 'Grading – Part 2'];
    fc.assert(
      fc.property(cuePostsArbitrary(titles, 3), (posts) => {
        const { withPrescan, without } = bothWays(posts);
        expect(withPrescan).toEqual(without);
      }),
      { numRuns: 1500 },
    );
  });
});
