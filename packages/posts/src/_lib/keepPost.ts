import type { ParseIssue } from '@competencyworks/core';
import { type Post, safeParsePost } from '../post';

/**
 * Validates a post built from outside data (REST JSON, archive pages) against `PostSchema`. A
 * valid post is returned with its own copies of its strings; an invalid one is reported in
 * `issues` (with where it was in the input) and dropped, so nothing is lost silently. The XML
 * readers build valid posts by construction and use {@link detachPost} alone.
 */
export function keepPost(candidate: Post, issues: ParseIssue[]): Post | undefined {
  const result = safeParsePost(candidate);
  if (result.success) return detachPost(result.output);
  const where = candidate.source;
  for (const issue of result.error.issues) {
    issues.push({
      ...issue,
      message: `post "${candidate.title || candidate.id}" skipped: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`,
      ...(where.line !== undefined ? { line: where.line } : {}),
      ...(where.index !== undefined ? { index: where.index } : {}),
    });
  }
  return undefined;
}

/**
 * The post with every string copied so none shares memory with the input it was cut from. V8
 * keeps a slice of a string pointing into its parent: a category slug sliced from a 1 MB input
 * chunk would keep that chunk alive as long as the post is kept, and a build holding every post
 * of a 200 MB export would hold most of the export. `contentHtml` is left as it is: it comes from
 * `sanitizeHtml`, which returns a fresh string, and it is the largest string of a post.
 *
 * The post is changed in place and returned: callers pass a post they have just built (or that
 * valibot has just output), and copying every object and array of 10,000 posts only to drop the
 * originals was a large share of a feed's garbage collection.
 */
export function detachPost(post: Post): Post {
  detachFields(post as unknown as Record<string, unknown>);
  return post;
}

/** A copy of a string that shares no memory with the input it was cut from (see {@link detachPost}). */
export function detachText(value: string): string {
  // Prepending a character makes V8 flatten into a new string; short strings are copies anyway.
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** Replaces, in place, every string of a record and of the arrays and records inside it by a detached copy. */
function detachFields(record: Record<string, unknown>): void {
  // for...in over a fresh object literal visits the same own keys, in the same order, as
  // Object.keys, without allocating the array.
  for (const key in record) {
    if (key === 'contentHtml') continue;
    const value = record[key];
    if (typeof value === 'string') {
      if (value.length >= 13) record[key] = detachText(value);
    } else if (Array.isArray(value)) detachItems(value);
    else if (value !== null && typeof value === 'object') {
      detachFields(value as Record<string, unknown>);
    }
  }
}

function detachItems(items: unknown[]): void {
  for (let i = 0; i < items.length; i++) {
    const value = items[i];
    if (typeof value === 'string') {
      if (value.length >= 13) items[i] = detachText(value);
    } else if (Array.isArray(value)) detachItems(value);
    else if (value !== null && typeof value === 'object') {
      detachFields(value as Record<string, unknown>);
    }
  }
}
