import type { Post, PostStatus } from '@competencyworks/posts';

/** Statuses `--include-status` may add; `publish` is always in. */
export const INCLUDABLE_STATUSES = ['draft', 'pending', 'private', 'future'] as const;

/** What {@link publicPosts} left out or cut. */
export interface Withheld {
  /** Posts left out, by WordPress status (`draft`, `future`, `trash`, ...). */
  byStatus: Record<string, number>;
  /** Posts published only because `--include-status` named their status, by status. */
  included: Record<string, number>;
  /** Password-protected posts kept with their title and link only. */
  passwordProtected: number;
}

function isProtected(post: Post): boolean {
  return post.extra?.passwordProtected === true;
}

/**
 * Keeps what the author made public, as it is public: posts whose status is `publish` (or that
 * carry no status: a feed only lists published posts), plus the statuses the user asked for.
 * A password-protected post keeps its title, link, date, authors and terms but never its content,
 * excerpt, attachments or comments. Post meta (`wp:postmeta`, REST `meta`) and the reader's
 * `extra` fields are never kept: the bundle format documents what a post carries, and private
 * meta is not part of it. Comments are other people's words: they are kept only when asked for
 * (`--include-comments`), even from an input that carries them.
 *
 * @param post - A post as a reader returned it.
 * @param include - Statuses published besides `publish`.
 * @param withheld - Counts what was left out or cut.
 * @param includeComments - Keep the approved comments' text the reader read.
 * @returns The post as the bundle may carry it, or undefined when it is left out.
 * @example
 * publicPost({ ...post, status: 'draft' }, new Set(), withheld); //=> undefined (withheld.byStatus.draft is 1)
 */
export function publicPost(
  post: Post,
  include: ReadonlySet<PostStatus>,
  withheld: Withheld,
  includeComments = false,
): Post | undefined {
  const status = post.status;
  if (status !== undefined && status !== 'publish' && !include.has(status)) {
    withheld.byStatus[status] = (withheld.byStatus[status] ?? 0) + 1;
    return undefined;
  }
  if (status !== undefined && status !== 'publish') {
    withheld.included[status] = (withheld.included[status] ?? 0) + 1;
  }
  const {
    meta: _meta,
    extra: _extra,
    contentHtml,
    continuationUrl,
    attachments,
    comments,
    ...kept
  } = post;
  if (isProtected(post)) {
    withheld.passwordProtected++;
    return { ...kept, excerpt: '' };
  }
  return {
    ...kept,
    ...(contentHtml !== undefined ? { contentHtml } : {}),
    ...(continuationUrl !== undefined ? { continuationUrl } : {}),
    ...(attachments !== undefined ? { attachments } : {}),
    ...(includeComments && comments !== undefined ? { comments } : {}),
  };
}
