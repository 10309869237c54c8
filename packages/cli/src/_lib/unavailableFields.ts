import type { Post } from '@competencyworks/posts';

/** The fields a bundle's posts can carry, by the name a report gives them. */
const FIELDS: readonly (readonly [string, (post: Post) => boolean])[] = [
  ['links', (post) => post.url !== undefined],
  ['titles', (post) => post.title !== undefined],
  ['publication dates', (post) => post.published !== undefined],
  ['modified dates', (post) => post.modified !== undefined],
  ['authors', (post) => post.authors.length > 0],
  ['author links', (post) => post.authors.some((author) => author.url !== undefined)],
  ['full content', (post) => post.contentHtml !== undefined],
  ['categories', (post) => post.categories.length > 0],
  ['category slugs', (post) => post.categories.some((term) => term.slug !== undefined)],
  ['tags', (post) => post.tags.length > 0],
  ['featured images', (post) => post.image !== undefined],
  ['comment counts', (post) => post.commentCount !== undefined],
];

/** The fields no post of one input carries: its format (or the site) gave them for none. */
export interface UnavailableFields {
  /** The input as the report shows it. */
  path: string;
  format: Post['source']['format'];
  fields: string[];
}

/**
 * The fields that no post read from one input carries. A format that has no place for a field
 * (an RSS feed's categories have no slugs, archive text has no links) shows here, as does a site
 * that uses none (no featured images anywhere); either way the bundle lacks it for these posts.
 *
 * @param posts - Every post read from the input.
 * @returns The fields' names, in a fixed order; empty when there are no posts.
 */
export function unavailableFields(posts: readonly Post[]): string[] {
  if (posts.length === 0) return [];
  const missing = FIELDS.filter(([, has]) => !posts.some(has)).map(([name]) => name);
  // Without authors or categories, their links and slugs go without saying.
  return missing.filter(
    (name) =>
      !(name === 'category slugs' && missing.includes('categories')) &&
      !(name === 'author links' && missing.includes('authors')),
  );
}
