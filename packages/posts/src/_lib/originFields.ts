import type { Post } from '../post';
import { type PlainText, postText } from '../postText';

/** One text of a post that origin notes are looked for in. */
export interface OriginField extends PlainText {
  field: 'title' | 'excerpt' | 'content';
}

/**
 * The texts to search, in order: the title, then the full content when the post has HTML
 * content, else the excerpt (the excerpt of a post with content is a copy of its start, so
 * reading both would find every note twice).
 *
 * @example
 * originFields(post).map((f) => f.field); //=> ['title', 'excerpt'] (or ['title', 'content'])
 */
export function originFields(post: Post): OriginField[] {
  const fields: OriginField[] = [{ field: 'title', text: post.title, links: [] }];
  const content = postText(post, 'content');
  if (content !== undefined) fields.push({ field: 'content', ...content });
  else fields.push({ field: 'excerpt', text: post.excerpt, links: [] });
  return fields;
}
