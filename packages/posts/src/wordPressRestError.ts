import { ParseError } from '@competencyworks/core';

/**
 * What went wrong in one request of a walk over a WordPress REST API.
 *
 * @example
 * const details: WordPressRestErrorDetails = {
 *   code: 'http-error', status: 401, restCode: 'rest_forbidden', url,
 *   message: `GET ${url} failed with rest_forbidden ... (HTTP 401): the site refused access; ...`,
 * };
 */
export interface WordPressRestErrorDetails {
  /** A stable machine code: `http-error`, `fetch-failed`, `page-past-end`. */
  code: string;
  /** One line a person can act on. */
  message: string;
  /** The URL requested. */
  url: string;
  /** The HTTP status; 0 when no response arrived. */
  status: number;
  /** WordPress's own error code from the body, e.g. `rest_post_invalid_page_number`. */
  restCode?: string;
}

/**
 * The error `walkWordPressRest` throws when a request fails: a network failure, an HTTP error
 * (401, 404, 500) or a page past the end (400 `rest_post_invalid_page_number`). It is a
 * `ParseError`, so one `catch` handles bad input and bad responses alike, and it carries the URL,
 * the HTTP status and WordPress's error code.
 *
 * @example
 * try {
 *   for await (const page of walkWordPressRest('https://example.org', { fetch })) save(page.posts);
 * } catch (error) {
 *   if (error instanceof WordPressRestError) console.error(error.status, error.restCode, error.message);
 *   //=> 401 'rest_forbidden' 'GET https://example.org/wp-json/wp/v2/posts?... failed with HTTP 401 ...'
 * }
 */
export class WordPressRestError extends ParseError {
  override name = 'WordPressRestError';
  readonly url: string;
  readonly status: number;
  readonly restCode?: string;

  constructor(details: WordPressRestErrorDetails) {
    super({ code: details.code, message: details.message });
    this.url = details.url;
    this.status = details.status;
    if (details.restCode !== undefined) this.restCode = details.restCode;
  }
}
