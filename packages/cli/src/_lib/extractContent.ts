import type { ParseIssue } from '@competencyworks/core';
import { type Event, extractEvents } from '@competencyworks/events';
import { detectOrigins, type Post } from '@competencyworks/posts';
import { detectSeries, type Series } from '@competencyworks/series';

/** Everything a bundle is made of. */
export interface Content {
  posts: Post[];
  series: Series[];
  events: Event[];
  issues: ParseIssue[];
}

/**
 * Runs the extractors over parsed posts: origins per post, then series across all posts, then
 * events. Posts keep their parse order; series and events come out in the extractors' order.
 */
export function extractContent(parsed: readonly Post[]): Content {
  const withOrigins = parsed.map((post) => {
    if (post.origin.length > 0) return post;
    const origin = detectOrigins(post);
    return origin.length > 0 ? { ...post, origin } : post;
  });
  const seriesResult = detectSeries(withOrigins);
  const eventResult = extractEvents(seriesResult.posts);
  return {
    // Fresh objects: postText caches each post's rendered text in a WeakMap keyed by the post,
    // and nothing after extraction needs it, so letting those keys go frees the cache.
    posts: seriesResult.posts.map((post) => ({ ...post })),
    series: seriesResult.series,
    events: eventResult.events,
    issues: [...seriesResult.issues, ...eventResult.issues],
  };
}
