import { type Post, postText, type TextLink } from '@competencyworks/posts';

/** A text of a post, searched for series statements. */
export interface ClaimField {
  field: 'title' | 'excerpt' | 'content';
  text: string;
  links: TextLink[];
}

/**
 * The title, then the HTML content when the post has it, else the excerpt (the excerpt of a
 * post with content repeats its start, so reading both would find every statement twice).
 *
 * @example
 * claimFields(post).map((f) => f.field); //=> ['title', 'excerpt'] (or ['title', 'content'])
 */
export function claimFields(post: Post): ClaimField[] {
  const content = postText(post, 'content');
  return [
    { field: 'title', text: post.title, links: [] },
    content !== undefined
      ? { field: 'content', text: content.text, links: content.links }
      : { field: 'excerpt', text: post.excerpt, links: [] },
  ];
}

/** The first http(s) link whose text overlaps the range, if any. */
export function linkOver(
  links: readonly TextLink[],
  start: number,
  end: number,
): string | undefined {
  for (const link of links) {
    if (link.start < end && link.end > start && /^https?:\/\//i.test(link.href)) return link.href;
  }
  return undefined;
}
