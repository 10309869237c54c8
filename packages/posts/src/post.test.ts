import { ParseError } from '@competencyworks/core';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { januaryWebinar, masteryMotivates, seedPosts } from '../test/seedPosts';
import { type Post, PostSchema, parsePost, safeParsePost } from './post';

const minimal: Post = {
  id: 'cw-2016-12-19-january-11th-webinar',
  title: 'January 11th Webinar: Advancing Competency Education in New England',
  authors: [],
  excerpt: '',
  categories: [],
  tags: [],
  origin: [],
  source: { format: 'archive-text' },
};

function messageOf(input: unknown): string {
  const result = safeParsePost(input);
  if (result.success) throw new Error('expected the post to be refused');
  return result.error.message;
}

describe('parsePost', () => {
  it('accepts a minimal post and returns an equal value', () => {
    expect(parsePost(minimal)).toEqual(minimal);
  });

  it('accepts a maximal post with every optional field', () => {
    expect(parsePost(masteryMotivates)).toEqual(masteryMotivates);
    expect(Object.keys(masteryMotivates)).toHaveLength(Object.keys(PostSchemaKeys()).length);
  });

  it.each(seedPosts.map((post) => [post.title, post] as const))(
    'accepts seed post %s',
    (_, post) => {
      expect(parsePost(post)).toEqual(post);
    },
  );

  it('accepts an instant with offset, a calendar date, and no date at all', () => {
    expect(parsePost({ ...minimal, published: '2016-12-19T14:05:00Z' }).published).toBe(
      '2016-12-19T14:05:00Z',
    );
    expect(parsePost({ ...minimal, published: '2016-12-19' }).published).toBe('2016-12-19');
    expect(parsePost(minimal)).not.toHaveProperty('published');
  });

  it('accepts a post without a title (RSS 2.0 and JSON Feed make it optional)', () => {
    const { title: _, ...untitled } = minimal;
    expect(parsePost(untitled)).toEqual(untitled);
    expect(parsePost(untitled)).not.toHaveProperty('title');
  });

  it('does not change the input', () => {
    const input = structuredClone({ ...januaryWebinar, wordCount: 98 });
    const copy = structuredClone(input);
    parsePost(input);
    expect(input).toEqual(copy);
  });
});

