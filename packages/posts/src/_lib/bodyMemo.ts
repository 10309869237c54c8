import type { Post } from '../post';

// Every memo made by bodyMemo, so a copy of a post can be given what was worked out for it.
const memos: WeakMap<Post, unknown>[] = [];

/**
 * `compute` run once per post object: for what extractors work out from a post's body (its
 * rendered text, its cues), which each extractor would otherwise work out again. A copy made with
 * `copyPost` shares the results (see {@link shareBodyMemos}).
 *
 * @example
 * const rendered = bodyMemo((post) => htmlToText(post.contentHtml ?? ''));
 * rendered(post) === rendered(post); //=> true
 */
export function bodyMemo<T>(compute: (post: Post) => T): (post: Post) => T {
  const memo = new WeakMap<Post, T>();
  memos.push(memo);
  return (post) => {
    if (memo.has(post)) return memo.get(post) as T;
    const value = compute(post);
    memo.set(post, value);
    return value;
  };
}

/**
 * Gives `copy` every result already worked out for `post`, when the copy has the same body (the
 * same `contentHtml` and `excerpt`); otherwise leaves it to be worked out afresh.
 *
 * @example
 * shareBodyMemos(post, { ...post, series }); // the copy is not rendered again
 */
export function shareBodyMemos(post: Post, copy: Post): void {
  if (copy.contentHtml !== post.contentHtml || copy.excerpt !== post.excerpt) return;
  for (const memo of memos) {
    if (memo.has(post) && !memo.has(copy)) memo.set(copy, memo.get(post));
  }
}
