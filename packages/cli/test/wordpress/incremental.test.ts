import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { bundleItems } from './bundleItems';
import { useTestSite } from './testSite';

describe('rebuilding a bundle from a site asks only for what changed', () => {
  const test = useTestSite();
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-incremental-'));
    out = join(dir, 'bundle');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const build = async () => {
    test.site.clearRequests();
    const result = await runCli(['build', test.site.url, '--out', out]);
    expect(result.code, result.err).toBe(0);
    return test.site.requests().map((request) => request.uri);
  };
  const titles = async () => (await bundleItems(out)).map((item) => item.title);

  it('reads everything the first time, then only the changes and one count', async () => {
    expect(await build()).toEqual([
      '/',
      '/wp-json/wp/v2/posts?per_page=100&page=1&_embed=author,wp:term,wp:featuredmedia',
    ]);
    expect(await titles()).toHaveLength(30);

    await test.site.php(
      `wp_update_post(['ID' => ${test.site.ids.classic}, 'post_title' => 'Classic Paragraphs, Edited']);`,
    );
    const requests = await build();
    expect(requests).toHaveLength(4);
    expect(requests[1]).toMatch(
      /^\/wp-json\/wp\/v2\/posts\?modified_after=2016-12-2\dT\d\d%3A\d\d%3A\d\d&per_page=100&page=1&_embed=/,
    );
    expect(requests[2]).toMatch(
      /^\/wp-json\/wp\/v2\/posts\?after=20\d\d-[\d-]+T[\d%A]+&per_page=100/,
    );
    expect(requests[3]).toBe('/wp-json/wp/v2/posts?_fields=id&per_page=100&page=1');
    const after = await titles();
    expect(after).toHaveLength(30);
    expect(after).toContain('Classic Paragraphs, Edited');
    expect(after).not.toContain('Classic Paragraphs');
  });

  it('notices a post taken down (trashed or unpublished) from the count, and drops it', async () => {
    await test.site.php(
      `wp_trash_post(${test.site.ids.embed}); wp_update_post(['ID' => ${test.site.ids.video}, 'post_status' => 'draft']);`,
    );
    const requests = await build();
    expect(requests).toHaveLength(4);
    const after = await titles();
    expect(after).toHaveLength(28);
    expect(after).not.toContain('An Embedded Video Link');
    expect(after).not.toContain('A Video Player');
  });

  it('reads a scheduled post that went live while another went away: the count alone is unchanged', async () => {
    const before = await titles();
    expect(before).not.toContain('A Scheduled Post');
    expect(before).toContain('Classic Paragraphs, Edited');
    // A post scheduled weeks ago (its modified time is then), published by WordPress's cron when
    // its date comes: wp_publish_post changes the status and leaves post_modified as it was.
    const scheduled = test.site.ids.scheduled;
    await test.site.php(
      `global $wpdb; $wpdb->update($wpdb->posts, ['post_modified' => '2016-12-01 09:00:00', 'post_modified_gmt' => '2016-12-01 09:00:00'], ['ID' => ${scheduled}]); clean_post_cache(${scheduled});`,
    );
    await test.site.php(`wp_publish_post(${scheduled}); wp_trash_post(${test.site.ids.classic});`);
    await build();
    const after = await titles();
    expect(after).toHaveLength(before.length);
    expect(after).toContain('A Scheduled Post');
    expect(after).not.toContain('Classic Paragraphs, Edited');
  });
});
