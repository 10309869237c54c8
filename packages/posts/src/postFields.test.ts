import { describe, expect, it } from 'vitest';
import type { Post } from './post';
import { postFields } from './postFields';

describe('postFields', () => {
  const post: Post = {
    id: 'p1',
    title: 'Rethinking Assessment – Part 3',
    authors: [],
    excerpt: 'The start.',
    categories: [],
    tags: [],
    origin: [],
    contentHtml:
      '<p>This post originally appeared at <a href="https://gettingsmart.com/">Getting Smart</a>.</p>',
    source: { format: 'rss' },
  };

  it('gives the title, then the rendered content', () => {
    const [title, body] = postFields(post);
    expect(title).toEqual({ field: 'title', text: post.title, links: [] });
    expect(body.field).toBe('content');
    expect(body.text).toBe('This post originally appeared at Getting Smart.');
    expect(body.links).toEqual([
      expect.objectContaining({ href: 'https://gettingsmart.com/', start: 33, end: 46 }),
    ]);
  });

  it('renders the content only when it may hold the keywords', () => {
    expect(postFields(post, 'origin')[1]).toEqual(postFields(post)[1]);
    expect(postFields(post, 'eventDate')[1]).toEqual({ field: 'content', text: '', links: [] });
  });

  it('gives the excerpt when the post has no HTML content, empty when it cannot match', () => {
    const { contentHtml: _, ...plain } = post;
    expect(postFields(plain)[1]).toEqual({ field: 'excerpt', text: 'The start.', links: [] });
    const withPart = { ...plain, excerpt: 'The start of part 2.' };
    expect(postFields(withPart, 'partReference')[1]).toEqual(postFields(withPart)[1]);
    expect(postFields(plain, 'partReference')[1]).toEqual({
      field: 'excerpt',
      text: '',
      links: [],
    });
  });
});