describe('parsePost: one failure per rule, with a message a person can act on', () => {
  it.each<[string, unknown, string]>([
    ['input not an object', 'a post', 'expected a post object, got "a post"'],
    [
      'title set to undefined',
      { ...minimal, title: undefined },
      'title: expected a title, got nothing',
    ],
    [
      'empty title',
      { ...minimal, title: '  ' },
      'title: expected a title, not an empty string, got "  "',
    ],
    [
      'missing id',
      (({ id: _, ...rest }) => rest)(minimal),
      'id: expected the required field "id", got nothing',
    ],
    [
      'published as a phrase',
      { ...minimal, published: 'Aug 18' },
      'published: expected an ISO 8601 instant with offset or a calendar date like 2016-08-18, got "Aug 18"',
    ],
    [
      'published without an offset',
      { ...minimal, published: '2016-08-18T10:00:00' },
      'published: expected an ISO 8601 instant with offset or a calendar date like 2016-08-18, got "2016-08-18T10:00:00"',
    ],
    [
      'modified not a real day',
      { ...minimal, modified: '2017-02-29' },
      'modified: expected an ISO 8601 instant with offset or a calendar date like 2016-08-18, got "2017-02-29"',
    ],
    [
      'url with javascript:',
      { ...minimal, url: 'javascript:alert(1)' },
      'url: expected an http or https URL, got "javascript:alert(1)"',
    ],
    [
      'image over ftp',
      { ...minimal, image: 'ftp://example.org/a.jpg' },
      'image: expected an http or https URL, got "ftp://example.org/a.jpg"',
    ],
    [
      'relative continuation link',
      { ...minimal, continuationUrl: '/2016/12/post/#more-1' },
      'continuationUrl: expected an http or https URL, got "/2016/12/post/#more-1"',
    ],
    [
      'author without a name',
      { ...minimal, authors: [{ name: '' }] },
      'authors[0].name: expected a non-empty name, got ""',
    ],
    [
      'author URL with data:',
      { ...minimal, authors: [{ name: 'Chris Sturgis', url: 'data:text/html,hi' }] },
      'authors[0].url: expected an http or https URL, got "data:text/html,hi"',
    ],
    [
      'content with a script',
      { ...minimal, contentHtml: '<p>Hi</p><script>alert(1)</script>' },
      'contentHtml: expected HTML without <script>, on* event handlers or javascript: URLs (found a <script> element), got "<p>Hi</p><script>alert(1)</script>"',
    ],
    [
      'content with an event handler',
      { ...minimal, contentHtml: '<img src="https://x.org/a.jpg" onerror="alert(1)">' },
      'contentHtml: expected HTML without <script>, on* event handlers or javascript: URLs (found an event handler attribute onerror= on <img>), got "<img src=\\"https://x.org/a.jpg\\" onerror=\\"alert(1)\\">"',
    ],
    [
      'content with an entity-encoded javascript: URL',
      { ...minimal, contentHtml: '<a href="java&#x09;script&colon;alert(1)">x</a>' },
      'contentHtml: expected HTML without <script>, on* event handlers or javascript: URLs (found a javascript: URL in href= on <a>), got "<a href=\\"java&#x09;script&colon;alert(1)\\">x</a>"',
    ],
    [
      'excerpt not text',
      { ...minimal, excerpt: 42 },
      'excerpt: expected the excerpt as plain text, got 42',
    ],
    [
      'category without a name',
      { ...minimal, categories: [{ name: '' }] },
      'categories[0].name: expected a term name, not an empty string, got ""',
    ],
    [
      'tag given as a string',
      { ...minimal, tags: ['NYC'] },
      'tags[0]: expected a term object, got "NYC"',
    ],
    [
      'unknown field inside a term',
      { ...minimal, tags: [{ name: 'NYC', count: 3 }] },
      'tags[0].count: expected only the fields a term defines, got "count"',
    ],
    [
      'language not a BCP 47 tag',
      { ...minimal, language: 'English' },
      'language: expected a BCP 47 language tag like en-US, got "English"',
    ],
    [
      'unknown status',
      { ...minimal, status: 'published' },
      'status: expected one of publish, draft, future, pending, private, trash, inherit, got "published"',
    ],
    [
      'negative comment count',
      { ...minimal, commentCount: -1 },
      'commentCount: expected a comment count of 0 or more, got -1',
    ],
    [
      'fractional comment count',
      { ...minimal, commentCount: 1.5 },
      'commentCount: expected a whole comment count, got 1.5',
    ],
    [
      'attachment over ftp',
      { ...minimal, attachments: [{ url: 'ftp://example.org/a.mp3', mimeType: 'audio/mpeg' }] },
      'attachments[0].url: expected an http or https URL, got "ftp://example.org/a.mp3"',
    ],
    [
      'attachment without a media type',
      { ...minimal, attachments: [{ url: 'https://example.org/a.mp3' }] },
      'attachments[0].mimeType: expected the required field "mimeType", got nothing',
    ],
    [
      'attachment with a fractional size',
      {
        ...minimal,
        attachments: [
          { url: 'https://example.org/a.mp3', mimeType: 'audio/mpeg', sizeInBytes: 1.5 },
        ],
      },
      'attachments[0].sizeInBytes: expected a whole number of bytes, got 1.5',
    ],
    [
      'attachment with a negative duration',
      {
        ...minimal,
        attachments: [
          { url: 'https://example.org/a.mp3', mimeType: 'audio/mpeg', durationInSeconds: -3 },
        ],
      },
      'attachments[0].durationInSeconds: expected a duration of 0 seconds or more, got -3',
    ],
    [
      'comment without an author',
      { ...minimal, comments: [{ author: '', contentHtml: '<p>Hi</p>' }] },
      'comments[0].author: expected the commenter\'s name, not an empty string, got ""',
    ],
    [
      'comment with a script',
      { ...minimal, comments: [{ author: 'Eve', contentHtml: '<script>alert(1)</script>' }] },
      'comments[0].contentHtml: expected HTML without <script>, on* event handlers or javascript: URLs (found a <script> element), got "<script>alert(1)</script>"',
    ],
    [
      'comment with an e-mail address field',
      {
        ...minimal,
        comments: [{ author: 'Eve', email: 'eve@example.org', contentHtml: '<p>Hi</p>' }],
      },
      'comments[0].email: expected only the fields a comment defines, got "email"',
    ],
    [
      'meta value not a string',
      { ...minimal, meta: { views: 10 } },
      'meta.views: expected a string meta value, got 10',
    ],
    [
      'origin date as a phrase',
      { ...minimal, origin: [{ ...masteryMotivates.origin[0], date: 'October 21, 2016' }] },
      'origin[0].date: expected a calendar date like 2017-01-11, got "October 21, 2016"',
    ],
    [
      'origin without a publisher',
      { ...minimal, origin: [{ ...masteryMotivates.origin[0], publisher: '' }] },
      'origin[0].publisher: expected the publisher it first appeared at, not an empty string, got ""',
    ],
    [
      'series part zero',
      { ...minimal, series: { seriesId: 'x', position: 0, evidence: januaryEvidence() } },
      'series.position: expected a part number of 1 or more, got 0',
    ],
    [
      'unknown source format',
      { ...minimal, source: { format: 'csv' } },
      'source.format: expected one of archive-text, archive-html, rss, atom, wordpress-rest, wxr, json-feed, got "csv"',
    ],
    [
      'source line 0',
      { ...minimal, source: { format: 'rss', line: 0 } },
      'source.line: expected a 1-based line number, got 0',
    ],
    [
      'extra not an object',
      { ...minimal, extra: ['x'] },
      'extra: expected an object of extra fields, got an array',
    ],
  ])('refuses %s', (_, input, message) => {
    expect(messageOf(input)).toBe(message);
    expect(() => parsePost(input)).toThrow(ParseError);
  });

  it('reports every problem, not only the first', () => {
    const result = safeParsePost({ ...minimal, title: '', published: 'Aug 18' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.path)).toEqual(['title', 'published']);
      expect(result.error.code).toBe('invalid-check');
    }
  });
});

