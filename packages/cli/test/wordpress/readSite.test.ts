import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEntities, undoTypography } from '@competencyworks/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/_lib/readSite';
import { USER_AGENT } from '../../src/_lib/siteFetch';
import { buildBundle } from '../../src/buildBundle';
import { runCli } from '../runCli';
import { bundleItems } from './bundleItems';
import { archivePosts } from './siteSeed';
import { useTestSite } from './testSite';

/** The 17 archive posts and the 13 published rule posts. */
const PUBLISHED = 30;

const restRequests = (uris: string[]) =>
  uris.filter((uri) => /wp\/v2\/|rest_route=%2Fwp%2Fv2/.test(uri));

describe('reading a live WordPress site from its URL', () => {
  const test = useTestSite();
  const fast = { fetch: { backoffMs: 10, timeoutMs: 20_000 } };

  beforeEach(() => test.site.clearRequests());

  afterEach(async () => {
    for (const name of ['no-rest', 'no-link', 'busy', 'broken-json'])
      await test.site.plugin(name, undefined);
    await test.site.startServer();
    test.site.clearRequests();
  });

  it('cw build URL: finds the REST API from the Link header and builds every published post', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-site-'));
    try {
      const out = join(dir, 'bundle');
      const result = await runCli(['build', test.site.url, '--out', out]);
      expect(result.err).toContain(`posts page 1 of 1, ${PUBLISHED} of ${PUBLISHED} read`);
      expect(result.code).toBe(0);
      const titles = (await bundleItems(out)).map((item) =>
        undoTypography(decodeEntities(item.title ?? '')),
      );
      expect(titles).toHaveLength(PUBLISHED);
      for (const post of archivePosts()) expect(titles).toContain(undoTypography(post.title ?? ''));
      const requests = test.site.requests();
      expect(requests.every((request) => request.agent === USER_AGENT)).toBe(true);
      // The home page (discovery) and one page of 100 posts.
      expect(requests.map((request) => request.uri)).toEqual([
        '/',
        '/wp-json/wp/v2/posts?per_page=100&page=1&_embed=author,wp:term,wp:featuredmedia',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('follows X-WP-TotalPages with pages fetched a few at a time, and reads pages when asked', async () => {
    const progress: string[] = [];
    const source = await readSite(test.site.url, {
      ...fast,
      perPage: 10,
      concurrency: 2,
      postTypes: ['post', 'page'],
      onProgress: (p) => {
        progress.push(`${p.collection} ${p.pages}/${p.totalPages} ${p.posts}/${p.totalPosts}`);
      },
    });
    expect(source.format).toBe('wordpress-rest');
    expect(source.posts).toHaveLength(PUBLISHED + 1);
    expect(source.posts.map((post) => post.title)).toContain('About This Blog');
    expect(progress).toEqual([
      'posts 1/3 10/30',
      'posts 2/3 20/30',
      'posts 3/3 30/30',
      'pages 1/1 1/1',
    ]);
    expect(restRequests(test.site.requests().map((r) => r.uri))).toHaveLength(4);
  });

  it('finds the API through ?rest_route=/ when the site hides its Link', async () => {
    await test.site.plugin(
      'no-link',
      "remove_action('template_redirect', 'rest_output_link_header', 11); remove_action('wp_head', 'rest_output_link_wp_head', 10);",
    );
    const source = await readSite(test.site.url, fast);
    expect(source.format).toBe('wordpress-rest');
    expect(source.posts).toHaveLength(PUBLISHED);
    expect(test.site.requests().map((r) => r.uri)).toContain('/?rest_route=/');
  });

  it('falls back to the RSS feed and its ?paged=N pages when the REST API is disabled, and says a feed carries less', async () => {
    await test.site.plugin(
      'no-rest',
      "add_filter('rest_authentication_errors', function () { return new WP_Error('rest_disabled', 'The REST API is disabled on this site.', ['status' => 401]); });",
    );
    const source = await readSite(test.site.url, fast);
    expect(source.format).toBe('rss');
    // The feed lists what the home page lists: published posts, 10 a page; an item the reader
    // skips is reported.
    const skipped = source.issues.filter((issue) => /skipped/.test(issue.message));
    expect(source.posts.length + skipped.length).toBe(PUBLISHED);
    expect(source.issues).toContainEqual(
      expect.objectContaining({
        code: 'feed-fallback',
        message: expect.stringContaining('a feed carries fewer fields'),
      }),
    );
    const uris = test.site.requests().map((r) => r.uri);
    expect(uris).toContain('/?feed=rss2&paged=3');
  });

  it('retries a 503 with Retry-After and a 429, then reads every post', async () => {
    // Page 2 answers 503 (Retry-After: 1) the first time and 429 the second, then the posts.
    await test.site.plugin(
      'busy',
      `add_filter('rest_pre_dispatch', function ($result, $server, $request) {
        if ($request->get_route() !== '/wp/v2/posts' || $request['page'] != 2) return $result;
        $count = (int) @file_get_contents('${test.site.dir}/busy-count');
        file_put_contents('${test.site.dir}/busy-count', $count + 1);
        if ($count === 0) { header('Retry-After: 1'); return new WP_Error('busy', 'Busy', ['status' => 503]); }
        if ($count === 1) return new WP_Error('slow_down', 'Too many requests', ['status' => 429]);
        return $result;
      }, 10, 3);`,
    );
    const source = await readSite(test.site.url, { ...fast, perPage: 10 });
    expect(source.posts).toHaveLength(PUBLISHED);
    expect(source.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const page2 = test.site.requests().filter((r) => r.uri.includes('page=2'));
    expect(page2.map((r) => r.status)).toEqual([503, 429, 200]);
  });

  it('keeps the posts read when the server stops mid-walk, reports the failed page, and keeps the previous bundle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-site-'));
    try {
      const out = join(dir, 'bundle');
      expect((await runCli(['build', test.site.url, '--out', out])).code).toBe(0);
      const before = await readFile(join(out, 'manifest.json'), 'utf8');
      let stopped: Promise<void> | undefined;
      const source = await readSite(test.site.url, {
        fetch: { backoffMs: 10, retries: 1 },
        perPage: 10,
        concurrency: 1,
        onProgress: () => {
          stopped ??= test.site.stopServer();
          return stopped;
        },
      });
      await stopped;
      expect(source.posts).toHaveLength(10);
      expect(source.issues).toContainEqual(
        expect.objectContaining({
          code: 'site-page-failed',
          severity: 'error',
          message: expect.stringMatching(
            /posts page 2 of 3 could not be read \(.*refused the connection.*\); the 10 posts read before it are kept/,
          ),
        }),
      );
      // cw build against the stopped server: nothing readable, one sentence, exit 2, bundle untouched.
      const failed = await runCli(['build', test.site.url, '--out', out]);
      expect(failed.code).toBe(2);
      expect(failed.err).toMatch(
        /^cw: http:\/\/127\.0\.0\.1:\d+: 127\.0\.0\.1:\d+ refused the connection: is the site up\?; nothing was read\n$/,
      );
      expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a rebuild that loses a page mid-walk keeps the previous bundle serving and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-site-'));
    try {
      const out = join(dir, 'bundle');
      expect((await runCli(['build', test.site.url, '--out', out])).code).toBe(0);
      const before = await readFile(join(out, 'manifest.json'), 'utf8');
      await test.site.plugin(
        'broken-json',
        "add_filter('rest_pre_dispatch', function ($result, $server, $request) { if ($request['page'] == 2) { echo '{\"broken'; exit; } return $result; }, 10, 3);",
      );
      const source = await readSite(test.site.url, { ...fast, perPage: 10 });
      expect(source.posts).toHaveLength(10);
      expect(source.issues).toContainEqual(
        expect.objectContaining({
          code: 'site-page-failed',
          message: expect.stringContaining('posts page 2 of 3 could not be read'),
        }),
      );
      const rebuild = buildBundle({
        inputs: [test.site.url],
        outDir: out,
        // A full read (no cache), so page 2 is asked for.
        force: true,
        site: { ...fast, perPage: 10 },
      });
      await expect(rebuild).rejects.toMatchObject({
        exitCode: 1,
        message: expect.stringContaining('the previous bundle in'),
      });
      expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
