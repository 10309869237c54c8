import { addCalendarDays, type ParseIssue } from '@competencyworks/core';
import { type Event, type ExtractEventsResult, extractEvents } from '@competencyworks/events';
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

/** The post as collation sees it: everything but the body (empty, so no extractor reads the excerpt instead). */
function lightPost(post: Post): Post {
  return post.contentHtml === undefined || post.contentHtml === ''
    ? post
    : { ...post, contentHtml: '' };
}

/**
 * Whether series detection reads anything in the post's body: its claim ("This post is part of
 * the X series") or the parts it names ("Read Part 1"). Without the body a post can only claim
 * by its title or excerpt, which the light record keeps, so evidence from the content is the
 * whole difference.
 */
function seriesReadBody(post: Post): boolean {
  return JSON.stringify(detectSeries([post]).series).includes('"field":"content"');
}

/**
 * Whether event extraction finds something else in the post alone than in its light record: a
 * body can add an event, add to one the title announces, or show it is not one.
 */
function eventsReadBody(post: Post, light: Post): boolean {
  const events = (found: ExtractEventsResult) => JSON.stringify([found.events, found.issues]);
  return events(extractEvents([post])) !== events(extractEvents([light]));
}

/**
 * Runs the extractors as posts stream in, keeping memory bounded: origins are a post's own, so
 * they are found at once; series and events are collated across posts, over light records
 * (posts without their body, which goes to disk). A body stays in memory only when it changes
 * what the post says on its own: a post whose series or events, read alone, differ with and
 * without its body. Collation then gives what it would over whole posts, with one exception
 * handled in {@link ContentExtractor.finish}: a conference is also found in posts that mention
 * it, so the posts of the year before one get their bodies back before events are collated.
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
    const light = lightPost(post);
    if (light === post) {
      this.posts.push(post);
      return;
    }
    this.store.put(post);
    const bodyMatters = seriesReadBody(post) || eventsReadBody(post, light);
    this.posts.push(bodyMatters ? post : light);
  }

  /**
   * Collates series and events over the light records. Posts keep their input order; series and
   * events come out in the extractors' order.
   *
   * @returns The content; its posts are light records whose bodies `store` gives back.
   */
  finish(): Content {
    const seriesResult = detectSeries(this.posts);
    let eventResult = extractEvents(seriesResult.posts);
    const windows = eventResult.events
      .filter((event) => event.kind === 'conference')
      .map((event) => ({
        // A day of margin each side: extractors read a post's day from its own offset.
        from: addCalendarDays(event.start.date, -367),
        to: addCalendarDays(event.end?.date ?? event.start.date, 1),
      }));
    if (windows.length > 0) {
      const inWindow = (post: Post) => {
        const day = post.published?.slice(0, 10);
        return day !== undefined && windows.some(({ from, to }) => day >= from && day <= to);
      };
      const mentioning = seriesResult.posts.map((post) =>
        inWindow(post) && post.contentHtml === ''
          ? (this.store.withBodies([post])[0] ?? post)
          : post,
      );
      eventResult = extractEvents(mentioning);
    }
    return {
      // Light records only: bodies kept in memory for collation go back to the store.
      posts: seriesResult.posts.map((post) =>
        this.store.has(post.id) ? { ...post, contentHtml: '' } : post,
      ),
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
