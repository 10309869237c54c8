import { type SentenceSpan, splitSentences } from '@competencyworks/core';
import type { Post, PostField } from '@competencyworks/posts';

/**
 * The sentences of each post's fields, split once for all the passes of one `extractEvents` call
 * (candidates, then mentions and sub-events read the same posts again).
 */
export class SentenceCache {
  private readonly byPost = new Map<
    Post,
    Partial<Record<PostField['field'], { text: string; spans: SentenceSpan[] }>>
  >();

  /** The sentences of `text`, the text of `field` of `post`. */
  split(post: Post, field: PostField['field'], text: string): SentenceSpan[] {
    let fields = this.byPost.get(post);
    if (fields === undefined) {
      fields = {};
      this.byPost.set(post, fields);
    }
    const known = fields[field];
    if (known !== undefined && known.text === text) return known.spans;
    const spans = splitSentences(text);
    fields[field] = { text, spans };
    return spans;
  }
}
