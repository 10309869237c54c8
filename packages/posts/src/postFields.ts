import { hidesWords, htmlMayContain } from './_lib/htmlMayContain';
import type { Post } from './post';
import { type PlainText, postText } from './postText';

/** One text of a post as extractors read it, named by the field it comes from. */
export interface PostField extends PlainText {
  field: 'title' | 'excerpt' | 'content';
}

const NO_TEXT: PlainText = { text: '', links: [] };

// Whether each post's HTML hides words from keyword hints, worked out once for all extractors.
const hiding = new WeakMap<Post, boolean>();

function hidesWordsOnce(post: Post, html: string): boolean {
  let hides = hiding.get(post);
  if (hides === undefined) {
    hides = hidesWords(html);
    hiding.set(post, hides);
  }
  return hides;
}

/**
 * The texts of a post that extractors read, in order: the title, then the rendered HTML content
 * when the post has it, else the excerpt (the excerpt of a post with content repeats its start,
 * so reading both would find everything twice).
 *
 * With `keywords` (the pattern the extractor looks for in the text), a body that cannot contain
 * a match comes back with empty text, and its HTML is not rendered: rendering is most of an
 * extractor's cost, and most posts mention none of its words. The test is made on the HTML
 * source and errs towards rendering (see `htmlMayContain`); the title is always given whole.
 *
 * @param post - A post from any parser.
 * @param keywords - What the caller will look for (words separated by `\s+`); omit it to always
 *   get the whole body.
 * @returns The title field, then the content or the excerpt field.
 * @example
 * postFields(post, /originally|first\s+published/gi).map((f) => f.field); //=> ['title', 'content']
 */
export function postFields(post: Post, keywords?: RegExp): [title: PostField, body: PostField] {
  const title: PostField = { field: 'title', text: post.title ?? '', links: [] };
  const html = post.contentHtml;
  if (html === undefined) {
    // Plain text is what the caller reads: the pattern itself decides (`search` ignores and
    // keeps a global pattern's lastIndex).
    const skip = keywords !== undefined && post.excerpt.search(keywords) < 0;
    return [title, { field: 'excerpt', ...(skip ? NO_TEXT : { text: post.excerpt, links: [] }) }];
  }
  const content =
    keywords && !htmlMayContain(html, keywords, () => hidesWordsOnce(post, html))
      ? NO_TEXT
      : postText(post, 'content');
  return [title, { field: 'content', ...(content ?? NO_TEXT) }];
}
