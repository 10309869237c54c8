import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../test/thrown';
import { readJsonFeed } from './readJsonFeed';
import { readWordPressRest } from './readWordPressRest';
import { toJsonFeed } from './toJsonFeed';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/jsonfeed/${name}`, import.meta.url));

const feed = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', ...extra, items });

describe('readJsonFeed golden files', () => {
  it.each([
    'v1-example-1.json',
    'v1-example-2.json',
    'v1-example-3.json',
    'v1.1-example-4.json',
    'v1.1-example-5.json',
    'v1.1-example-6.json',
    'jsonfeed-extension.json',
    'pxlnv.json',
    'inessential.json',
  ])('%s', async (file) => {
    const result = readJsonFeed(fixture(file));
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(
      `../test/golden/jsonfeed-${file.replace(/\.json$/, '')}.golden.json`,
    );
  });
});

describe('readJsonFeed on real feeds', () => {
  it('reads the same posts from the 1.0 and 1.1 versions of each spec example', () => {
    for (const [v1, v11] of [
      ['v1-example-1.json', 'v1.1-example-4.json'],
      ['v1-example-2.json', 'v1.1-example-5.json'],
      ['v1-example-3.json', 'v1.1-example-6.json'],
    ] as const) {
      expect(readJsonFeed(fixture(v1)).posts).toEqual(readJsonFeed(fixture(v11)).posts);
    }
  });

  it('takes authors from 1.0 "author" and from 1.1 "authors" at feed level', () => {
    const expected = [{ name: 'Brent Simmons', url: 'http://example.org/' }];
    expect(readJsonFeed(fixture('v1-example-3.json')).posts[0]?.authors).toEqual(expected);
    expect(readJsonFeed(fixture('v1.1-example-6.json')).posts[0]?.authors).toEqual(expected);
  });

  it('reads an item author of a WordPress feed (pxlnv, http:// version URL, 1.0 "author")', () => {
    const { posts, issues, feed: info } = readJsonFeed(fixture('pxlnv.json'));
    expect(info.version).toBe('http://jsonfeed.org/version/1');
    expect(issues).toEqual([]);
    expect(posts).toHaveLength(20);
    expect(posts[0]).toMatchObject({
      id: 'https://pxlnv.com/linklog/uber-losses-2017/',
      title: 'Uber Lost $4.5 Billion in 2017',
      published: '2018-02-13T23:23:12+00:00',
      modified: '2018-02-13T23:51:35+00:00',
      authors: [{ name: 'Nick Heer' }],
    });
    expect(posts[0]?.extra).toMatchObject({
      external_url:
        'https://www.bloomberg.com/news/articles/2018-02-13/uber-sales-reach-7-5-billion-in-2017-despite-persistent-turmoil',
    });
  });

  it('prefers summary for the excerpt, keeps content_html, and keeps content_text beside it', () => {
    const [post] = readJsonFeed(fixture('v1.1-example-5.json')).posts;
    expect(post?.excerpt).toBe(
      'Brent interviews Chris Parrish, co-host of The Record and one-half of Aged & Distilled.',
    );
    expect(post?.contentHtml).toMatch(
      /^Chris has worked at <a href="http:\/\/adobe.com\/">Adobe<\/a>/,
    );
    expect(post?.extra?.content_text).toMatch(/^Chris has worked at Adobe/);
    expect(post?.attachments).toEqual([
      {
        url: 'http://therecord.co/downloads/The-Record-sp1e1-ChrisParrish.m4a',
        mimeType: 'audio/x-m4a',
        sizeInBytes: 89970236,
        durationInSeconds: 6629,
      },
    ]);
    expect(post?.extra).not.toHaveProperty('attachments');
  });

  it('keeps unknown _-prefixed extensions in extra, at item and feed level', () => {
    const { posts, feed: info } = readJsonFeed(fixture('jsonfeed-extension.json'));
    expect(posts.map((post) => post.extra?._contoso)).toEqual([
      { someKey: 'SomeValue2', someBoolKey: true, anotherKey: 'AnotherValue2' },
      { someKey: 'SomeValue1', someBoolKey: false, someIntKey: 43, anotherKey: 'AnotherValue1' },
      undefined,
    ]);
    expect(info.extra?._contoso).toMatchObject({ someNumber: 42 });
  });

  it('keeps items without a title untitled (JSON Feed makes the title optional)', () => {
    const { posts, issues } = readJsonFeed(fixture('v1-example-1.json'));
    expect(posts.map((post) => post.title)).toEqual([undefined, undefined]);
    expect(posts.map((post) => post.excerpt)).toEqual(['This is a second item.', 'Hello, world!']);
    expect(issues).toEqual([]);
  });
});

describe('readJsonFeed on items and fields', () => {
  it('reads tags, image, banner_image, language and RFC 3339 dates', () => {
    const { posts } = readJsonFeed(
      feed(
        [
          {
            id: 'a',
            title: 'A &amp; B',
            content_text: 'Text',
            date_published: '2016-12-19T09:05:00-05:00',
            tags: ['Leadership', 'Webinars'],
            image: 'https://example.org/a.jpg',
            banner_image: 'https://example.org/banner.jpg',
          },
        ],
        { language: 'en-US' },
      ),
    );
    expect(posts[0]).toMatchObject({
      title: 'A & B',
      excerpt: 'Text',
      published: '2016-12-19T09:05:00-05:00',
      tags: [{ name: 'Leadership' }, { name: 'Webinars' }],
      image: 'https://example.org/a.jpg',
      language: 'en-US',
      extra: { banner_image: 'https://example.org/banner.jpg' },
    });
  });

  it('reports invalid items by index and JSON path and keeps the rest', () => {
    const { posts, issues } = readJsonFeed(
      feed([
        { id: '1', title: 'One', content_text: 'x' },
        'not an item',
        { title: 'No id or url' },
        { id: '4', title: 'Four', content_text: 'y', date_published: 'yesterday', url: 42 },
      ]),
    );
    expect(posts.map((post) => post.id)).toEqual(['1', '4']);
    expect(issues.map((issue) => [issue.path, issue.index, issue.severity])).toEqual([
      ['items[1]', 1, 'error'],
      ['items[2].id', 2, 'error'],
      ['items[3].url', 3, 'error'],
      ['items[3].date_published', 3, 'warning'],
    ]);
    expect(issues[2]?.message).toBe('expected a string, got 42; value dropped');
  });

  it('drops a hostile object in any text field and keeps the item, as the widgets do', () => {
    const template = { _$litType$: 1, strings: ['<b>injected</b>'], values: [] };
    const { posts, issues } = readJsonFeed(
      feed([
        {
          id: '1',
          title: template,
          summary: 'Caf&eacute; notes',
          tags: ['Policy', template, 'Webinars'],
          authors: [{ name: template }, { name: 'Chris Sturgis', url: template }],
        },
      ]),
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: '1',
      excerpt: 'Café notes',
      tags: [{ name: 'Policy' }, { name: 'Webinars' }],
      authors: [{ name: 'Chris Sturgis' }],
    });
    expect(posts[0]?.title).toBeUndefined();
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['items[0].title', 'invalid-type', 'expected a string, got an object; value dropped'],
      [
        'items[0].authors[0].name',
        'invalid-type',
        'expected a string, got an object; value dropped',
      ],
      [
        'items[0].authors[1].url',
        'invalid-type',
        'expected a string, got an object; value dropped',
      ],
      ['items[0].tags[1]', 'invalid-type', 'expected a string, got an object; value dropped'],
    ]);
  });

  it('coerces a numeric id to a string, as the spec asks readers to', () => {
    expect(readJsonFeed(feed([{ id: 42, title: 'x', content_text: 'y' }])).posts[0]?.id).toBe('42');
  });

  it('reads back a feed written by toJsonFeed losslessly', () => {
    const rest = readFileSync(
      new URL('../test/fixtures/wordpress-rest/competencyworks-posts-embed.json', import.meta.url),
    );
    const { posts } = readWordPressRest(rest);
    const written = JSON.stringify(toJsonFeed(posts, { title: 'CompetencyWorks' }));
    const read = readJsonFeed(written);
    expect(read.issues).toEqual([]);
    expect(read.posts).toEqual(posts);
  });
});

describe('readJsonFeed on bad input', () => {
  it.each([
    ['', 'empty-input', undefined, 'the input is empty; expected a JSON Feed'],
    [
      '<rss version="2.0"><channel></channel></rss>',
      'not-json',
      '1:1',
      'expected a JSON Feed in JSON, found an XML feed starting "<rss version="2.0"><channel></channel..."; for RSS, Atom or WXR use readAny',
    ],
    [
      '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    {"id": "1" "title": "x"}',
      'invalid-json',
      '4:16',
      "invalid JSON: expected ',' or '}' after a property value, found '\"'",
    ],
    [
      '{"version": "https://jsonfeed.org/version/1.1", "items": [',
      'invalid-json',
      '1:59',
      'invalid JSON: the input ends early; expected a value; the file looks truncated',
    ],
    [
      '{"title": "Not a feed", "items": []}',
      'not-json-feed',
      undefined,
      'version: expected "https://jsonfeed.org/version/1.1" or "https://jsonfeed.org/version/1", got nothing',
    ],
    [
      '[1, 2, 3]',
      'not-json-feed',
      undefined,
      'expected a JSON Feed object with "version" and "items", got an array',
    ],
  ])('%j gives %s', (input, code, where, message) => {
    const error = thrown(() => readJsonFeed(input));
    expect(error.code).toBe(code);
    expect(error.line === undefined ? undefined : `${error.line}:${error.column}`).toBe(where);
    expect(error.message).toBe(where ? `${where}: ${message}` : message);
  });

  it('reads UTF-16 bytes with a BOM', () => {
    const text = feed([{ id: '1', title: 'Caf\u00e9 \u2019', content_text: 'x' }]);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    expect(readJsonFeed(bytes).posts[0]?.title).toBe('Café ’');
  });
});
