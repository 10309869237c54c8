import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonFeedProblems } from '../test/jsonFeedRules';
import {
  continuousImprovement,
  januaryWebinar,
  masteryMotivates,
  seedPosts,
  threeWays,
} from '../test/seedPosts';
import { fromJsonFeed } from './fromJsonFeed';
import type { Post } from './post';
import { toJsonFeed } from './toJsonFeed';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/jsonfeed/${name}`, import.meta.url), 'utf8'));

const options = {
  title: 'CompetencyWorks',
  home_page_url: 'https://www.competencyworks.org/',
  feed_url: 'https://www.competencyworks.org/posts.json',
};

describe('the JSON Feed 1.1 rules checker used below', () => {
  it.each([
    'v1.1-example-4.json',
    'v1.1-example-5.json',
    'v1.1-example-6.json',
    'jsonfeed-extension.json',
  ])('accepts the valid feed %s', (name) => {
    expect(jsonFeedProblems(fixture(name))).toEqual([]);
  });

  it('refuses broken feeds, one rule each', () => {
    expect(jsonFeedProblems(fixture('v1-example-1.json'))).toEqual([
      'version: must be "https://jsonfeed.org/version/1.1"',
    ]);
    const ok = { version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] };
    expect(jsonFeedProblems({ ...ok, title: undefined })).toEqual(['title: required']);
    expect(jsonFeedProblems({ ...ok, items: undefined })).toEqual(['items: required array']);
    expect(jsonFeedProblems({ ...ok, items: [{ id: '1' }] })).toEqual([
      'items[0].content_html or content_text: one is required',
    ]);
    expect(jsonFeedProblems({ ...ok, items: [{ content_text: '' }] })).toEqual([
      'items[0].id: required string',
    ]);
    expect(
      jsonFeedProblems({
        ...ok,
        items: [{ id: '1', content_text: '', date_published: '2016-08-18' }],
      }),
    ).toEqual(['items[0].date_published: must be an RFC 3339 date-time']);
    expect(
      jsonFeedProblems({ ...ok, items: [{ id: '1', content_text: '', competencyworks: {} }] }),
    ).toEqual([
      'items[0].competencyworks: not a JSON Feed field and not an extension ("_" + letter)',
    ]);
  });
});

describe('toJsonFeed', () => {
  it('writes a valid JSON Feed 1.1 document for the seed posts', () => {
    const feed = toJsonFeed(seedPosts, options);
    expect(jsonFeedProblems(feed)).toEqual([]);
    expect(jsonFeedProblems(JSON.parse(JSON.stringify(feed)))).toEqual([]);
    expect(feed.items.map((item) => item.id)).toEqual(seedPosts.map((post) => post.id));
  });

  it('matches the reviewed golden feed of the seed posts', async () => {
    const feed = toJsonFeed(seedPosts, {
      ...options,
      extension: { series: 'series.json', events: 'events.json' },
    });
    await expect(`${JSON.stringify(feed, null, 2)}\n`).toMatchFileSnapshot(
      '../test/golden/seed-posts.feed.golden.json',
    );
  });

  it('writes a calendar date as noon UTC and records that only the date is known', () => {
    const [item] = toJsonFeed([januaryWebinar], options).items;
    expect(item?.date_published).toBe('2016-12-19T12:00:00Z');
    expect(item?._competencyworks?.published).toBe('2016-12-19');
    // A reader in any zone from UTC-11 to UTC+11 sees the right day.
    const instant = new Date(item?.date_published ?? '');
    for (const timeZone of [
      'Pacific/Pago_Pago',
      'America/Los_Angeles',
      'Asia/Kolkata',
      'Pacific/Noumea',
    ]) {
      expect(instant.toLocaleDateString('en-CA', { timeZone })).toBe('2016-12-19');
    }
  });

  it('writes an instant with offset as it is, with nothing in the extension', () => {
    const [item] = toJsonFeed([masteryMotivates], options).items;
    expect(item?.date_published).toBe('2016-12-15T09:00:00-05:00');
    expect(item?._competencyworks).not.toHaveProperty('published');
    expect(item?.date_modified).toBe('2016-12-16T12:00:00Z');
    expect(item?._competencyworks?.modified).toBe('2016-12-16');
  });

  it('completes a short ISO 8601 instant to RFC 3339 and keeps the original in the extension', () => {
    const post: Post = { ...januaryWebinar, published: '2016-12-19T14:05+0000' };
    const [item] = toJsonFeed([post], options).items;
    expect(item?.date_published).toBe('2016-12-19T14:05:00+00:00');
    expect(item?._competencyworks?.published).toBe('2016-12-19T14:05+0000');
  });

  it('writes no date when the post has none', () => {
    const [item] = toJsonFeed([threeWays], options).items;
    expect(item).not.toHaveProperty('date_published');
    expect(item?._competencyworks).not.toHaveProperty('published');
  });

  it('uses the standard fields wherever JSON Feed has one', () => {
    const [item] = toJsonFeed([masteryMotivates], options).items;
    expect(item).toMatchObject({
      id: masteryMotivates.id,
      url: masteryMotivates.url,
      title: masteryMotivates.title,
      content_html: masteryMotivates.contentHtml,
      summary: masteryMotivates.excerpt,
      image: masteryMotivates.image,
      language: 'en-US',
      authors: [{ name: 'Chris Sturgis', url: 'https://www.competencyworks.org/author/chris/' }],
      tags: ['Analysis', 'Practice', 'Mastery Collaborative', 'NYC'],
    });
    expect(item).not.toHaveProperty('content_text');
    expect(item?._competencyworks).toMatchObject({
      slug: masteryMotivates.slug,
      categories: masteryMotivates.categories,
      tags: masteryMotivates.tags,
      origin: masteryMotivates.origin,
      series: masteryMotivates.series,
      source: masteryMotivates.source,
      status: 'publish',
      commentCount: 2,
      meta: masteryMotivates.meta,
      extra: masteryMotivates.extra,
      imageCaption: masteryMotivates.imageCaption,
      continuationUrl: masteryMotivates.continuationUrl,
    });
  });

  it('lets the excerpt stand in as content_text when there is no HTML content', () => {
    const [item] = toJsonFeed([continuousImprovement], options).items;
    expect(item?.content_text).toBe(continuousImprovement.excerpt);
    expect(item?.summary).toBe(continuousImprovement.excerpt);
    expect(item).not.toHaveProperty('content_html');
    expect(item?._competencyworks?.series).toEqual(continuousImprovement.series);
  });

  it('omits the title of an untitled post (JSON Feed makes it optional) and reads it back untitled', () => {
    const { title: _, ...untitled } = januaryWebinar;
    const feed = toJsonFeed([untitled], options);
    expect(feed.items[0]).not.toHaveProperty('title');
    expect(jsonFeedProblems(feed)).toEqual([]);
    expect(fromJsonFeed(feed)).toMatchObject({ posts: [untitled], issues: [] });
  });

  it('writes each tag name once even when a category has the same name', () => {
    const post: Post = {
      ...januaryWebinar,
      categories: [{ name: 'Webinars', slug: 'webinars' }],
      tags: [{ name: 'Webinars', slug: 'webinars-2' }],
    };
    expect(toJsonFeed([post], options).items[0]?.tags).toEqual(['Webinars']);
  });

  it('writes the feed-level fields and extension, keeping about and version ours', () => {
    const feed = toJsonFeed([], {
      ...options,
      next_url: 'posts-2.json',
      description: 'Competency education in K-12',
      language: 'en-US',
      icon: 'https://www.competencyworks.org/icon.png',
      favicon: 'https://www.competencyworks.org/favicon.png',
      authors: [{ name: 'CompetencyWorks' }],
      extension: { series: 'series.json', events: 'events.json', version: 99, about: 'x' },
    });
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'CompetencyWorks',
      home_page_url: 'https://www.competencyworks.org/',
      feed_url: 'https://www.competencyworks.org/posts.json',
      next_url: 'posts-2.json',
      description: 'Competency education in K-12',
      icon: 'https://www.competencyworks.org/icon.png',
      favicon: 'https://www.competencyworks.org/favicon.png',
      language: 'en-US',
      authors: [{ name: 'CompetencyWorks' }],
      _competencyworks: {
        about: expect.stringMatching(/^https:\/\/github\.com\/competencyworks\/kit\/.*README\.md#/),
        version: 1,
        series: 'series.json',
        events: 'events.json',
      },
      items: [],
    });
    expect(jsonFeedProblems(feed)).toEqual([]);
  });

  it('is pure: it does not change its input and gives the same output each time', () => {
    const input = structuredClone(seedPosts);
    const first = JSON.stringify(toJsonFeed(input, options));
    expect(input).toEqual(seedPosts);
    expect(JSON.stringify(toJsonFeed(input, options))).toBe(first);
  });
});