describe('unknown fields', () => {
  it('moves unknown top-level fields into extra instead of dropping them', () => {
    const post = parsePost({ ...minimal, wordCount: 98, _links: { self: 'x' } });
    expect(post.extra).toEqual({ wordCount: 98, _links: { self: 'x' } });
    expect(post).not.toHaveProperty('wordCount');
  });

  it('merges them with an existing extra record', () => {
    const post = parsePost({ ...minimal, extra: { sticky: true }, wordCount: 98 });
    expect(post.extra).toEqual({ sticky: true, wordCount: 98 });
  });

  it('refuses a field that is both unknown and already in extra, rather than overwrite either', () => {
    expect(messageOf({ ...minimal, extra: { sticky: true }, sticky: false })).toBe(
      'sticky: expected this field only once: extra already has a field of this name, got "sticky"',
    );
  });

  it('cannot be used to pollute prototypes with a "__proto__" key from JSON', () => {
    const json = `{ ${JSON.stringify(minimal).slice(1, -1)}, "__proto__": { "polluted": true } }`;
    const post = parsePost(JSON.parse(json));
    // valibot leaves "__proto__" out of records it builds; the rest of the post is kept.
    expect(Object.getPrototypeOf(post.extra)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(post.title).toBe(minimal.title);
  });
});

describe('safeParsePost', () => {
  it('returns the post on success', () => {
    expect(safeParsePost(minimal)).toEqual({ success: true, output: minimal });
  });

  it.each([null, undefined, 42, 'post', [], new Date(0)])('never throws, even for %j', (input) => {
    expect(safeParsePost(input).success).toBe(false);
  });

  it('never throws for an input whose getter throws', () => {
    const input = {
      ...minimal,
      get title(): string {
        throw new Error('boom');
      },
    };
    const result = safeParsePost(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('unreadable-input');
  });
});

describe('PostSchema', () => {
  it('works with valibot directly', () => {
    expect(v.is(PostSchema, minimal)).toBe(true);
    expect(v.is(PostSchema, { ...minimal, title: '' })).toBe(false);
  });
});

function januaryEvidence() {
  return {
    postId: januaryWebinar.id,
    field: 'excerpt' as const,
    sentence: 'Register here.',
    start: 0,
    end: 14,
    rule: 'test',
  };
}

/** Every field the Post interface defines, to prove the maximal fixture uses them all. */
function PostSchemaKeys(): Record<keyof Post, true> {
  return {
    id: true,
    url: true,
    slug: true,
    title: true,
    published: true,
    modified: true,
    authors: true,
    excerpt: true,
    contentHtml: true,
    categories: true,
    tags: true,
    image: true,
    imageCaption: true,
    attachments: true,
    language: true,
    continuationUrl: true,
    status: true,
    commentCount: true,
    comments: true,
    meta: true,
    origin: true,
    series: true,
    source: true,
    extra: true,
  };
}
