import { bodyMemo } from './_lib/bodyMemo';
import { htmlToText, type PlainText } from './_lib/htmlToText';
import type { Post } from './post';

export type { PlainText, TextLink } from './_lib/htmlToText';

// Rendered once per post (and shared with its copies, see copyPost): several extractors read it.
const renderedContent = bodyMemo((post) => htmlToText(post.contentHtml ?? ''));

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
  return renderedContent(post);
}
