import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../test/thrown';
import { readWordPressRest } from './readWordPressRest';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/wordpress-rest/${name}`, import.meta.url));
const fixtureJson = (name: string): Record<string, unknown>[] =>
  JSON.parse(fixture(name).toString('utf8'));

describe('readWordPressRest golden files', () => {
  it.each([
    ['PostsCollection.json', 'rest-PostsCollection'],
    ['PostModel.json', 'rest-PostModel'],
    ['PagesCollection.json', 'rest-PagesCollection'],
    ['competencyworks-posts.json', 'rest-competencyworks-posts'],
    ['competencyworks-posts-embed.json', 'rest-competencyworks-posts-embed'],
  ])('%s', async (file, golden) => {
    const result = readWordPressRest(fixture(file));
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(
      `../test/golden/${golden}.golden.json`,
    );
  });
});

describe('readWordPressRest on WordPress core fixtures', () => {
  it('reads the posts collection: date_gmt as UTC, rendered HTML to text, ids kept without _embed', () => {
    const { format, posts, issues } = readWordPressRest(fixture('PostsCollection.json'));
    expect(format).toBe('wordpress-rest');
    expect(issues).toEqual([]);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post).toMatchObject({
      id: 'http://example.org/?p=4',
      url: 'http://example.org/?p=4',
      slug: 'restapi-client-fixture-post',
      title: 'REST API Client Fixture: Post',
      published: '2017-02-14T00:00:00Z',
      modified: '2017-02-14T00:00:00Z',
      excerpt: 'REST API Client Fixture: Post',
      contentHtml: '<p>Updated post content.</p>',
      status: 'publish',
      authors: [],
      categories: [],
      meta: { meta_key: 'meta_value' },
      source: { format: 'wordpress-rest', index: 0, id: '4' },
    });
    // Author 0 is "no author", so nothing is kept for it; category 1 is kept as an id.
    expect(post?.extra?.wordpress).toMatchObject({ categories: [1], date: '2017-02-14T00:00:00' });
    expect(post?.extra?.wordpress).not.toHaveProperty('author');
    expect(post?.extra?.wordpress).not.toHaveProperty('_links');
    expect(post?.extra?.wordpress).not.toHaveProperty('class_list');
  });

  it('reads one post object (PostModel) with paths without an index prefix', () => {
    const { posts, issues } = readWordPressRest(fixture('PostModel.json'));
    expect(issues).toEqual([]);
    expect(posts.map((post) => post.id)).toEqual(['http://example.org/?p=4']);
  });

  it('reads a pages collection too, keeping the type', () => {
    const { posts } = readWordPressRest(fixture('PagesCollection.json'));
    expect(posts[0]).toMatchObject({
      title: 'REST API Client Fixture: Page',
      id: 'http://example.org/?page_id=7',
    });
    expect(posts[0]?.extra?.wordpress).toMatchObject({ type: 'page' });
  });

  it('refuses a categories collection, saying what it is', () => {
    const error = thrown(() => readWordPressRest(fixture('CategoriesCollection.json')));
    expect(error.code).toBe('not-wordpress-rest');
    expect(error.message).toContain('a wp/v2 categories or tags response');
  });
});

describe('readWordPressRest with and without _embed', () => {
  const embedded = readWordPressRest(fixture('competencyworks-posts-embed.json'));
  const plain = readWordPressRest(fixture('competencyworks-posts.json'));

  it('decodes entities in titles to plain text', () => {
    expect(embedded.posts.map((post) => post.title)).toEqual([
      'Mastery Motivates Students: “No Way” vs. “Not Yet”',
      'Continuous Improvement and Innovation',
      'January 11th Webinar: Advancing Competency Education in New\u00a0England',
      'Protected: Advisory Board Notes',
    ]);
  });

  it('resolves author names, terms with slugs and the featured image from _embedded', () => {
    const [mastery, continuous, webinar] = embedded.posts;
    expect(mastery?.authors).toEqual([
      {
        name: 'Mastery Collaborative',
        url: 'https://www.competencyworks.org/author/mastery-collaborative/',
      },
    ]);
    expect(continuous?.authors).toEqual([
      { name: 'Chris Sturgis', url: 'http://www.metisnet.com/' },
    ]);
    expect(mastery?.categories).toEqual([{ name: 'Reflections', slug: 'reflections' }]);
    expect(mastery?.tags).toEqual([
      { name: 'Mastery Collaborative', slug: 'mastery-collaborative' },
      { name: 'New York City', slug: 'new-york-city' },
    ]);
    expect(webinar?.categories).toEqual([{ name: 'News & Events', slug: 'news-events' }]);
    expect(mastery?.image).toBe(
      'https://www.competencyworks.org/wp-content/uploads/2016/12/FIHS-Science-Teacher-Jordan-Wolf.jpg',
    );
    expect(mastery?.extra?.wordpress).not.toHaveProperty('categories');
    expect(mastery?.extra?.wordpress).not.toHaveProperty('author');
    expect(mastery?.extra?.wordpress).not.toHaveProperty('featured_media');
  });

  it('keeps terms of other taxonomies in extra.wordpress.terms', () => {
    expect(embedded.posts[1]?.extra?.wordpress).toMatchObject({
      terms: {
        series: [
          {
            name: 'Implementing Competency Education in K-12 Systems',
            slug: 'implementing-competency-education',
          },
        ],
      },
    });
  });

  it('keeps the ids, not invented names, when the response has no _embed, and reports nothing lost', () => {
    const [mastery, continuous] = plain.posts;
    expect(mastery).toMatchObject({ authors: [], categories: [], tags: [] });
    expect(mastery).not.toHaveProperty('image');
    expect(mastery?.extra?.wordpress).toMatchObject({
      author: 27,
      categories: [5],
      tags: [1301, 402],
      featured_media: 13012,
    });
    expect(continuous?.extra?.wordpress).toMatchObject({
      author: 3,
      categories: [1262],
      tags: [877],
    });
    expect(plain.issues.map((issue) => issue.code)).toEqual(['protected-content']);
  });

  it('reads both responses to the same posts apart from what _embed resolves', () => {
    const strip = (post: (typeof plain.posts)[number]) => {
      const {
        authors: _a,
        categories: _c,
        tags: _t,
        image: _i,
        imageCaption: _ic,
        extra: _e,
        ...rest
      } = post;
      return rest;
    };
    expect(embedded.posts.map(strip)).toEqual(plain.posts.map(strip));
  });

  it('reports a featured image the embed could not resolve and keeps its id', () => {
    const webinar = embedded.posts[2];
    expect(webinar).not.toHaveProperty('image');
    expect(webinar?.extra?.wordpress).toMatchObject({ featured_media: 12991 });
    expect(embedded.issues).toContainEqual(
      expect.objectContaining({
        code: 'unresolved-media',
        severity: 'warning',
        path: '[2]._embedded["wp:featuredmedia"][0]',
        index: 2,
      }),
    );
  });

  it('turns date_gmt into a UTC instant and keeps the site-local date in extra', () => {
    expect(embedded.posts[0]).toMatchObject({ published: '2016-12-15T10:00:15Z' });
    expect(embedded.posts[0]?.extra?.wordpress).toMatchObject({ date: '2016-12-15T05:00:15' });
  });

  it('renders the excerpt as plain text and takes the theme more-link as continuationUrl', () => {
    const [mastery, continuous] = embedded.posts;
    expect(mastery?.excerpt).toMatch(
      /^This post originally appeared at Mastery Collaborative on October 21, 2016\./,
    );
    expect(mastery?.excerpt).toMatch(/provided some insight into this …$/);
    expect(mastery?.excerpt).not.toContain('Continue reading');
    expect(mastery?.continuationUrl).toBe(
      'https://www.competencyworks.org/mastery-motivates-students-no-way-vs-not-yet/#more-13011',
    );
    expect(continuous?.excerpt).not.toContain('Read more');
    expect(continuous?.continuationUrl).toBe(
      'https://www.competencyworks.org/continuous-improvement-and-innovation/',
    );
  });

  it('sanitises content: no iframe, no event handler, no javascript: link; relative src resolved', () => {
    const html = embedded.posts.map((post) => post.contentHtml ?? '').join('\n');
    expect(html).not.toMatch(/<iframe|onclick|javascript:/i);
    expect(embedded.posts[0]?.contentHtml).toContain(
      'src="https://www.competencyworks.org/wp-content/uploads/2016/12/FIHS-Science-Teacher-Jordan-Wolf-300x200.jpg"',
    );
    expect(embedded.posts[1]?.contentHtml).toContain('<li>Act &amp; Do</li>');
  });

  it('keeps a password-protected post without content or excerpt, with a warning', () => {
    const locked = embedded.posts[3];
    expect(locked).toMatchObject({ title: 'Protected: Advisory Board Notes', excerpt: '' });
    expect(locked).not.toHaveProperty('contentHtml');
    expect(embedded.issues).toContainEqual({
      code: 'protected-content',
      severity: 'warning',
      path: '[3].content.protected',
      index: 3,
      message:
        'post "Protected: Advisory Board Notes" is password-protected; its content and excerpt are not copied',
    });
  });
});

describe('readWordPressRest on damaged items', () => {
  const base = fixtureJson('PostsCollection.json')[0] as Record<string, unknown>;
  const run = (items: unknown[]) => readWordPressRest(JSON.stringify(items));

  it('skips a non-object item with its index and keeps the others', () => {
    const { posts, issues } = run([base, 42, base]);
    expect(posts).toHaveLength(2);
    expect(posts.map((post) => post.source.index)).toEqual([0, 2]);
    expect(issues).toEqual([
      expect.objectContaining({
        path: '[1]',
        index: 1,
        message: 'expected a WordPress post object, got 42; item skipped',
      }),
    ]);
  });

  it('drops a wrongly typed field with its JSON path and keeps the post', () => {
    const { posts, issues } = run([{ ...base, date_gmt: 42, tags: ['x'] }]);
    expect(posts).toHaveLength(1);
    // The site-local date still names the day.
    expect(posts[0]?.published).toBe('2017-02-14');
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      '[0].date_gmt: expected a date like 2017-02-14T00:00:00, got 42; value dropped',
      '[0].date_gmt: no usable date_gmt; kept the site-local calendar date 2017-02-14 from date',
      '[0].tags[0]: expected a whole number id, got "x"; value dropped',
    ]);
  });

  it('falls back to the site-local calendar date when date_gmt is missing, and says so', () => {
    const { posts, issues } = run([{ ...base, date_gmt: null, date: '2016-12-15T22:30:00' }]);
    expect(posts[0]?.published).toBe('2016-12-15');
    expect(issues[0]).toMatchObject({
      code: 'missing-utc-date',
      severity: 'warning',
      path: '[0].date_gmt',
    });
  });

  it('refuses an impossible date_gmt', () => {
    const { posts, issues } = run([{ ...base, date_gmt: '2017-02-30T00:00:00', date: undefined }]);
    expect(posts[0]).not.toHaveProperty('published');
    expect(issues[0]).toMatchObject({ code: 'invalid-date', path: '[0].date_gmt' });
  });

  it('keeps an unknown status in extra and reports it', () => {
    const { posts, issues } = run([{ ...base, status: 'acf-disabled' }]);
    expect(posts[0]).not.toHaveProperty('status');
    expect(posts[0]?.extra?.wordpress).toMatchObject({ status: 'acf-disabled' });
    expect(issues[0]?.path).toBe('[0].status');
  });

  it('reports a title that is not an object, and keeps a post whose only content is its link', () => {
    const { posts, issues } = run([
      {
        ...base,
        title: 42,
        excerpt: { rendered: '' },
        content: { rendered: '', protected: false },
      },
    ]);
    expect(posts).toHaveLength(1);
    expect(posts[0]).not.toHaveProperty('title');
    expect(posts[0]?.url).toBe('http://example.org/?p=4');
    expect(issues.map((issue) => issue.message)).toEqual([
      'expected an object with "rendered", got 42; value dropped',
    ]);
    expect(issues[0]?.path).toBe('[0].title');
  });

  it('keeps an untitled post (an aside, a status update) untitled, without a made-up title', () => {
    const { posts, issues } = run([{ ...base, title: { rendered: '' } }]);
    expect(posts[0]).not.toHaveProperty('title');
    expect(posts[0]?.excerpt).not.toBe('');
    expect(issues).toEqual([]);
  });

  it('skips an item that has nothing to identify it', () => {
    const { posts, issues } = run([{ title: { rendered: 'Orphan' } }]);
    expect(posts).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'missing-id', index: 0 });
  });

  it('never copies a password from an edit-context response', () => {
    const { posts } = run([{ ...base, password: 'hunter2' }]);
    expect(JSON.stringify(posts)).not.toContain('hunter2');
  });

  it('uses Jetpack’s featured image URL when there is no _embed', () => {
    const { posts } = run([
      { ...base, featured_media: 10, jetpack_featured_media_url: 'https://example.org/a.jpg' },
    ]);
    expect(posts[0]?.image).toBe('https://example.org/a.jpg');
    expect(posts[0]?.extra?.wordpress).not.toHaveProperty('featured_media');
  });

  it('reads an empty page as no posts', () => {
    expect(readWordPressRest('[]')).toEqual({ format: 'wordpress-rest', posts: [], issues: [] });
  });
});

describe('readWordPressRest on bad input', () => {
  it.each([
    [
      '',
      'empty-input',
      undefined,
      'the input is empty; expected a WordPress REST response (wp/v2/posts)',
    ],
    [
      ' \n ',
      'empty-input',
      undefined,
      'the input is empty; expected a WordPress REST response (wp/v2/posts)',
    ],
    [
      '<!DOCTYPE html>\n<html><body>Log in</body></html>',
      'not-json',
      '1:1',
      'expected a WordPress REST response (wp/v2/posts) in JSON, found HTML starting "<!DOCTYPE html> <html><body>Log in</b..."; check that the URL or file returns JSON',
    ],
    [
      '[{"id": 4,\n  "title": {"rendered": "x"}',
      'invalid-json',
      '2:29',
      "invalid JSON: the input ends early; expected ',' or '}'; the file looks truncated",
    ],
    [
      '[{"id": 4,}]',
      'invalid-json',
      '1:11',
      "invalid JSON: expected a property name, found '}' (a trailing comma is not allowed in JSON)",
    ],
    [
      '{"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}}',
      'wordpress-rest-error',
      undefined,
      'the response is a WordPress REST error, not posts: rest_post_invalid_page_number "The page number requested is larger than the number of pages available." (HTTP 400)',
    ],
    [
      '{"version":"https://jsonfeed.org/version/1.1","items":[]}',
      'not-wordpress-rest',
      undefined,
      'expected a wp/v2/posts response (an array of posts with "title" and "content", or one post), found a JSON Feed; use readJsonFeed or readAny',
    ],
    [
      '"hello"',
      'not-wordpress-rest',
      undefined,
      'expected a wp/v2/posts response (an array of posts with "title" and "content", or one post), found a string',
    ],
  ])('%j gives %s', (input, code, where, message) => {
    const error = thrown(() => readWordPressRest(input));
    expect(error.code).toBe(code);
    expect(error.line === undefined ? undefined : `${error.line}:${error.column}`).toBe(where);
    expect(error.message).toBe(where ? `${where}: ${message}` : message);
  });

  it('replaces bytes that are not valid UTF-8 and reports their position', () => {
    const json =
      '[\n{"id":1,"guid":{"rendered":"https://x.org/?p=1"},"title":{"rendered":"Caf\u00e9"}}]';
    const { posts, issues } = readWordPressRest(Uint8Array.from(json, (c) => c.charCodeAt(0)));
    expect(posts[0]?.title).toBe('Caf\uFFFD');
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-encoding', line: 2, column: 74 }),
    );
  });

  it('reads windows-1252 bytes when the caller names the charset', () => {
    const json =
      '[{"id":1,"guid":{"rendered":"https://x.org/?p=1"},"title":{"rendered":"Caf\u00e9"}}]';
    const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
    expect(readWordPressRest(bytes, { charset: 'windows-1252' }).posts[0]?.title).toBe('Café');
  });
});
