import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueBodyArbitrary } from '../test/cueArbitrary';
import { htmlMayContain } from './_lib/htmlMayContain';
import { htmlToText } from './_lib/htmlToText';
import { copyPost } from './copyPost';
import type { Post } from './post';
import { POST_CUES, type PostCue, postCue, postCues } from './postCues';
import { postText } from './postText';

const CUES = Object.keys(POST_CUES) as PostCue[];

function post(body: { contentHtml?: string; excerpt?: string }): Post {
  return {
    id: 'p1',
    title: 'A post',
    authors: [],
    excerpt: body.excerpt ?? '',
    categories: [],
    tags: [],
    origin: [],
    ...(body.contentHtml !== undefined ? { contentHtml: body.contentHtml } : {}),
    source: { format: 'rss' },
  };
}

const matches = (pattern: RegExp, text: string) => text.search(pattern) >= 0;

describe('postCues', () => {
  it('tells which cues a body holds', () => {
    expect(
      postCues(post({ contentHtml: '<p>This is the third post in our <em>series</em>.</p>' })),
    ).toEqual({ origin: false, seriesStatement: true, partReference: false, eventDate: false });
    expect(postCues(post({ excerpt: 'Join us on Jan. 11 for Part 2.' }))).toEqual({
      origin: false,
      seriesStatement: false,
      partReference: true,
      eventDate: true,
    });
    // One phrase that is two cues: "first post" opens a cross-post note and names a part.
    expect(postCues(post({ contentHtml: '<p>Read my first post</p>' }))).toMatchObject({
      origin: true,
      partReference: true,
    });
    expect(postCues(post({ excerpt: 'Nothing here.' }))).toEqual({
      origin: false,
      seriesStatement: false,
      partReference: false,
      eventDate: false,
    });
  });

  it('finds a cue split by markup and references, and says "may" when markup hides a word', () => {
    const split = postCues(
      post({ contentHtml: '<p>First<br>published at <a href="#">X</a> on May&nbsp;<b>3</b></p>' }),
    );
    expect(split.origin).toBe(true);
    expect(split.eventDate).toBe(true);
    expect(postCues(post({ contentHtml: '<p>se<em>ries</em></p>' })).seriesStatement).toBe(true);
  });

  it('gives, for every cue, what a search for that cue alone gives (HTML and plain text)', () => {
    fc.assert(
      fc.property(cueBodyArbitrary, (body) => {
        const html = postCues(post({ contentHtml: body }));
        const plain = postCues(post({ excerpt: body }));
        for (const cue of CUES) {
          expect(html[cue], `${cue} in HTML ${JSON.stringify(body)}`).toBe(
            htmlMayContain(body, POST_CUES[cue]),
          );
          expect(plain[cue], `${cue} in text ${JSON.stringify(body)}`).toBe(
            matches(POST_CUES[cue], body),
          );
          // Asked first of a fresh post, one cue gives the same (only its group is scanned).
          expect(postCue(post({ contentHtml: body }), cue)).toBe(html[cue]);
          expect(postCue(post({ excerpt: body }), cue)).toBe(plain[cue]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never denies a cue the rendered text holds', () => {
    fc.assert(
      fc.property(cueBodyArbitrary, (body) => {
        const cues = postCues(post({ contentHtml: body }));
        const { text } = htmlToText(body);
        for (const cue of CUES) {
          if (matches(POST_CUES[cue], text)) expect(cues[cue], `${cue} in ${body}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('copyPost', () => {
  it('keeps the rendered text and cues of an unchanged body, and works out a changed one afresh', () => {
    const original = post({ contentHtml: '<p>Part 2 of the series</p>' });
    const rendered = postText(original, 'content');
    const copy = copyPost(original, { tags: [{ name: 'x' }] });
    expect(copy).not.toBe(original);
    expect(copy.tags).toEqual([{ name: 'x' }]);
    expect(original.tags).toEqual([]);
    expect(postText(copy, 'content')).toBe(rendered);
    const changed = copyPost(original, { contentHtml: '<p>Nothing here</p>' });
    expect(postText(changed, 'content')?.text).toBe('Nothing here');
    expect(postCues(changed).seriesStatement).toBe(false);
  });
});
