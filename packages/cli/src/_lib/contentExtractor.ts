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
 * Runs the extractors over posts streamed in, keeping memory bounded: each post's body goes to
 * disk as it comes and only its light record (the post without its body) stays in memory. The
 * extractors (origins, series, events) run once, at the end, over views of the light records
 * that read each body from disk as they ask for it (see {@link PostStore.view}): they give what
 * they would over whole posts, with one body in memory at a time.
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

  /** Keeps a post: its body on disk, its light record in memory. */
  add(post: Post): void {
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
    // One view per post for both extractors: what they work out from a body (its pre-scan, its
    // rendered text) is kept per post object, so the events pass reuses the series pass's.
    const views = posts.map((post) => this.store.view(post));
    // Origins are a post's own; found here rather than as posts come in, so that the body is
    // pre-scanned once for all three extractors.
    for (const [index, view] of views.entries()) {
      if (view.origin.length > 0) continue;
      const origin = detectOrigins(view);
      if (origin.length === 0) continue;
      view.origin = origin;
      (posts[index] as Post).origin = origin;
    }
    const seriesResult = detectSeries(views);
    // detectSeries gives copies with their series; a copy of a view has no body, so the series
    // is set on the view, for events, and on the light record itself, where the copy has it: last.
    for (const [index, { series }] of seriesResult.posts.entries()) {
      if (series === undefined) continue;
      (posts[index] as Post).series = series;
      (views[index] as Post).series = series;
    }
    const eventResult = extractEvents(views);
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
