import { ParseError, type ParseIssue } from '@competencyworks/core';
import type { Post } from '../post';
import type { ReadOptions, ReadResult } from '../readResult';
import { isJsonObject } from './jsonField';
import { keepPost } from './keepPost';
import { restPostToPost } from './restPost';

const POST_KEYS = ['title', 'content', 'excerpt', 'guid', 'date_gmt'];

function looksLikePost(value: unknown): boolean {
  return isJsonObject(value) && POST_KEYS.some((key) => Object.hasOwn(value, key));
}

function keysOf(value: Record<string, unknown>): string {
  const keys = Object.keys(value).slice(0, 6);
  return keys.length > 0 ? `keys ${keys.map((key) => `"${key}"`).join(', ')}` : 'no keys';
}

/** A WordPress REST error body (`{ code, message, data: { status } }`) as one line, if it is one. */
export function restErrorText(value: unknown): string | undefined {
  if (!isJsonObject(value) || typeof value.code !== 'string' || typeof value.message !== 'string') {
    return undefined;
  }
  const status = isJsonObject(value.data) ? value.data.status : undefined;
  return `${value.code} "${value.message}"${typeof status === 'number' ? ` (HTTP ${status})` : ''}`;
}

/** Names what a JSON value is when it is not a posts response, so the error says what to fetch instead. */
function notPosts(value: unknown): ParseError {
  const error = restErrorText(value);
  if (error) {
    return new ParseError({
      code: 'wordpress-rest-error',
      message: `the response is a WordPress REST error, not posts: ${error}`,
    });
  }
  const found = describeNotPosts(value);
  return new ParseError({
    code: 'not-wordpress-rest',
    message: `expected a wp/v2/posts response (an array of posts with "title" and "content", or one post), found ${found}`,
    ...(found === 'a JSON Feed'
      ? { hint: { option: 'format', value: 'auto', text: 'use readJsonFeed or readAny' } }
      : {}),
  });
}

/** Names a JSON value that is not a posts response: "a wp/v2 users response", "a JSON Feed", ... */
export function describeNotPosts(value: unknown): string {
  let found: string;
  if (Array.isArray(value)) {
    const first = value.find(isJsonObject);
    const kind = !first
      ? 'an array of non-objects'
      : 'taxonomy' in first
        ? 'a wp/v2 categories or tags response'
        : 'avatar_urls' in first
          ? 'a wp/v2 users response'
          : `an array of objects with ${keysOf(first)}`;
    found = kind;
  } else if (isJsonObject(value)) {
    const version = value.version;
    if (typeof version === 'string' && /jsonfeed\.org\/version\//.test(version)) {
      found = 'a JSON Feed';
    } else if ('routes' in value && 'namespaces' in value) {
      found = 'the REST API index (fetch /wp-json/wp/v2/posts instead)';
    } else {
      found = `an object with ${keysOf(value)}`;
    }
  } else {
    found = value === null ? 'null' : `a ${typeof value}`;
  }
  return found;
}

/**
 * Turns a parsed `wp/v2/posts` response (an array, or one post object) into posts and issues.
 * `indexOffset` numbers items across pages when a walker reads several responses.
 */
export function readRestResponse(
  value: unknown,
  options: ReadOptions = {},
  indexOffset = 0,
): ReadResult {
  const issues: ParseIssue[] = [];
  const posts: Post[] = [];
  const items = Array.isArray(value) ? value : looksLikePost(value) ? [value] : undefined;
  if (!items || (items.length > 0 && !items.some(looksLikePost))) throw notPosts(value);
  const single = !Array.isArray(value);
  for (const [i, item] of items.entries()) {
    const candidate = restPostToPost(item, {
      issues,
      path: single ? [] : [i],
      index: indexOffset + i,
      ...(options.file ? { file: options.file } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
    const post = candidate && keepPost(candidate, issues);
    if (post) posts.push(post);
  }
  return { format: 'wordpress-rest', posts, issues };
}
