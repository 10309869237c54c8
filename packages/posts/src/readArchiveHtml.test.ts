import { readFileSync } from 'node:fs';
import type { ParseIssue } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test/expectGolden';
import { thrown } from '../test/thrown';
import { readArchiveHtml } from './readArchiveHtml';
import { readArchiveText } from './readArchiveText';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/archive/${name}`, import.meta.url));

const SITE = 'https://www.competencyworks.org/';

/** The issues but the page-level note that no post shows an author (the test pages have no byline). */
const withoutBylineNote = (issues: readonly ParseIssue[]) =>
  issues.filter((issue) => issue.code !== 'field-not-shown');

/** One article in Twenty Sixteen's markup, with the parts a test changes. */
const article = ({
  title = '<h2 class="entry-title"><a href="https://example.org/2016/08/hello/" rel="bookmark">Hello</a></h2>',
  meta = '<time class="entry-date published updated" datetime="2016-08-18T08:00:00-04:00">August 18, 2016</time>',
  content = '<p>Some text.</p>',
  footer = '',
} = {}) =>
  `<article id="post-7" class="post-7 post type-post hentry"><header class="entry-header">${title}</header>` +
  `<div class="entry-meta">${meta}</div><div class="entry-content">${content}</div>` +
  `<footer class="entry-footer">${footer}</footer></article>`;

describe('readArchiveHtml golden files', () => {
  it.each([
    ['archive-2016-08.html', 'archive-html-2016-08'],
    ['archive-2016-12.html', 'archive-html-2016-12'],
  ])('%s', (file, golden) => {
    expectGolden(readArchiveHtml(fixture(file), { baseUrl: SITE }), golden);
  });
});

describe('readArchiveHtml agrees with readArchiveText on the same page', () => {
  it.each([
    ['archive-2016-08', 8],
    ['archive-2016-12', 9],
  ])('%s: titles, dates, excerpts, captions, authors and truncation', (name, count) => {
    const html = readArchiveHtml(fixture(`${name}.html`), { baseUrl: SITE }).posts;
    const text = readArchiveText(fixture(`${name}.txt`)).posts;
    const shape = (posts: typeof html) =>
      posts.map((post) => ({
        id: post.id,
        title: post.title,
        published: post.published,
        excerpt: post.excerpt,
        imageCaption: post.imageCaption,
        authors: post.authors.map((author) => author.name),
        truncated: post.extra?.truncated === true,
      }));
    expect(html).toHaveLength(count);
    expect(shape(html)).toEqual(shape(text));
  });
});

describe('readArchiveHtml on the August 2016 fixture', () => {
  const result = readArchiveHtml(fixture('archive-2016-08.html'), { baseUrl: SITE });
  const { posts, issues } = result;
  const [first] = posts;

  it('keeps the links: permalink, slug, (more…) link, image and WordPress id', () => {
    expect(first).toMatchObject({
      url: 'https://www.competencyworks.org/2016/08/student-voices-moving-beyond-when-i-grow-up/',
      slug: 'student-voices-moving-beyond-when-i-grow-up',
      continuationUrl:
        'https://www.competencyworks.org/2016/08/student-voices-moving-beyond-when-i-grow-up/#more-15620',
      image:
        'https://www.competencyworks.org/wp-content/uploads/2016/08/student-voices-150x150.jpg',
      imageCaption: 'Student Voices',
      published: '2016-08-18',
      modified: '2016-08-19',
      source: {
        format: 'archive-html',
        line: 39,
        index: 0,
        id: '15620',
        byline: 'August 18, 2016 by',
      },
    });
  });

  it('keeps the origin link in the sanitised HTML and leaves out the PrintFriendly button', () => {
    const html = first?.contentHtml ?? '';
    expect(html).toContain(
      '<a href="http://gettingsmart.com/2016/07/student-voices-moving-beyond-when-i-grow-up/">Getting Smart</a>',
    );
    expect(html).not.toMatch(/onclick|printfriendly|Print Friendly|more-link|\(more/);
  });

  it('resolves relative links in the content against the base URL', () => {
    expect(posts[1]?.contentHtml).toContain(
      '<a href="https://www.competencyworks.org/2016/06/charleston-county-school-district/">series on CCSD</a>',
    );
  });

  it('reads the author from the byline, with the profile link', () => {
    expect(posts[3]?.authors).toEqual([
      { name: 'Matt Riggan', url: 'https://www.competencyworks.org/author/matt-riggan/' },
    ]);
    expect(posts[3]?.source.byline).toBe('Matt Riggan');
  });

  it('takes a leading image in its own paragraph as the caption, out of the excerpt', () => {
    expect(posts[5]?.imageCaption).toBe('John Duval');
    expect(posts[5]?.excerpt).toMatch(/^This is the ninth post/);
  });

  it('reports only the post without a date, and finds the older-posts link', () => {
    expect(issues).toEqual([
      {
        code: 'missing-date',
        severity: 'warning',
        message:
          'post "Rethinking the Achievement Gap (Part 3)" has no <time> date; kept without a date',
        line: 95,
        index: 3,
      },
    ]);
    expect(result.nextPageUrl).toBe('https://www.competencyworks.org/2016/08/page/2/');
    expect(result.previousPageUrl).toBeUndefined();
  });
});

describe('readArchiveHtml on the December 2016 fixture (Twenty Sixteen footer meta)', () => {
  const result = readArchiveHtml(fixture('archive-2016-12.html'), { baseUrl: SITE });
  const { posts } = result;

  it('strips Twenty Sixteen’s "Continue reading" link and keeps its target', () => {
    expect(posts[1]?.continuationUrl).toBe(
      'https://www.competencyworks.org/2016/12/continuous-improvement-and-innovation/#more-16418',
    );
    expect(posts[1]?.excerpt).not.toContain('Continue reading');
    expect(posts[1]?.extra).toEqual({ truncated: true });
  });

  it('takes the caption box text over the image’s empty alt', () => {
    expect(posts[4]?.imageCaption).toBe('FIHS Science Teacher Jordan Wolf with Students');
    expect(posts[4]?.excerpt).toMatch(/^This post originally appeared at Mastery Collaborative/);
  });

  it('removes a script the content carried', () => {
    expect(posts[8]?.contentHtml).not.toMatch(/script|wpemoji/);
    expect(posts[8]?.contentHtml).toContain('<blockquote>');
  });

  it('keeps the nested list', () => {
    expect(posts[0]?.contentHtml).toContain('<ol>');
    expect(posts[0]?.excerpt).toContain('Some ways to do this:\n  - Make a T chart');
  });

  it('finds the next page from numbered pagination', () => {
    expect(result.nextPageUrl).toBe('https://www.competencyworks.org/2016/12/page/2/');
    // The December page prints no byline at all (Twenty Sixteen hides it on a one-author blog).
    expect(result.issues.map((issue) => issue.code)).toEqual(['missing-date', 'field-not-shown']);
  });
});

describe('readArchiveHtml markup variants', () => {
  it('reads categories and tags with their slugs, and authors from rel="author"', () => {
    const [post] = readArchiveHtml(
      article({
        footer:
          '<span class="cat-links"><a href="https://example.org/category/policy/" rel="category tag">Policy</a></span>' +
          '<span class="tags-links"><a href="https://example.org/tag/equity/" rel="tag">equity</a></span>' +
          '<a rel="author" href="https://example.org/author/chris/">Chris Sturgis</a>',
      }),
    ).posts;
    expect(post?.categories).toEqual([{ name: 'Policy', slug: 'policy' }]);
    expect(post?.tags).toEqual([{ name: 'equity', slug: 'equity' }]);
    expect(post?.authors).toEqual([
      { name: 'Chris Sturgis', url: 'https://example.org/author/chris/' },
    ]);
  });

  it('uses <base href> for relative links', () => {
    const page = `<html><head><base href="https://example.org/blog/"></head><body>${article({
      title: '<h2 class="entry-title"><a href="2016/08/hello/">Hello</a></h2>',
    })}</body></html>`;
    expect(readArchiveHtml(page).posts[0]?.url).toBe('https://example.org/blog/2016/08/hello/');
  });

  it('keeps a post whose link cannot be resolved, without a URL, and says so', () => {
    const { posts, issues } = readArchiveHtml(
      article({ title: '<h2 class="entry-title"><a href="/2016/08/hello/">Hello</a></h2>' }),
    );
    expect(posts[0]?.url).toBeUndefined();
    expect(withoutBylineNote(issues)).toEqual([
      expect.objectContaining({ code: 'invalid-url', line: 1, index: 0 }),
    ]);
  });

  it('reads the date from the time element’s text when datetime is missing', () => {
    const [post] = readArchiveHtml(
      article({ meta: '<time class="entry-date">December 9, 2016</time>' }),
    ).posts;
    expect(post?.published).toBe('2016-12-09');
  });

  it('reports a date it cannot read', () => {
    const { posts, issues } = readArchiveHtml(
      article({ meta: '<time class="entry-date" datetime="soon">soon</time>' }),
    );
    expect(posts[0]?.published).toBeUndefined();
    expect(withoutBylineNote(issues)).toEqual([
      expect.objectContaining({ code: 'invalid-date', severity: 'warning' }),
    ]);
  });

  it('reads .entry-summary when there is no .entry-content', () => {
    const page = article().replace('entry-content', 'entry-summary');
    expect(readArchiveHtml(page).posts[0]?.excerpt).toBe('Some text.');
  });

  it('reports an article without a title and keeps the others', () => {
    const page = `<main>${article({ title: '' })}\n${article()}</main>`;
    const { posts, issues } = readArchiveHtml(page);
    expect(posts.map((post) => post.title)).toEqual(['Hello']);
    expect(withoutBylineNote(issues)).toEqual([
      expect.objectContaining({ code: 'missing-title', severity: 'error', line: 1, index: 0 }),
    ]);
  });

  it('returns no posts with a warning for a "Nothing Found" page', () => {
    const { posts, issues } = readArchiveHtml(
      '<html><body><section class="no-results not-found"><h1>Nothing Found</h1></section></body></html>',
    );
    expect(posts).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'no-posts', severity: 'warning' })]);
  });

  it('reads bytes in the charset the page declares', () => {
    const bytes = Buffer.from(
      `<html><head><meta charset="windows-1252"></head><body>${article({
        title: '<h2 class="entry-title">Caf\xe9</h2>',
      })}</body></html>`,
      'latin1',
    );
    expect(readArchiveHtml(bytes).posts[0]?.title).toBe('Café');
  });
});

describe('readArchiveHtml bad input', () => {
  it.each([[''], [' \n\t ']])('refuses empty input %j', (input) => {
    expect(thrown(() => readArchiveHtml(input))).toMatchObject({
      code: 'empty-input',
      line: 1,
      column: 1,
    });
  });

  it('refuses plain text, pointing at its first character', () => {
    const error = thrown(() => readArchiveHtml(fixture('archive-2016-08.txt')));
    expect(error).toMatchObject({ code: 'wrong-format', line: 1, column: 1 });
    expect(error.message).toContain('use readArchiveText');
    expect(thrown(() => readArchiveHtml('\n  Hello')).message).toMatch(/^2:3: /);
  });

  it('refuses a feed and JSON', () => {
    expect(
      thrown(() => readArchiveHtml('<?xml version="1.0"?><rss version="2.0"><channel/></rss>'))
        .message,
    ).toContain('use readFeed');
    expect(thrown(() => readArchiveHtml('{"items": []}'))).toMatchObject({ code: 'wrong-format' });
  });

  it('refuses HTML with no posts, pointing at <main>', () => {
    const error = thrown(() =>
      readArchiveHtml('<html>\n<body>\n  <main><p>About us</p></main></body></html>'),
    );
    expect(error).toMatchObject({ code: 'no-posts', line: 3, column: 3 });
  });

  it('keeps the posts of a truncated page and warns', () => {
    const page = fixture('archive-2016-12.html').toString('utf8');
    const cut = page.slice(0, page.indexOf('We lost Diane Smith'));
    const { posts, issues } = readArchiveHtml(cut, { baseUrl: SITE });
    expect(posts).toHaveLength(9);
    expect(posts[8]?.excerpt).toBe('Diane Smith, Jan. 28, 1950 – Nov. 30, 2016');
    // Twenty Sixteen prints the date after the text, so the cut-off post lost its date too.
    expect(issues.map((issue) => [issue.code, issue.index])).toEqual([
      ['truncated-input', undefined],
      ['missing-date', 3],
      ['missing-date', 8],
      ['field-not-shown', undefined],
    ]);
  });
});

// The markup of the default themes Debian packages (WordPress 6.1), cut down to one post each; the
// wordpress test project reads the full pages these themes render on a live site.
describe('readArchiveHtml on block themes and Twenty Twenty-One', () => {
  const SITE_URL = 'https://blog.example/';
  /** A Query Loop item as Twenty Twenty-Three renders it. */
  const blockItem = ({
    id = 35,
    title = 'A Post With Comments',
    slug = 'a-post-with-comments',
    extra = '',
    image = '',
  } = {}) =>
    `<li class="wp-block-post post-${id} post type-post status-publish format-standard hentry category-rules${extra}">` +
    image +
    (title === ''
      ? ''
      : `<h2 class="wp-block-post-title"><a href="${SITE_URL}2016/12/23/${slug}/" target="_self" >${title}</a></h2>`) +
    `<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">Tell us what you think. [&hellip;] </p></div>` +
    `<div class="wp-block-post-date"><time datetime="2016-12-23T12:00:00+00:00"><a href="${SITE_URL}2016/12/23/${slug}/">December 23, 2016</a></time></div></li>`;
  const blockPage = (items: string) =>
    `<main class="wp-block-query"><ul class="wp-block-post-template">${items}</ul>` +
    `<nav class="wp-block-query-pagination"><a href="${SITE_URL}page/2/" class="wp-block-query-pagination-next">Next Page</a></nav></main>` +
    // The Latest Comments widget wraps each comment in a bare <article>: site chrome, not a post.
    `<aside><section class="widget widget_block"><ol class="wp-block-latest-comments"><li><article><footer>Reader Two on <a href="${SITE_URL}2016/12/23/a-post-with-comments/#comment-3">A Post With Comments</a></footer></article></li></ol></section></aside>`;

  it('reads the title, link, date and excerpt of a Query Loop item, and the next page', () => {
    const result = readArchiveHtml(blockPage(blockItem()));
    expect(result.posts).toEqual([
      expect.objectContaining({
        url: `${SITE_URL}2016/12/23/a-post-with-comments/`,
        title: 'A Post With Comments',
        published: '2016-12-23',
        excerpt: 'Tell us what you think. […]',
        authors: [],
        source: expect.objectContaining({ id: '35' }),
      }),
    ]);
    expect(result.nextPageUrl).toBe(`${SITE_URL}page/2/`);
    // The theme prints no byline: the report says so rather than leave authors silently empty.
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'field-not-shown',
        severity: 'warning',
        message: expect.stringContaining('the page shows no author for its post'),
      }),
    ]);
  });

  it('keeps an untitled post by the link on its date, without inventing a title', () => {
    const { posts, issues } = readArchiveHtml(
      blockPage(blockItem({ id: 34, title: '', slug: '34' }) + blockItem()),
    );
    expect(posts.map((post) => [post.title, post.url])).toEqual([
      [undefined, `${SITE_URL}2016/12/23/34/`],
      ['A Post With Comments', `${SITE_URL}2016/12/23/a-post-with-comments/`],
    ]);
    expect(posts[0]?.id).not.toBe(posts[1]?.id);
    expect(withoutBylineNote(issues)).toEqual([]);
  });

  it('takes the featured image from the_post_thumbnail, outside the text', () => {
    const image = `<figure class="wp-block-post-featured-image"><a href="${SITE_URL}2016/12/23/a-featured-image/"><img src="${SITE_URL}wp-content/uploads/2016/12/students.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="A Featured Image" /></a></figure>`;
    const [post] = readArchiveHtml(blockPage(blockItem({ image }))).posts;
    expect(post?.image).toBe(`${SITE_URL}wp-content/uploads/2016/12/students.jpg`);
  });

  it('reads a password-protected post as its title and link only, without the "Protected:" prefix', () => {
    // Twenty Twenty-One shows the excerpt WordPress gives a protected post, not the post.
    const page = article({
      title:
        '<h2 class="entry-title"><a href="https://example.org/2016/12/23/a-protected-post/">Protected: A Protected Post</a></h2>',
      content: '<p>There is no excerpt because this is a protected post.</p>',
    }).replace('hentry', 'post-password-required hentry');
    const { posts, issues } = readArchiveHtml(page);
    expect(posts).toEqual([
      expect.objectContaining({
        title: 'A Protected Post',
        url: 'https://example.org/2016/12/23/a-protected-post/',
        excerpt: '',
        extra: { passwordProtected: true },
      }),
    ]);
    expect(posts[0]?.contentHtml).toBeUndefined();
    expect(withoutBylineNote(issues)).toEqual([
      expect.objectContaining({ code: 'password-protected', severity: 'warning' }),
    ]);
  });

  it('says nothing about authors when a post shows one', () => {
    const page = `${article({ footer: '<span class="byline"><a rel="author" href="https://example.org/author/ann/">Ann</a></span>' })}${article()}`;
    expect(readArchiveHtml(page).issues).toEqual([]);
  });
});
