import type { Post } from '../post';

// What is worked out from each post's body, one slot per memo, in one record per post: a copy
// of the post is given the whole record with one WeakMap entry (an entry per memo per copy cost
// a tenth of detectSeries on a 10,000-post feed).
const bodies = new WeakMap<Post, unknown[]>();
let slots = 0;

/**
 * `compute` run once per post object: for what extractors work out from a post's body (its
 * rendered text, its cues), which each extractor would otherwise work out again. A copy made with
 * `copyPost` shares the results (see {@link shareBodyMemos}). `compute` never returns undefined.
 *
 * @example
 * const rendered = bodyMemo((post) => htmlToText(post.contentHtml ?? ''));
 * rendered(post) === rendered(post); //=> true
 */
export function bodyMemo<T>(compute: (post: Post) => T): (post: Post) => T {
  const slot = slots++;
  return (post) => {
    let body = bodies.get(post);
    if (body === undefined) {
      body = [];
      bodies.set(post, body);
    }
    let value = body[slot] as T | undefined;
    if (value === undefined) {
      value = compute(post);
      body[slot] = value;
    }
    return value;
  };
}

/**
 * Gives `copy` every result worked out for `post`, now and later, when the copy has the same
 * body (the same `contentHtml` and `excerpt`); otherwise leaves it to be worked out afresh.
 *
 * @example
 * shareBodyMemos(post, { ...post, series }); // the copy is not rendered again
 */
export function shareBodyMemos(post: Post, copy: Post): void {
  if (copy.contentHtml !== post.contentHtml || copy.excerpt !== post.excerpt) return;
  const body = bodies.get(post);
  if (body !== undefined && !bodies.has(copy)) bodies.set(copy, body);
}
