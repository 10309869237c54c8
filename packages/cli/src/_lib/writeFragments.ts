import type { Event } from '@competencyworks/events';
import { type FragmentTag, renderFragment } from '@competencyworks/widgets/ssr';
import { bundleUrl } from './bundleFiles';
import type { FileContent } from './writeBundle';

/** Settings that shape the fragments. */
export interface FragmentSettings {
  /** Where the bundle will be served: makes each fragment's `src` absolute, so it works on any page. */
  baseUrl?: string;
  /** When the data was current: the live element refreshes it once it is older than its `ttl`. */
  now: Date;
}

/** Posts the list fragment shows before "Load more". */
const LIST_LIMIT = '10';

/** The bundle files a fragment is rendered from: read as they pass, written before. */
const isData = (path: string) =>
  path === 'posts.json' || path === 'events.json' || /^series\/[^/]+\.json$/.test(path);

/**
 * Passes the bundle's files through unchanged and, after them, adds an HTML fragment per widget
 * over the data they hold (`docs/guide/bundle-format.md`, "fragments/"): the element with its
 * content pre-rendered in declarative shadow DOM and its data carried as inert JSON, for partner
 * pages that strip scripts. With the drop-in script on the page, each becomes the live element
 * without a request.
 *
 * - `fragments/post-list.html`: `<cw-post-list>` over `posts.json`, the first 10 posts.
 * - `fragments/post-card.html`: `<cw-post-card>`, the latest post.
 * - `fragments/event-list.html`: `<cw-event-list>` over `events.json`, upcoming events.
 * - `fragments/event-card.html`: `<cw-event-card>`, the next event (else the latest); only when there are events.
 * - `fragments/series-nav/<slug>.html`: `<cw-series-nav>` per `series/<slug>.json`.
 *
 * @param files - The bundle's files, as {@link bundleFiles} yields them.
 * @param settings - The base URL and the build time.
 * @returns The same files, then the fragments.
 * @example
 * writeBundle(outDir, writeFragments(bundleFiles(content, settings), { now }), ...);
 * //=> ..., ['fragments/post-list.html', '<cw-post-list src="posts.json" limit="10" ...'], ...
 */
export function* writeFragments(
  files: Iterable<readonly [string, FileContent]>,
  settings: FragmentSettings,
): Generator<[string, FileContent]> {
  const data = new Map<string, unknown>();
  for (const [path, content] of files) {
    if (typeof content === 'string' && isData(path)) data.set(path, JSON.parse(content));
    yield [path, content];
  }
  const fragment = (tag: FragmentTag, src: string, attributes: Record<string, string> = {}) =>
    `${renderFragment({
      tag,
      attributes: { src: bundleUrl(src, settings.baseUrl), ...attributes },
      data: data.get(src),
      // Relative links in the data resolve against the bundle, as in the browser.
      base: settings.baseUrl ?? 'https://cw-bundle.invalid/',
      now: settings.now,
    })}\n`;
  if (data.has('posts.json')) {
    yield [
      'fragments/post-list.html',
      fragment('cw-post-list', 'posts.json', { limit: LIST_LIMIT }),
    ];
    yield ['fragments/post-card.html', fragment('cw-post-card', 'posts.json')];
  }
  const events = (data.get('events.json') as { events?: Event[] } | undefined)?.events;
  if (events) {
    yield ['fragments/event-list.html', fragment('cw-event-list', 'events.json')];
    const shown = nextEvent(events, settings.now);
    if (shown) {
      yield [
        'fragments/event-card.html',
        fragment('cw-event-card', 'events.json', { 'event-id': shown.id }),
      ];
    }
  }
  for (const path of data.keys()) {
    if (path.startsWith('series/')) {
      const name = path.slice('series/'.length).replace(/\.json$/, '.html');
      yield [`fragments/series-nav/${name}`, fragment('cw-series-nav', path)];
    }
  }
}

/** The first event that has not started by `now`'s day (UTC), else the latest; `events` are sorted by day. */
function nextEvent(events: readonly Event[], now: Date): Event | undefined {
  const today = now.toISOString().slice(0, 10);
  return events.find((event) => event.start.date >= today) ?? events.at(-1);
}
