import { htmlToText, type PlainText } from './_lib/htmlToText';
import type { Post } from './post';

export type { PlainText, TextLink } from './_lib/htmlToText';

const contentCache = new WeakMap<Post, PlainText>();

/**
 * The plain text of one field of a post, as extractors read it and as {@link Evidence} offsets
 * count it. `content` renders `contentHtml` (paragraphs separated by blank lines, list items
 * starting with "- ") and keeps each link's target and range; it is undefined when the post
 * has no HTML content.
 *
 * @example
 * postText(post, 'excerpt');
 * //=> { text: 'This post originally appeared at Getting Smart on July 25, 2016.\n\n...', links: [] }
 */
export function postText(
  post: Post,
  field: 'title' | 'excerpt' | 'content',
): PlainText | undefined {
  if (field === 'title') return { text: post.title ?? '', links: [] };
  if (field === 'excerpt') return { text: post.excerpt, links: [] };
  if (post.contentHtml === undefined) return undefined;
  let cached = contentCache.get(post);
  if (!cached) {
    cached = htmlToText(post.contentHtml);
    contentCache.set(post, cached);
  }
  return cached;
}
