import type { ParseIssue } from '@competencyworks/core';
import { type Event, extractEvents } from '@competencyworks/events';
import { detectOrigins, type Post } from '@competencyworks/posts';
import { detectSeries, type Series } from '@competencyworks/series';
import { PostStore } from './postStore';

/** Everything a bundle is made of. */
export interface Content {
  /** Light records in input order: their bodies are in `store` (see {@link PostStore.withBodies}). */
  posts: Post[];
  series: Series[];
  events: Event[];
  issues: ParseIssue[];
  /** The posts' bodies, on disk; close it when the bundle is written. */
  store: PostStore;
}

/** The post as it is kept in memory: everything but the body (empty; the body is on disk). */
function lightPost(post: Post): Post {
  return post.contentHtml === undefined || post.contentHtml === ''
    ? post
    : { ...post, contentHtml: '' };
}

/**
 * Runs the extractors as posts stream in, keeping memory bounded: origins are a post's own, so
 * they are found at once; series and events are collated across posts, over light records
 * (posts without their body, which goes to disk). Collation reads each body from disk as the
 * extractors ask for it (see {@link PostStore.view}), so it gives what it would over whole posts
 * with one body in memory at a time, and no post is read twice to find out whether its body
 * matters.
 *
 * @example
 * const extractor = new ContentExtractor();
 * for (const post of posts) extractor.add(post);
 * const { posts, series, events, issues, store } = extractor.finish();
 */
export class ContentExtractor {
  private readonly posts: Post[] = [];
  private readonly store = PostStore.open();

  /** How many posts were added: a mark for {@link ContentExtractor.rollback}. */
  get size(): number {
    return this.posts.length;
  }

  /** Forgets the posts added after `mark` (those of a source that failed half way). */
  rollback(mark: number): void {
    this.posts.length = mark;
  }

  /** Extracts what one post says on its own and keeps its light record. */
  add(parsed: Post): void {
    let post = parsed;
    if (post.origin.length === 0) {
      const origin = detectOrigins(post);
      if (origin.length > 0) post = { ...post, origin };
    }
    this.store.put(post);
    this.posts.push(lightPost(post));
  }

  /**
   * Collates series and events over the posts, their bodies read from disk as the extractors ask
   * for them. Posts keep their input order; series and events come out in the extractors' order.
   *
   * @returns The content; its posts are light records whose bodies `store` gives back.
   */
  finish(): Content {
    const posts = this.posts;
    const seriesResult = detectSeries(posts.map((post) => this.store.view(post)));
    // detectSeries gives copies with their series; a copy of a view has no body, so the series
    // is set on the light record itself, where the copy has it: last.
    for (const [index, { series }] of seriesResult.posts.entries()) {
      if (series !== undefined) (posts[index] as Post).series = series;
    }
    const eventResult = extractEvents(posts.map((post) => this.store.view(post)));
    return {
      posts: [...posts],
      series: seriesResult.series,
      events: eventResult.events,
      issues: [...seriesResult.issues, ...eventResult.issues],
      store: this.store,
    };
  }

  /** Removes the bodies kept on disk (after a failure; a finished build closes `store`). */
  close(): void {
    this.store.close();
  }
}
