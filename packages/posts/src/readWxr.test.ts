import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test/expectGolden';
import { thrown } from '../test/thrown';
import { safeParsePost } from './post';
import { readWxr } from './readWxr';

const fixture = (path: string) =>
  readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url));

describe('readWxr golden files', () => {
  it.each([
    ['wxr/theme-preview.xml', 'wxr-theme-preview', {}],
    ['wxr/competencyworks-export.xml', 'wxr-competencyworks-export', {}],
    [
      'wxr/competencyworks-export.xml',
      'wxr-competencyworks-export-all-types',
      { postTypes: ['post', 'page', 'attachment', 'nav_menu_item'] },
    ],
  ])('%s %#', (path, golden, options) => {
    const result = readWxr(fixture(path), { file: path, ...options });
    for (const post of result.posts) expect(safeParsePost(post).success).toBe(true);
    expectGolden(result, golden);
  });
});

describe('readWxr on a WordPress export', () => {
  const { format, posts, issues } = readWxr(fixture('wxr/competencyworks-export.xml'));
  const byId = (id: number) => posts.find((post) => post.extra?.postId === id);

  it('reads posts only by default, the untitled one too, and reports what it skipped', () => {
    expect(format).toBe('wxr');
    expect(posts.map((post) => post.extra?.postId)).toEqual([
      12001, 12002, 12003, 12004, 12007, 12008,
    ]);
    expect(byId(12008)).not.toHaveProperty('title');
    expect(byId(12008)?.excerpt).toBe('A post with no title at all.');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'skipped-post-type',
        message: expect.stringContaining('1 item of post type "page"'),
      }),
      expect.objectContaining({
        code: 'skipped-post-type',
        message: expect.stringContaining('"attachment"'),
      }),
      expect.objectContaining({
        code: 'skipped-post-type',
        message: expect.stringContaining('"nav_menu_item"'),
      }),
    ]);
  });

  it('reads a published post completely', () => {
    expect(byId(12001)).toMatchObject({
      id: 'https://www.competencyworks.org/?p=12001',
      url: 'https://www.competencyworks.org/2016/12/implementing-competency-education/',
      slug: 'implementing-competency-education',
      title: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
      published: '2016-12-19T14:05:00Z',
      modified: '2016-12-20T13:00:00Z',
      status: 'publish',
      authors: [{ name: 'Chris Sturgis' }],
      excerpt: 'What district leaders learned about pace and support.',
      categories: [{ name: 'Leadership', slug: 'leadership' }],
      tags: [
        { name: 'New Hampshire', slug: 'new-hampshire' },
        { name: 'district leaders', slug: 'district-leaders' },
      ],
      commentCount: 2,
      meta: { _edit_last: '2', _thumbnail_id: '12005' },
      language: 'en-US',
      extra: {
        postId: 12001,
        commentStatus: 'open',
        sticky: true,
        terms: { series: [{ name: 'Implementing Competency Education', slug: 'implementing' }] },
      },
      source: { format: 'wxr', id: '12001', index: 0 },
    });
    expect(byId(12001)?.contentHtml).toContain(
      '<a href="https://www.competencyworks.org/series/implementing/">Implementing Competency Education</a>',
    );
  });

  it('gives a draft with a zero GMT date no date, whatever its pubDate says', () => {
    const draft = byId(12002);
    expect(draft?.status).toBe('draft');
    expect(draft).not.toHaveProperty('published');
    expect(draft?.authors).toEqual([{ name: 'Matt Riggan' }]);
    expect(draft?.excerpt).toBe('A draft about the three ways districts stumble.');
    expect(byId(12007)).toMatchObject({ status: 'pending' });
    expect(byId(12007)).not.toHaveProperty('published');
  });

  it('reads future and private posts, unknown logins, password flags and encoded slugs', () => {
    expect(byId(12003)).toMatchObject({ status: 'future', published: '2017-01-03T13:00:00Z' });
    expect(byId(12004)).toMatchObject({
      status: 'private',
      slug: 'café-notes',
      authors: [{ name: 'unknown-login' }],
      extra: { postId: 12004, commentStatus: 'closed', passwordProtected: true },
    });
  });

  it('reads pages, attachments and menu items when asked', () => {
    const all = readWxr(fixture('wxr/competencyworks-export.xml'), {
      postTypes: ['page', 'attachment'],
    });
    expect(all.posts.map((post) => [post.title, post.extra?.postType, post.status])).toEqual([
      ['About CompetencyWorks', 'page', 'publish'],
      ['chart', 'attachment', 'inherit'],
    ]);
    expect(all.posts[1]?.extra).toMatchObject({
      parentId: 12001,
      attachmentUrl: 'https://www.competencyworks.org/wp-content/uploads/2016/12/chart.png',
    });
    expect(all.issues.filter((issue) => issue.code === 'skipped-post-type')).toHaveLength(2);
  });
});

describe('readWxr on the theme preview export', () => {
  it('falls back to pubDate, then to the site-time date, when there is no GMT date', () => {
    const { posts, issues } = readWxr(fixture('wxr/theme-preview.xml'));
    expect(issues).toEqual([]);
    expect(posts).toHaveLength(7);
    expect(posts[0]).toMatchObject({ title: 'Worth A Thousand Words', published: '2008-10-17' });
    expect(posts[1]).toMatchObject({ title: 'Elements', published: '2008-09-05T19:39:12Z' });
    expect(posts.find((post) => post.title === 'HTML')?.commentCount).toBe(1);
  });
});

describe('readWxr bad input', () => {
  it('refuses an RSS feed that is not an export', () => {
    const error = thrown(() => readWxr(fixture('rss/natasha.xml')));
    expect(error.message).toBe(
      '20:62: this is an RSS feed, not a WordPress export (WXR): no wp: elements before the first <item>; use readFeed or readAny',
    );
    expect(error.hint).toEqual({
      option: 'format',
      value: 'auto',
      text: 'use readFeed or readAny',
    });
  });

  it('refuses an Atom feed', () => {
    expect(thrown(() => readWxr(fixture('atom/OneFootTsunami.atom'))).code).toBe(
      'not-a-wxr-export',
    );
  });

  it('refuses a truncated export with the line it stopped in', () => {
    const text = fixture('wxr/competencyworks-export.xml').toString('utf8');
    const error = thrown(() => readWxr(text.slice(0, text.indexOf('<wp:comment_id>802'))));
    expect(error.message).toMatch(
      /^\d+:\d+: the input ended inside <wp:comment> opened at 81:3 \(inside <rss>\); the file looks truncated$/,
    );
  });
});
