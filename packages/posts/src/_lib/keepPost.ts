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
 */
export function detachPost(post: Post): Post {
  return detachStrings(post);
}

/** A copy of a string that shares no memory with the input it was cut from (see {@link detachPost}). */
export function detachText(value: string): string {
  // Prepending a character makes V8 flatten into a new string; short strings are copies anyway.
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

function detachStrings<T>(value: T): T {
  if (typeof value === 'string') return detachText(value) as T;
  if (Array.isArray(value)) return value.map(detachStrings) as T;
  if (value !== null && typeof value === 'object') {
    // Object.keys and an indexed loop rather than Object.entries: the same own enumerable string
    // keys in the same order, without a [key, value] array per field.
    const record = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      copy[key] = key === 'contentHtml' ? record[key] : detachStrings(record[key]);
    }
    return copy as T;
  }
  return value;
}
