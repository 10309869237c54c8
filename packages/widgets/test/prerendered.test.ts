// A pre-rendered widget (a fragment from `cw build`: declarative shadow DOM with its data carried
// as inert JSON, see src/ssr.ts) when the elements are defined: the edge cases of adopting it.
// The whole path, from `cw build` to a partner's page, is in e2e/fragments.spec.ts.
import { describe, expect, it } from 'vitest';
import '../src/post-list';
import type { CwPostList } from '../src/post-list';
import { feed, json, posts, rendered, serve, settled, shadow, text } from './helpers';

const SRC = 'https://feeds.example/posts.json';

/** Parses a fragment as a browser parses a page (declarative shadow DOM attached) and connects it. */
function paste(carried: string): CwPostList {
  const host = document.createElement('div');
  host.setHTMLUnsafe(
    `<cw-post-list src="${SRC}"><template shadowrootmode="open">${carried}<p id="pre">Pre-rendered</p></template></cw-post-list>`,
  );
  const element = host.firstElementChild as CwPostList;
  // Parsed with its shadow root, before the element's own code runs.
  expect(element.shadowRoot?.getElementById('pre')).not.toBeNull();
  document.body.append(host);
  return element;
}

const seed = (data: string, at: number) =>
  `<script type="application/json" data-at="${at}">${data}</script>`;

describe('a pre-rendered <cw-post-list>', () => {
  it('renders the carried data at once, with no request, replacing the pre-rendered content', async () => {
    const calls = serve({});
    const element = paste(seed(JSON.stringify(feed(posts(3))), Date.now()));
    await rendered(element);
    expect(calls).toEqual([]);
    expect(element.state).toBe('ready');
    expect(text(element)).toContain('Post number 2');
    expect(shadow(element).getElementById('pre')).toBeNull();
    expect(shadow(element).querySelector('script')).toBeNull();
  });

  it('loads src when the carried JSON was damaged on the way', async () => {
    const calls = serve({ [SRC]: json(feed(posts(2))) });
    const element = paste(seed('{"version":"https://jsonfeed.org/vers', Date.now()));
    await settled(element);
    await rendered(element);
    expect(calls.map((call) => call.url)).toEqual([SRC]);
    expect(element.state).toBe('ready');
    expect(text(element)).toContain('Post number 1');
  });

  it('shows old carried data at once, then refreshes it from src once', async () => {
    const calls = serve({ [SRC]: json(feed(posts(2, 10))) });
    const element = paste(seed(JSON.stringify(feed(posts(2))), 0));
    await rendered(element);
    // Stale-while-revalidate: the carried posts, while the request is on its way.
    expect(element.state).toBe('stale');
    expect(text(element)).toContain('Post number 1');
    await settled(element);
    await rendered(element);
    expect(calls.map((call) => call.url)).toEqual([SRC]);
    expect(text(element)).toContain('Post number 11');
    expect(text(element)).not.toContain('Post number 1 ');
  });
});
