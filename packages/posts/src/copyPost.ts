import { shareBodyMemos } from './_lib/bodyMemo';
import type { Post } from './post';

/**
 * A copy of a post with some fields changed, which keeps what extractors have already worked out
 * from its body (its rendered text and its cues, see `postText` and `postCues`) when the body is
 * unchanged: an extractor that returns copies (series detection) then does not make the next one
 * (event extraction) render or scan every post again.
 *
 * @param post - A post from any parser.
 * @param changes - The fields to set on the copy.
 * @returns A new post object; `post` is not changed.
 * @example
 * const member = copyPost(post, { series: { seriesId: 'gap', position: 3, evidence } });
 * member.series?.position; //=> 3
 * member === post; //=> false
 */
export function copyPost(post: Post, changes: Partial<Post> = {}): Post {
  const copy: Post = { ...post, ...changes };
  shareBodyMemos(post, copy);
  return copy;
}
