import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postArbitrary } from '../test/postArbitrary';
import { masteryMotivates, seedPosts } from '../test/seedPosts';
import { parsePost } from './post';
import { readJsonFeed } from './readJsonFeed';
import { type JsonFeedOptions, toJsonFeed } from './toJsonFeed';

const fixtureText = (name: string): string =>
  readFileSync(new URL(`../test/fixtures/jsonfeed/${name}`, import.meta.url), 'utf8');

const options: JsonFeedOptions = {
  title: 'CompetencyWorks',
  home_page_url: 'https://www.competencyworks.org/',
  feed_url: 'https://www.competencyworks.org/posts.json',
};

describe('readJsonFeed reads our feeds back exactly', () => {
  it.each(seedPosts.map((post) => [post.title, post] as const))('round-trips %s', (_, post) => {
    const result = readJsonFeed(toJsonFeed([post], options));
    expect(result.issues).toEqual([]);
    expect(result.posts).toEqual([post]);
  });

  it('round-trips all seed posts through JSON text and through bytes', () => {
    const text = JSON.stringify(toJsonFeed(seedPosts, options));
    expect(readJsonFeed(text)).toEqual({
      format: 'json-feed',
      posts: seedPosts,
      issues: [],
      feed: { version: 'https://jsonfeed.org/version/1.1', ...options },
    });
    expect(readJsonFeed(new TextEncoder().encode(text)).posts).toEqual(seedPosts);
  });

  it('reads back the feed-level fields and extension the writer was given', () => {
    const given: JsonFeedOptions = {
      ...options,
      next_url: 'posts-2.json',
      description: 'Competency education',
      language: 'en-US',
      icon: 'https://www.competencyworks.org/icon.png',
      favicon: 'https://www.competencyworks.org/favicon.png',
      authors: [{ name: 'CompetencyWorks', url: 'https://www.competencyworks.org/' }],
      extension: { series: 'series.json', events: 'events.json' },
    };
    expect(readJsonFeed(toJsonFeed([], given)).feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      ...given,
    });
  });

  it('round-trips any valid post (property)', () => {
    fc.assert(
      fc.property(fc.array(postArbitrary, { maxLength: 4 }), (generated) => {
        // Ids must be unique in a feed; the schema is the judge of validity.
        const posts = [...new Map(generated.map((post) => [post.id, parsePost(post)])).values()];
        const json = JSON.parse(JSON.stringify(toJsonFeed(posts, options)));
        const result = readJsonFeed(json);
        expect(result.issues).toEqual([]);
        expect(result.posts).toEqual(posts);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps fields added to an item by another tool in extra', () => {
    const feed = toJsonFeed([masteryMotivates], options);
    const json = JSON.parse(JSON.stringify(feed));
    json.items[0].external_url = 'https://example.org/elsewhere';
    json.items[0]._other = { about: 'https://example.org/ext', x: 1 };
    const [post] = readJsonFeed(json).posts;
    expect(post?.extra).toEqual({
      ...masteryMotivates.extra,
      external_url: 'https://example.org/elsewhere',
      _other: { about: 'https://example.org/ext', x: 1 },
    });
  });

  it('sanitises unsafe HTML even in an item that carries our extension', () => {
    const json = JSON.parse(JSON.stringify(toJsonFeed([masteryMotivates], options)));
    json.items[0].content_html = '<p onclick="steal()">Hi</p><script>alert(1)</script>';
    const result = readJsonFeed(json);
    expect(result.posts[0]?.contentHtml).toBe('<p>Hi</p>');
    expect(result.issues).toEqual([
      {
        code: 'unsafe-html',
        severity: 'warning',
        path: 'items[0].content_html',
        index: 0,
        message: 'expected safe HTML, found a <script> element; sanitised',
      },
    ]);
  });

  it('skips an item whose extension is broken, says where, and keeps the others', () => {
    const json = JSON.parse(JSON.stringify(toJsonFeed(seedPosts.slice(0, 3), options)));
    json.items[1]._competencyworks.published = 'Dec 20';
    const result = readJsonFeed(json);
    expect(result.posts.map((post) => post.id)).toEqual([seedPosts[0]?.id, seedPosts[2]?.id]);
    expect(result.issues).toEqual([
      {
        code: 'invalid-check',
        severity: 'error',
        path: 'items[1]._competencyworks.published',
        index: 1,
        message:
          'expected an ISO 8601 instant with offset or a calendar date like 2016-08-18, got "Dec 20"; item skipped',
      },
    ]);
  });
});

describe('readJsonFeed reads any JSON Feed', () => {
  it('reads the JSON Feed 1.1 spec example, whose items have no title', () => {
    const result = readJsonFeed(fixtureText('v1.1-example-4.json'), {
      file: 'v1.1-example-4.json',
    });
    expect(result.posts).toEqual([
      {
        id: '2',
        url: 'https://example.org/second-item',
        authors: [],
        excerpt: 'This is a second item.',
        categories: [],
        tags: [],
        origin: [],
        source: { format: 'json-feed', index: 0, id: '2', file: 'v1.1-example-4.json' },
      },
      {
        id: '1',
        url: 'https://example.org/initial-post',
        authors: [],
        excerpt: 'Hello, world!',
        contentHtml: '<p>Hello, world!</p>',
        categories: [],
        tags: [],
        origin: [],
        source: { format: 'json-feed', index: 1, id: '1', file: 'v1.1-example-4.json' },
      },
    ]);
    // JSON Feed makes `title` optional: nothing to report, nothing made up.
    expect(result.issues).toEqual([]);
  });

  it('gives items the feed author (JSON Feed 1.0 "author" and 1.1 "authors")', () => {
    for (const name of ['v1-example-3.json', 'v1.1-example-6.json']) {
      const { posts, feed } = readJsonFeed(fixtureText(name));
      expect(posts[0]?.authors).toEqual([{ name: 'Brent Simmons', url: 'http://example.org/' }]);
      expect(posts[0]?.published).toBe('2016-02-09T14:22:00-07:00');
      expect(feed.authors).toEqual([{ name: 'Brent Simmons', url: 'http://example.org/' }]);
      expect(feed.extra).toEqual({ user_comment: expect.stringContaining('microblog feed') });
    }
  });

  it('keeps other extensions in extra and reads attachments', () => {
    const { posts, feed, issues } = readJsonFeed(fixtureText('jsonfeed-extension.json'));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(posts).toHaveLength(3);
    expect(posts[0]?.extra).toEqual({
      _contoso: { someKey: 'SomeValue2', someBoolKey: true, anotherKey: 'AnotherValue2' },
    });
    expect(posts[0]?.attachments).toEqual([
      { url: 'https://example.com/SomeFile2.app.zip', mimeType: 'application/zip' },
    ]);
    expect(feed.extra?._contoso).toMatchObject({ someNumber: 42 });
  });

  it.each([
    ['pxlnv.json', 20],
    ['inessential.json', 20],
    ['v1-example-1.json', 2],
    ['v1-example-2.json', 1],
    ['v1.1-example-5.json', 1],
  ])('reads every item of %s into a valid post', (name, count) => {
    const { posts, issues } = readJsonFeed(fixtureText(name));
    expect(posts).toHaveLength(count);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const post of posts) expect(parsePost(post)).toEqual(post);
  });

  it('decodes entities in titles of a WordPress-made feed and keeps external_url', () => {
    const { posts } = readJsonFeed(fixtureText('pxlnv.json'));
    expect(posts.every((post) => !/&#\d+;|&amp;/.test(post.title ?? ''))).toBe(true);
    const linked = posts.find((post) => post.extra?.external_url !== undefined);
    expect(linked?.extra?.external_url).toMatch(/^https?:\/\//);
  });

  it('skips a broken item with a reason and keeps the good ones', () => {
    const result = readJsonFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [
        { id: 'a', title: 'Good', content_text: 'ok' },
        'not an item',
        { title: 'No id or url', content_text: 'lost' },
        { id: 'd', title: 'Bad date', content_text: 'kept', date_published: 'last Tuesday' },
      ],
    });
    expect(result.posts.map((post) => post.id)).toEqual(['a', 'd']);
    expect(result.posts[1]?.published).toBeUndefined();
    expect(result.issues).toEqual([
      {
        code: 'invalid-item',
        severity: 'error',
        path: 'items[1]',
        index: 1,
        message: 'expected an item object, got string; item skipped',
      },
      {
        code: 'missing-id',
        severity: 'error',
        path: 'items[2].id',
        index: 2,
        message: 'expected an id (or at least a url), got none; item skipped',
      },
      {
        code: 'invalid-date',
        severity: 'warning',
        path: 'items[3].date_published',
        index: 3,
        message:
          'expected an RFC 3339 date-time like 2016-12-19T14:05:00Z, got "last Tuesday"; value dropped',
      },
    ]);
  });

  it('sanitises HTML from other feeds and resolves relative links against the feed URL', () => {
    const { posts, issues } = readJsonFeed({
      version: 'https://jsonfeed.org/version/1',
      title: 'x',
      feed_url: 'https://example.org/blog/feed.json',
      items: [
        {
          id: 1,
          title: 'Q&amp;A',
          url: '/blog/q-and-a',
          content_html: '<p><a href="javascript:alert(1)">x</a><a href="/blog/1">one</a></p>',
        },
      ],
    });
    expect(posts[0]).toMatchObject({
      id: '1',
      title: 'Q&A',
      url: 'https://example.org/blog/q-and-a',
      contentHtml: '<p><a>x</a><a href="https://example.org/blog/1">one</a></p>',
    });
    expect(issues.map((issue) => issue.code)).toEqual(['unsafe-html']);
  });
});

describe('readJsonFeed refuses input that is not a JSON Feed', () => {
  it.each<[string, unknown, string]>([
    ['an array', [], 'expected a JSON Feed object with "version" and "items", got an array'],
    [
      'an RSS-ish object',
      { title: 'x', items: [] },
      'version: expected "https://jsonfeed.org/version/1.1" or "https://jsonfeed.org/version/1", got nothing',
    ],
    [
      'a feed without items',
      { version: 'https://jsonfeed.org/version/1.1', title: 'x' },
      'items: expected an array of items, got nothing',
    ],
    [
      'JSON with a trailing comma',
      '{"version": "https://jsonfeed.org/version/1.1",}',
      '1:48: invalid JSON',
    ],
    ['HTML', '<!doctype html><html></html>', 'expected a JSON Feed in JSON, found HTML'],
  ])('%s', (_, input, message) => {
    expect(() => readJsonFeed(input)).toThrow(ParseError);
    expect(() => readJsonFeed(input)).toThrow(message);
  });
});
