import type { Post } from './post';
import { type PostCue, postCue } from './postCues';
import { type PlainText, postText } from './postText';

/** One text of a post as extractors read it, named by the field it comes from. */
export interface PostField extends PlainText {
  field: 'title' | 'excerpt' | 'content';
}

const NO_TEXT: PlainText = { text: '', links: [] };

/**
 * The texts of a post that extractors read, in order: the title, then the rendered HTML content
 * when the post has it, else the excerpt (the excerpt of a post with content repeats its start,
 * so reading both would find everything twice).
 *
 * With `cue` (what the caller will look for, one of `POST_CUES`), a body that cannot hold it
 * comes back with empty text, and its HTML is not rendered: rendering is most of an extractor's
 * cost, and most posts hold none of its words. The test is the post's shared pre-scan
 * (`postCue`), made on the HTML source; it errs towards rendering. The title is always given
 * whole.
 *
 * @param post - A post from any parser.
 * @param cue - What the caller will look for; omit it to always get the whole body.
 * @returns The title field, then the content or the excerpt field.
 * @example
 * postFields(post, 'origin').map((f) => f.field); //=> ['title', 'content']
 */
export function postFields(post: Post, cue?: PostCue): [title: PostField, body: PostField] {
  const title: PostField = { field: 'title', text: post.title ?? '', links: [] };
  const skip = cue !== undefined && !postCue(post, cue);
  if (post.contentHtml === undefined) {
    return [title, { field: 'excerpt', ...(skip ? NO_TEXT : { text: post.excerpt, links: [] }) }];
  }
  const content = skip ? NO_TEXT : postText(post, 'content');
  return [title, { field: 'content', ...(content ?? NO_TEXT) }];
}
