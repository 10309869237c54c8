import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import {
  type WalkWordPressRestOptions,
  type WordPressRestFetch,
  type WordPressRestPage,
  walkWordPressRest,
} from './walkWordPressRest';
import { WordPressRestError } from './wordPressRestError';

const posts: unknown[] = JSON.parse(
  readFileSync(
    new URL('../test/fixtures/wordpress-rest/competencyworks-posts-embed.json', import.meta.url),
    'utf8',
  ),
);

interface Reply {
  status?: number;
  statusText?: string;
  body: string;
  headers?: Record<string, string>;
}

function response({ status = 200, statusText = 'OK', body, headers = {} }: Reply) {
  const lower = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    headers: { get: (name: string) => lower.get(name.toLowerCase()) ?? null },
    text: async () => body,
  };
}

/** A WordPress that serves the fixture's posts in pages, as `wp/v2/posts` does. */
function fakeSite(options: { headers?: boolean } = {}) {
  const requested: string[] = [];
  const fetch: WordPressRestFetch = async (url) => {
    requested.push(url);
    const query = new URL(url).searchParams;
    const perPage = Number(query.get('per_page'));
    const page = Number(query.get('page'));
    const totalPages = Math.ceil(posts.length / perPage);
    if (page > totalPages) {
      return response({
        status: 400,
        statusText: 'Bad Request',
        body: JSON.stringify({
          code: 'rest_post_invalid_page_number',
          message: 'The page number requested is larger than the number of pages available.',
          data: { status: 400 },
        }),
      });
    }
    return response({
      body: JSON.stringify(posts.slice((page - 1) * perPage, page * perPage)),
      headers:
        options.headers === false
          ? {}
          : { 'X-WP-Total': String(posts.length), 'X-WP-TotalPages': String(totalPages) },
    });
  };
  return { fetch, requested };
}

async function collect(
  site: string,
  options: WalkWordPressRestOptions,
): Promise<WordPressRestPage[]> {
  const pages: WordPressRestPage[] = [];
  for await (const page of walkWordPressRest(site, options)) pages.push(page);
  return pages;
}

async function rejection(run: Promise<unknown>): Promise<WordPressRestError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof WordPressRestError) return error;
    throw error;
  }
  throw new Error('expected a WordPressRestError');
}

