import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectOrigins } from '../src/detectOrigins';
import { parseArchiveText } from '../src/parseArchiveText';
import { parseJsonFeed } from '../src/parseJsonFeed';
import type { Post } from '../src/post';
import { postText } from '../src/postText';

// The two seed archive pages (fixtures/archive, copied unchanged from the project's seeds).
function seed(name: string): Post[] {
  const page = readFileSync(new URL(`./fixtures/archive/${name}`, import.meta.url), 'utf8');
  return parseArchiveText(page).posts;
}

/** Each post with origins, as [title, [publisher, date, rule, sentence] per origin]. */
function originsByTitle(posts: Post[]): [string, [string, string | undefined, string, string][]][] {
  return posts
    .map((post): [string, [string, string | undefined, string, string][]] => [
      post.title ?? post.id,
      detectOrigins(post).map((origin) => [
        origin.publisher,
        origin.date,
        origin.evidence.rule,
        origin.evidence.sentence,
      ]),
    ])
    .filter(([, origins]) => origins.length > 0);
}

function expectEvidenceInText(posts: Post[]): void {
  for (const post of posts) {
    for (const { evidence } of detectOrigins(post)) {
      expect(evidence.postId).toBe(post.id);
      expect(postText(post, evidence.field)?.text.slice(evidence.start, evidence.end)).toBe(
        evidence.sentence,
      );
    }
  }
}

// The page has a no-break space between "School" and "on", as WordPress left it.
const PART_3_NOTE =
  'This post originally appeared at Next Generation Learning Challenges on April 6, 2016 and the Workshop School\u00a0on April 1, 2016.';

describe('origins on the seed pages', () => {
  test('August 2016: Student Voices (Getting Smart) and the Part 3 post (two origins), nothing else', () => {
    const posts = seed('archive-2016-08.txt');
    expect(originsByTitle(posts)).toEqual([
      [
        'Student Voices: Moving Beyond “When I Grow Up…”',
        [
          [
            'Getting Smart',
            '2016-07-25',
            'origin.originally-appeared',
            'This post originally appeared at Getting Smart on July 25, 2016.',
          ],
        ],
      ],
      [
        'Rethinking the Achievement Gap (Part 3)',
        [
          [
            'Next Generation Learning Challenges',
            '2016-04-06',
            'origin.originally-appeared',
            PART_3_NOTE,
          ],
          ['the Workshop School', '2016-04-01', 'origin.originally-appeared', PART_3_NOTE],
        ],
      ],
    ]);
    expectEvidenceInText(posts);
  });

  test('December 2016: the Tip of the Week (Courtney Belolan’s website) and Mastery Motivates Students (Mastery Collaborative), nothing else', () => {
    const posts = seed('archive-2016-12.txt');
    expect(originsByTitle(posts)).toEqual([
      [
        'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy',
        [
          [
            'Courtney Belolan’s website',
            '2016-12-09',
            'origin.originally-appeared',
            'This post originally appeared on Courtney Belolan’s website on December 9, 2016.',
          ],
        ],
      ],
      [
        'Mastery Motivates Students: “No Way” vs. “Not Yet”',
        [
          [
            'Mastery Collaborative',
            '2016-10-21',
            'origin.originally-appeared',
            'This post originally appeared at Mastery Collaborative on October 21, 2016.',
          ],
        ],
      ],
    ]);
    expectEvidenceInText(posts);
  });

  test('archive text has no links, so no origin has a url', () => {
    const posts = [...seed('archive-2016-08.txt'), ...seed('archive-2016-12.txt')];
    for (const post of posts) {
      for (const origin of detectOrigins(post)) expect(origin).not.toHaveProperty('url');
    }
  });
});

describe('no false origins in a real feed', () => {
  test('pxlnv.json (a WordPress JSON Feed, 20 items) has "were not originally disclosed" and no origin', () => {
    const feed = readFileSync(new URL('./fixtures/jsonfeed/pxlnv.json', import.meta.url), 'utf8');
    const { posts } = parseJsonFeed(feed);
    expect(posts).toHaveLength(20);
    expect(
      posts.some((post) => /originally disclosed/.test(postText(post, 'content')?.text ?? '')),
    ).toBe(true);
    expect(posts.flatMap((post) => detectOrigins(post))).toEqual([]);
  });
});
