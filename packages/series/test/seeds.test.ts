import { readFileSync } from 'node:fs';
import { type Post, parseArchiveText, parseRss } from '@competencyworks/posts';
import { describe, expect, test } from 'vitest';
import { adjacentParts } from '../src/adjacentParts';
import { detectSeries } from '../src/detectSeries';
import { safeParseSeries } from '../src/series';
import { tableOfContents } from '../src/tableOfContents';

function fixture(path: string): string {
  return readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
}

function seed(name: string): Post[] {
  return parseArchiveText(fixture(`seeds/${name}`)).posts;
}

function idOf(posts: Post[], title: string): string {
  const found = posts.find((post) => post.title === title);
  if (found === undefined) throw new Error(`no post titled "${title}" on the seed page`);
  return found.id;
}

const IMPLEMENTING =
  'Implementing Competency Education in K-12 Systems: Insights from Local Leaders';
const IMPLEMENTING_ID =
  'implementing-competency-education-in-k-12-systems-insights-from-local-leaders';
const TOUR_ID = 'mastering-mastery-based-learning-in-nyc';

describe('series on the December 2016 seed page', () => {
  const posts = seed('archive-2016-12.txt');
  const result = detectSeries(posts);
  const parts: [number, string, string][] = [
    [21, 'twenty-first', 'Making Mid-Course Corrections and Refinements'],
    [22, 'twenty-second', 'Refining the Instructional Model and Enhancing the Instructional Cycle'],
    [23, 'twenty-third', 'Three Ways Districts Stumble in Implementation'],
    [24, 'twenty-fourth', 'Continuous Improvement and Innovation'],
  ];

  test('finds the article series and the Tip of the Week column, and no conflicts', () => {
    expect(result.issues).toEqual([]);
    expect(result.series.map((series) => [series.id, series.kind])).toEqual([
      ['learner-centered-tip-of-the-week', 'column'],
      [IMPLEMENTING_ID, 'series'],
    ]);
    for (const series of result.series) expect(safeParseSeries(series).success).toBe(true);
  });

  test('"Implementing Competency Education ..." has parts 21-24, each with its sentence as evidence', () => {
    const series = result.series.find((s) => s.id === IMPLEMENTING_ID);
    expect(series?.title).toBe(IMPLEMENTING);
    expect(series).not.toHaveProperty('total');
    expect(series?.parts).toEqual(
      parts.map(([position, ordinal, title]) => {
        const postId = idOf(posts, title);
        // The page has a no-break space before the series title.
        const sentence = `This is the ${ordinal} article in the series\u00a0${IMPLEMENTING}.`;
        return {
          position,
          postId,
          title,
          evidence: [
            {
              postId,
              field: 'excerpt',
              sentence,
              start: 0,
              end: sentence.length,
              rule: 'series.ordinal-in-series',
            },
          ],
        };
      }),
    );
    for (const part of series?.parts ?? []) {
      const post = posts.find((p) => p.id === part.postId);
      const evidence = part.evidence[0];
      expect(post?.excerpt.slice(evidence?.start, evidence?.end)).toBe(evidence?.sentence);
    }
  });

  test('the table of contents shows positions 1-20 as missing, then 21-24', () => {
    const series = result.series.find((s) => s.id === IMPLEMENTING_ID);
    if (series === undefined) throw new Error('series not found');
    const toc = tableOfContents(series);
    expect(toc.filter((entry) => entry.missing).map((entry) => entry.position)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(toc.slice(20).map((entry) => [entry.position, entry.missing])).toEqual([
      [21, false],
      [22, false],
      [23, false],
      [24, false],
    ]);
    const around22 = adjacentParts(series, idOf(posts, parts[1]?.[2] ?? ''));
    expect(around22?.previous?.position).toBe(21);
    expect(around22?.next?.position).toBe(23);
    expect(adjacentParts(series, idOf(posts, parts[0]?.[2] ?? ''))?.gapBefore).toBe(true);
  });

  test('the posts come back with their membership; the others without', () => {
    const memberships = result.posts
      .filter((post) => post.series !== undefined)
      .map((post) => [post.title, post.series?.seriesId, post.series?.position]);
    expect(memberships).toEqual([
      [
        'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy',
        'learner-centered-tip-of-the-week',
        undefined,
      ],
      ['Continuous Improvement and Innovation', IMPLEMENTING_ID, 24],
      ['Three Ways Districts Stumble in Implementation', IMPLEMENTING_ID, 23],
      [
        'Refining the Instructional Model and Enhancing the Instructional Cycle',
        IMPLEMENTING_ID,
        22,
      ],
      ['Making Mid-Course Corrections and Refinements', IMPLEMENTING_ID, 21],
    ]);
    expect(result.posts).toHaveLength(posts.length);
  });
});

describe('series on the August 2016 seed page', () => {
  const posts = seed('archive-2016-08.txt');
  const result = detectSeries(posts);
  const ninth = idOf(posts, 'Talking Equity with John Duval');
  const eighth = idOf(
    posts,
    'Anchoring the Learning: A Discussion with Joel Rose at New Classrooms',
  );
  const part3 = idOf(posts, 'Rethinking the Achievement Gap (Part 3)');

  test('finds the multipart post and the tour, nothing else, and no conflicts', () => {
    expect(result.issues).toEqual([]);
    expect(result.series.map((series) => [series.id, series.title, series.kind])).toEqual([
      ['rethinking-the-achievement-gap', 'Rethinking the Achievement Gap', 'multipart'],
      [TOUR_ID, 'Mastering Mastery-Based Learning in NYC', 'tour'],
    ]);
    for (const series of result.series) expect(safeParseSeries(series).success).toBe(true);
  });

  test('the tour has parts 8 and 9, and part 1 "NYC Big Takeaways" known only by reference', () => {
    const tour = result.series.find((s) => s.id === TOUR_ID);
    expect(tour?.parts.map((part) => [part.position, part.postId, part.title])).toEqual([
      [1, undefined, 'NYC Big Takeaways'],
      [8, eighth, 'Anchoring the Learning: A Discussion with Joel Rose at New Classrooms'],
      [9, ninth, 'Talking Equity with John Duval'],
    ]);
    expect(tour?.parts[1]?.evidence).toEqual([
      {
        postId: eighth,
        field: 'excerpt',
        sentence: 'This is the eighth post of my Mastering Mastery-Based Learning in NYC tour.',
        start: 0,
        end: 75,
        rule: 'series.ordinal-in-tour',
      },
    ]);
    expect(tour?.parts[2]?.evidence).toEqual([
      {
        postId: ninth,
        field: 'excerpt',
        sentence: 'This is the ninth post of my Mastering Mastery-Based Learning in NYC tour.',
        start: 0,
        end: 74,
        rule: 'series.ordinal-in-tour',
      },
    ]);
    // Both posts say "Start with the first post on NYC Big Takeaways ..."; the sentence runs on
    // to the end of the paragraph because the page has no full stop there.
    const first = tour?.parts[0]?.evidence ?? [];
    expect(first.map((e) => [e.postId, e.field, e.start, e.rule])).toEqual([
      [ninth, 'excerpt', 75, 'series.ordinal-part-reference'],
      [eighth, 'excerpt', 76, 'series.ordinal-part-reference'],
    ]);
    for (const e of first) {
      expect(e.sentence).toMatch(
        /^Start with the first post on NYC Big Takeaways\u00a0and then read about\u00a0NYC’s Mastery Collaborative/,
      );
      expect(posts.find((p) => p.id === e.postId)?.excerpt.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  test('"Rethinking the Achievement Gap" has part 3 and the references to parts 1 and 2', () => {
    const multipart = result.series.find((s) => s.id === 'rethinking-the-achievement-gap');
    const reference = {
      postId: part3,
      field: 'excerpt',
      sentence: 'Read\u00a0Part 1 and Part 2',
      start: 128,
      end: 150,
      rule: 'series.sibling-part-reference',
    };
    expect(multipart?.parts).toEqual([
      { position: 1, evidence: [reference] },
      { position: 2, evidence: [reference] },
      {
        position: 3,
        postId: part3,
        title: 'Rethinking the Achievement Gap (Part 3)',
        evidence: [
          {
            postId: part3,
            field: 'title',
            sentence: 'Rethinking the Achievement Gap (Part 3)',
            start: 0,
            end: 39,
            rule: 'series.title-part',
          },
        ],
      },
    ]);
    const post = posts.find((p) => p.id === part3);
    expect(post?.excerpt.slice(128, 150)).toBe('Read\u00a0Part 1 and Part 2');
  });

  test('the references that are not memberships give nothing', () => {
    // "(Check out the series on CCSD.)" and "You might want to read our series on Charleston
    // County's approach" are on this page, in posts that belong to no series.
    const members = result.posts.filter((post) => post.series !== undefined).map((post) => post.id);
    expect(members).toEqual([part3, ninth, eighth]);
    expect(posts.some((post) => post.excerpt.includes('(Check out the series on CCSD.)'))).toBe(
      true,
    );
    expect(
      posts.some((post) =>
        post.excerpt.includes('You might want to read our series on Charleston'),
      ),
    ).toBe(true);
  });
});

describe('no false series in a real feed', () => {
  test('natasha.xml (WordPress RSS, 10 items, three titled "Swift: ...") gives none', () => {
    const { posts } = parseRss(fixture('wordpress-rss/natasha.xml'));
    expect(posts).toHaveLength(10);
    expect(posts.filter((post) => post.title?.startsWith('Swift: ')).length).toBeGreaterThanOrEqual(
      3,
    );
    const result = detectSeries(posts);
    expect(result.series).toEqual([]);
    expect(result.issues).toEqual([]);
  });
});
