import { collapseWhitespace } from '@competencyworks/core';
import { type Post, readArchiveHtml, readWordPressRest, sniffFormat } from '@competencyworks/posts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestSite } from './testSite';

// The seeded site's archive pages as each default theme Debian packages renders them, read by
// the archive-page reader and compared with what the site's REST API gives for the same posts
// (asked for while the same theme is active: themes filter excerpts and titles for both).

const THEMES = ['twentytwentyone', 'twentytwentytwo', 'twentytwentythree'] as const;

const EMBED = '_embed=author,wp:term,wp:featuredmedia';

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response.text();
}

/** What a reader of an archive page can compare: the fields the brief names. */
function shown(post: Post) {
  return {
    url: post.url,
    title: post.title,
    // The page shows the site's calendar date (the site's zone is UTC).
    date: typeof post.published === 'string' ? post.published.slice(0, 10) : undefined,
    excerpt: collapseWhitespace(post.excerpt),
    image: post.image,
  };
}

describe('archive pages as the default themes render them', () => {
  const test = useTestSite();
  let pages: { name: string; path: string; rest: string }[];

  beforeAll(async () => {
    const categories = JSON.parse(
      await text(`${test.site.url}/wp-json/wp/v2/categories?slug=competency-education`),
    ) as { id: number }[];
    pages = [
      { name: 'front page', path: '/', rest: 'per_page=10' },
      {
        name: 'date archive',
        path: '/2016/08/',
        rest: 'per_page=10&after=2016-08-01T00:00:00&before=2016-09-01T00:00:00',
      },
      {
        name: 'category page',
        path: '/category/competency-education/',
        rest: `per_page=10&categories=${categories[0]?.id}`,
      },
    ];
  });

  describe.each(THEMES)('%s', (theme) => {
    beforeAll(async () => {
      const active = await test.site.php(`switch_theme('${theme}'); echo get_stylesheet();`);
      expect(active.trim()).toBe(theme);
    });

    it('gives the posts the REST API gives: titles, links, dates, excerpts, featured images; says the bylines are hidden', async () => {
      for (const page of pages) {
        const html = await text(`${test.site.url}${page.path}`);
        // A saved page is recognised as an archive page (cw build page.html), block themes too.
        expect(sniffFormat(html).format, `${theme} ${page.name}`).toBe('archive-html');
        const read = readArchiveHtml(html, { baseUrl: test.site.url, file: page.path });
        const rest = readWordPressRest(
          await text(`${test.site.url}/wp-json/wp/v2/posts?${page.rest}&${EMBED}`),
        );
        expect(rest.posts.length, `${theme} ${page.name}`).toBeGreaterThan(5);
        expect(read.posts.map(shown), `${theme} ${page.name}`).toEqual(rest.posts.map(shown));
        // None of these themes prints a byline on an archive page: the reader gives no author
        // and says which field the page did not show, where REST has every author.
        expect(rest.posts.every((post) => post.authors.length === 1)).toBe(true);
        expect(read.posts.every((post) => post.authors.length === 0)).toBe(true);
        expect(read.issues, `${theme} ${page.name}`).toContainEqual(
          expect.objectContaining({
            code: 'field-not-shown',
            message: expect.stringMatching(/shows no author for any of its \d+ posts/),
          }),
        );
        // Nothing else went wrong: no post skipped, no date or text missed.
        const others = read.issues.filter(
          (issue) => !['field-not-shown', 'password-protected'].includes(issue.code),
        );
        expect(others, `${theme} ${page.name}`).toEqual([]);
      }
    });

    it('finds the next page and reads it, as REST pages on', async () => {
      const first = readArchiveHtml(await text(`${test.site.url}/`), { baseUrl: test.site.url });
      expect(first.nextPageUrl).toBe(`${test.site.url}/page/2/`);
      const second = readArchiveHtml(await text(first.nextPageUrl ?? ''), {
        baseUrl: test.site.url,
      });
      const rest = readWordPressRest(
        await text(`${test.site.url}/wp-json/wp/v2/posts?per_page=10&page=2&${EMBED}`),
      );
      expect(second.posts.map(shown)).toEqual(rest.posts.map(shown));
    });
  });

  it('reads the byline where a theme prints one (Twenty Twenty-One on a post page)', async () => {
    await test.site.php("switch_theme('twentytwentyone');");
    const rest = readWordPressRest(
      await text(`${test.site.url}/wp-json/wp/v2/posts/${test.site.ids['archive-3']}?${EMBED}`),
    ).posts[0];
    expect(rest?.authors.map((author) => author.name)).toEqual(['Matt Riggan']);
    const read = readArchiveHtml(await text(rest?.url ?? ''), { baseUrl: test.site.url });
    expect(read.posts[0]?.authors).toEqual(rest?.authors);
    expect(read.issues.map((issue) => issue.code)).not.toContain('field-not-shown');
  });
});
