import type { ParseIssue } from '@competencyworks/core';
import { type Post, safeParsePost } from '../post';
import { wasRecentlySanitized } from './recentlySanitized';

/**
 * Validates a post a parser built against `PostSchema` at the boundary. A valid post is
 * returned; an invalid one is reported in `issues` (with where it was in the input) and dropped,
 * so nothing is lost silently.
 */
export function keepPost(candidate: Post, issues: ParseIssue[]): Post | undefined {
  const result = safeParsePost(candidate);
  if (result.success) return detachStrings(result.output);
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
 * Copies every string in a post so none shares memory with the input it was cut from. V8 keeps a
 * slice of a string pointing into its parent: a category slug sliced from a 1 MB input chunk, or
 * an excerpt sliced from the post's whole text, would keep that chunk or text alive as long as the
 * post is kept, and a build holding every post of a 200 MB export would hold most of the export.
 */
function detachStrings<T>(value: T): T {
  if (typeof value === 'string') {
    // Prepending a character makes V8 flatten into a new string; short strings are copies anyway,
    // and so is HTML `sanitizeHtml` just returned (the largest string of a post, copied for nothing).
    return (value.length < 13 || wasRecentlySanitized(value) ? value : ` ${value}`.slice(1)) as T;
  }
  if (Array.isArray(value)) return value.map(detachStrings) as T;
  if (value !== null && typeof value === 'object') {
    // Object.keys and an indexed loop rather than Object.entries: the same own enumerable string
    // keys in the same order, without a [key, value] array per field. Detaching was 6% of a
    // readFeed profile, two thirds of it on the Object.entries line; about 2-3% of readFeed.
    const record = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      copy[key] = detachStrings(record[key]);
    }
    return copy as T;
  }
  return value;
}