describe('walkWordPressRest', () => {
  it('walks every page, reading X-WP-Total and X-WP-TotalPages, and stops at the last one', async () => {
    const site = fakeSite();
    const pages = await collect('https://www.competencyworks.org', {
      fetch: site.fetch,
      perPage: 3,
    });
    expect(site.requested).toEqual([
      'https://www.competencyworks.org/wp-json/wp/v2/posts?per_page=3&page=1&_embed=author,wp:term,wp:featuredmedia',
      'https://www.competencyworks.org/wp-json/wp/v2/posts?per_page=3&page=2&_embed=author,wp:term,wp:featuredmedia',
    ]);
    expect(
      pages.map(({ page, totalPages, total, posts }) => [page, totalPages, total, posts.length]),
    ).toEqual([
      [1, 2, 4, 3],
      [2, 2, 4, 1],
    ]);
    const all = pages.flatMap((page) => page.posts);
    expect(all.map((post) => post.source.index)).toEqual([0, 1, 2, 3]);
    expect(all[0]?.authors).toEqual([
      {
        name: 'Mastery Collaborative',
        url: 'https://www.competencyworks.org/author/mastery-collaborative/',
      },
    ]);
    expect(all[3]?.source.file).toBe(site.requested[1]);
    // Issues keep the index across pages: the protected post is the fourth overall.
    expect(pages[1]?.issues).toContainEqual(
      expect.objectContaining({ code: 'protected-content', index: 3 }),
    );
  });

  it('fetches pages ahead with a bounded number in flight, yielding them in order', async () => {
    const site = fakeSite();
    let inFlight = 0;
    let most = 0;
    const slow: WordPressRestFetch = async (url, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later pages answer sooner, so an unordered walker would yield them first.
      const page = Number(new URL(url).searchParams.get('page'));
      await new Promise((resolve) => setTimeout(resolve, 20 - page * 4));
      inFlight--;
      return site.fetch(url, init);
    };
    const pages = await collect('https://example.org/', {
      fetch: slow,
      perPage: 1,
      concurrency: 2,
    });
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3, 4]);
    expect(pages.flatMap((page) => page.posts.map((post) => post.source.index))).toEqual([
      0, 1, 2, 3,
    ]);
    expect(most).toBe(2);
    expect(site.requested).toHaveLength(4);
  });

  it('walks another collection, such as pages', async () => {
    const site = fakeSite();
    await collect('https://example.org/?rest_route=/', { fetch: site.fetch, collection: 'pages' });
    expect(site.requested[0]).toBe(
      'https://example.org/?rest_route=%2Fwp%2Fv2%2Fpages&per_page=100&page=1&_embed=author,wp:term,wp:featuredmedia',
    );
  });

  it('reports the failed page when a page fetched ahead fails', async () => {
    const site = fakeSite();
    const failing: WordPressRestFetch = async (url, init) =>
      new URL(url).searchParams.get('page') === '3'
        ? response({ status: 503, statusText: 'Service Unavailable', body: 'down' })
        : site.fetch(url, init);
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const page of walkWordPressRest('https://example.org', {
          fetch: failing,
          perPage: 1,
          concurrency: 3,
        }))
          seen.push(page.page);
      })(),
    );
    expect(seen).toEqual([1, 2]);
    expect(error).toMatchObject({ code: 'http-error', status: 503 });
    expect(error.url).toContain('page=3');
  });

  it('stops after a short page when the site sends no paging headers', async () => {
    const site = fakeSite({ headers: false });
    const pages = await collect('https://www.competencyworks.org/', {
      fetch: site.fetch,
      perPage: 2,
      embed: false,
    });
    expect(pages.map((page) => page.posts.length)).toEqual([2, 2]);
    expect(site.requested).toHaveLength(3);
    expect(site.requested[2]).toBe(
      'https://www.competencyworks.org/wp-json/wp/v2/posts?per_page=2&page=3',
    );
  });

  it.each([
    [
      'https://example.org/blog',
      'https://example.org/blog/wp-json/wp/v2/posts?status=draft&per_page=100&page=1',
    ],
    [
      'https://example.org/wp-json/',
      'https://example.org/wp-json/wp/v2/posts?status=draft&per_page=100&page=1',
    ],
    [
      'https://example.org/?rest_route=/',
      'https://example.org/?rest_route=%2Fwp%2Fv2%2Fposts&status=draft&per_page=100&page=1',
    ],
  ])('builds the posts URL from %s', async (base, expected) => {
    const requested: string[] = [];
    const fetch: WordPressRestFetch = async (url) => {
      requested.push(url);
      return response({ body: '[]', headers: { 'X-WP-TotalPages': '0' } });
    };
    await collect(base, { fetch, embed: false, query: { status: 'draft' } });
    expect(requested).toEqual([expected]);
  });

  it('surfaces a 400 past the end of a list that shrank during the walk', async () => {
    let calls = 0;
    const fetch: WordPressRestFetch = async () => {
      calls++;
      if (calls === 1) {
        return response({
          body: JSON.stringify(posts.slice(0, 2)),
          headers: { 'X-WP-TotalPages': '2' },
        });
      }
      return response({
        status: 400,
        body: '{"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}}',
      });
    };
    const error = await rejection(collect('https://example.org', { fetch, perPage: 2 }));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({
      code: 'page-past-end',
      status: 400,
      restCode: 'rest_post_invalid_page_number',
    });
    expect(error.message).toMatch(
      /page 2 is past the last page although the site reported 2 pages; .* start it again$/,
    );
  });

  it.each([
    [
      401,
      'Unauthorized',
      '{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
      /rest_forbidden "Sorry, you are not allowed to do that." \(HTTP 401\): the site refused access; pass a fetch that sends credentials/,
    ],
    [
      404,
      'Not Found',
      '<html>Not found</html>',
      /failed with HTTP 404 Not Found: no WordPress REST API there/,
    ],
    [
      500,
      'Internal Server Error',
      '',
      /failed with HTTP 500 Internal Server Error: the site failed; try again later/,
    ],
  ])(
    'surfaces HTTP %i with a message saying what to do',
    async (status, statusText, body, message) => {
      const fetch: WordPressRestFetch = async () => response({ status, statusText, body });
      const error = await rejection(collect('https://example.org', { fetch }));
      expect(error).toMatchObject({ code: 'http-error', status });
      expect(error.url).toBe(
        'https://example.org/wp-json/wp/v2/posts?per_page=100&page=1&_embed=author,wp:term,wp:featuredmedia',
      );
      expect(error.message).toMatch(message);
    },
  );

  it('reports a network failure as fetch-failed', async () => {
    const fetch: WordPressRestFetch = async () => {
      throw new TypeError('fetch failed');
    };
    const error = await rejection(collect('https://example.org', { fetch }));
    expect(error).toMatchObject({ code: 'fetch-failed', status: 0 });
    expect(error.message).toContain('failed before any response: fetch failed');
  });

  it('names the URL when a 200 response is an HTML page', async () => {
    const fetch: WordPressRestFetch = async () =>
      response({ body: '<!doctype html><title>Login</title>' });
    await expect(collect('https://example.org', { fetch })).rejects.toThrow(
      /^1:1: GET https:\/\/example\.org\/wp-json\/wp\/v2\/posts\?.* \(page 1\): expected a WordPress REST response \(wp\/v2\/posts\) in JSON, found HTML/,
    );
  });

  it('stops when the signal aborts, without another request', async () => {
    const site = fakeSite();
    const controller = new AbortController();
    const pages: WordPressRestPage[] = [];
    await expect(async () => {
      for await (const page of walkWordPressRest('https://example.org', {
        fetch: site.fetch,
        perPage: 1,
        signal: controller.signal,
      })) {
        pages.push(page);
        controller.abort();
      }
    }).rejects.toThrow(/abort/i);
    expect(pages).toHaveLength(1);
    expect(site.requested).toHaveLength(1);
  });

  it('refuses a perPage WordPress would refuse, and a site that is no http(s) URL', async () => {
    const site = fakeSite();
    await expect(
      collect('https://example.org', { fetch: site.fetch, perPage: 101 }),
    ).rejects.toThrow(RangeError);
    await expect(collect('ftp://example.org', { fetch: site.fetch })).rejects.toThrow(
      /expected the site's http\(s\) URL/,
    );
    expect(site.requested).toEqual([]);
  });

  it('accepts the global fetch type', () => {
    const options: WalkWordPressRestOptions = { fetch: globalThis.fetch };
    expect(typeof options.fetch).toBe('function');
  });
});
