import { readFileSync } from 'node:fs';
import { decodeEntities, undoTypography } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { archivePosts, SECRETS } from './siteSeed';
import { useTestSite } from './testSite';

interface RestPost {
  id: number;
  title: { rendered: string };
  date_gmt: string;
  status: string;
  content: { rendered: string; protected: boolean };
  _embedded?: { author?: { name: string }[] };
}

async function getJson(url: string): Promise<{ body: unknown; headers: Headers }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return { body: await response.json(), headers: response.headers };
}

describe('the local WordPress used by the tests', () => {
  const test = useTestSite();

  it('announces its REST API and serves the seeded posts across several pages', async () => {
    const home = await fetch(`${test.site.url}/`);
    expect(home.headers.get('link')).toContain(
      `<${test.site.url}/wp-json/>; rel="https://api.w.org/"`,
    );
    const first = await getJson(`${test.site.url}/wp-json/wp/v2/posts?per_page=10&_embed=1`);
    const total = Number(first.headers.get('x-wp-total'));
    // 17 archive posts and 13 published rule posts (draft, pending, scheduled and private are not listed).
    expect(total).toBe(30);
    expect(first.headers.get('x-wp-totalpages')).toBe('3');
    const posts: RestPost[] = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await getJson(
        `${test.site.url}/?rest_route=/wp/v2/posts&per_page=10&page=${page}&_embed=1`,
      );
      posts.push(...(body as RestPost[]));
    }
    expect(posts).toHaveLength(30);
    // WordPress renders titles with its typography (curly quotes, dashes, entities): undo it.
    const titles = posts.map((post) => undoTypography(decodeEntities(post.title.rendered)));
    for (const post of archivePosts()) expect(titles).toContain(undoTypography(post.title ?? ''));
    const riggan = posts.find((post) =>
      post.title.rendered.startsWith('Rethinking the Achievement Gap'),
    );
    expect(riggan?._embedded?.author?.[0]?.name).toBe('Matt Riggan');
    const studentVoices = posts.find((post) => post.title.rendered.startsWith('Student Voices'));
    expect(studentVoices?.date_gmt).toBe('2016-08-18T12:00:00');
    expect(studentVoices?.content.rendered).toContain(
      '<p>This post originally appeared at Getting Smart on July 25, 2016.</p>',
    );
  });

  it('keeps drafts, pending, scheduled and private posts out of public answers, and protects the password post', async () => {
    const { body } = await getJson(`${test.site.url}/wp-json/wp/v2/posts?per_page=100`);
    const text = JSON.stringify(body);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const password = (body as RestPost[]).find((post) => post.id === test.site.ids.password);
    expect(password?.content).toEqual({ rendered: '', protected: true });
    const page = await getJson(`${test.site.url}/wp-json/wp/v2/pages/${test.site.ids.page}`);
    expect((page.body as RestPost).title.rendered).toBe('About This Blog');
  });

  it('exports WXR with export_wp(), every status included, and logs each request', async () => {
    const wxr = await test.site.exportWxr();
    expect(wxr).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    for (const status of ['publish', 'draft', 'pending', 'future', 'private']) {
      expect(wxr).toContain(`<wp:status><![CDATA[${status}]]></wp:status>`);
    }
    expect(wxr).toContain('<wp:post_password><![CDATA[letmein]]></wp:post_password>');
    test.site.clearRequests();
    await fetch(`${test.site.url}/?feed=rss2`, { headers: { 'User-Agent': 'test' } });
    expect(test.site.requests()).toEqual([
      { method: 'GET', uri: '/?feed=rss2', status: 200, agent: 'test' },
    ]);
  });

  it('wrote its config into /etc/wordpress under a name of its own, pointing at its own folder', () => {
    expect(test.site.configFile).toMatch(/^\/etc\/wordpress\/config-cw-test-[a-z0-9]+\.php$/);
    expect(readFileSync(test.site.configFile, 'utf8')).toContain(test.site.dir);
  });
});
