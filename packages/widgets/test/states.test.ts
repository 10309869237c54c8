// The behaviour every widget shares (states, fetching, cache, fallback, events), exercised through
// <cw-post-list>; the other elements reuse the same base class and are spot-checked in their own tests.
import { describe, expect, it, vi } from 'vitest';
import type { CwErrorEvent } from '../src/events/cw-error';
import type { CwLoadEvent } from '../src/events/cw-load';
import '../src/post-list';
import type { CwPostList } from '../src/post-list';
import {
  expectAccessible,
  feed,
  hang,
  json,
  mount,
  posts,
  rendered,
  serve,
  settled,
  shadow,
  text,
} from './helpers';

const URL1 = 'https://feeds.example/posts.json';
const FALLBACK =
  '<ul id="fallback"><li><a href="https://competencyworks.example/">Our posts</a></li></ul>';

async function failing(response: Parameters<typeof serve>[0][string], attrs = '') {
  serve({ [URL1]: response });
  const element = await mount<CwPostList>(
    `<cw-post-list src="${URL1}" ${attrs}>${FALLBACK}</cw-post-list>`,
  );
  const event = (await settled(element)) as CwErrorEvent;
  await rendered(element);
  return { element, event };
}

function expectFallbackShown(element: HTMLElement) {
  const slot = shadow(element).querySelector<HTMLSlotElement>('[part=error] slot:not([name])');
  expect(slot?.assignedElements().map((e) => e.id)).toEqual(['fallback']);
}

describe('states and faults', () => {
  it('shows a skeleton with aria-busy while loading (no fallback), accessible', async () => {
    serve({ [URL1]: hang });
    const element = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    expect(element.getAttribute('state')).toBe('loading');
    expect(shadow(element).querySelector('[part=base]')?.getAttribute('aria-busy')).toBe('true');
    expect(shadow(element).querySelector('[part=skeleton]')).not.toBeNull();
    await expectAccessible(element);
  });

  it('keeps the partner fallback content visible while loading', async () => {
    serve({ [URL1]: hang });
    const element = await mount<CwPostList>(
      `<cw-post-list src="${URL1}">${FALLBACK}</cw-post-list>`,
    );
    const slot = shadow(element).querySelector<HTMLSlotElement>('slot:not([name])');
    expect(slot?.assignedElements().map((e) => e.id)).toEqual(['fallback']);
    expect(shadow(element).querySelector('[part=skeleton]')).toBeNull();
    expect(document.getElementById('fallback')?.checkVisibility()).toBe(true);
  });

  it('404: error state, message, Retry, fallback kept, cw-error, accessible', async () => {
    const { element, event } = await failing(new Response('gone', { status: 404 }));
    expect(element.getAttribute('state')).toBe('error');
    expect([event.kind, event.status, event.url]).toEqual(['http', 404, URL1]);
    // Plain words for visitors; the technical detail goes to the page's developer in cw-error.
    expect(event.message).toBe('The server answered 404.');
    expect(text(element)).toContain('Sorry, the posts could not be loaded. Retry');
    expect(text(element)).not.toContain('404');
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe(
      'Could not load posts',
    );
    expect(shadow(element).querySelector('[part=base]')?.getAttribute('aria-busy')).toBe('false');
    expectFallbackShown(element);
    expect(document.getElementById('fallback')?.checkVisibility()).toBe(true);
    await expectAccessible(element);
  });

  it('500, then Retry succeeds', async () => {
    let attempts = 0;
    const { element, event } = await failing(() =>
      ++attempts === 1 ? json({ error: 'boom' }, 500) : json(feed(posts(2))),
    );
    expect(event.status).toBe(500);
    shadow(element).querySelector<HTMLButtonElement>('[part=retry]')?.click();
    await settled(element);
    await rendered(element);
    expect(element.state).toBe('ready');
    expect(shadow(element).querySelectorAll('[part=item]')).toHaveLength(2);
    expect(shadow(element).querySelector('[part=error]')).toBeNull();
  });

  it('times out after `timeout` ms and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const { element, event } = await failing(({ init }) => {
      signal = init?.signal ?? undefined;
      return hang({ init });
    }, 'timeout="30"');
    expect(event.kind).toBe('timeout');
    expect(event.message).toBe('No answer within 30 ms.');
    expect(signal?.aborted).toBe(true);
    expect(element.state).toBe('error');
  });

  it('invalid JSON is an error', async () => {
    const { element, event } = await failing(
      new Response('{"version": "https://jsonfeed.org/version/1.1", items: ['),
    );
    expect([event.kind, event.message]).toEqual(['json', 'The response is not valid JSON.']);
    expect(text(element)).not.toContain('JSON');
  });

  it('JSON that is not a JSON Feed is an error', async () => {
    const { element, event } = await failing(json({ posts: [{ title: 'x' }] }));
    expect(event.kind).toBe('format');
    expect(event.message).toContain('not a JSON Feed');
    expect(text(element)).toContain('Sorry, the posts could not be loaded.');
    await expectAccessible(element);
  });

  it('a slow response stays in loading, then becomes ready', async () => {
    let release = () => {};
    serve({
      [URL1]: () =>
        new Promise<Response>((resolve) => {
          release = () => resolve(json(feed(posts(1))));
        }),
    });
    const element = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(element.state).toBe('loading');
    release();
    await settled(element);
    expect(element.state).toBe('ready');
  });

  it('only loads http(s) URLs', async () => {
    const calls = serve({});
    const element = await mount<CwPostList>('<cw-post-list></cw-post-list>');
    const errors: CwErrorEvent[] = [];
    element.addEventListener('cw-error', (event) => errors.push(event));
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      element.src = src;
      await rendered(element);
    }
    expect(calls).toHaveLength(0);
    expect(errors.map((e) => e.kind)).toEqual(['url', 'url', 'url']);
    expect(element.state).toBe('error');
  });

  it('shares one request between all elements asking for the same URL', async () => {
    const calls = serve({
      [URL1]: () => new Promise((r) => setTimeout(() => r(json(feed(posts(3)))), 20)),
    });
    const host = await mount<HTMLDivElement>(
      `<div><cw-post-list src="${URL1}"></cw-post-list><cw-post-list src="${URL1}" limit="1"></cw-post-list></div>`,
    );
    const [a, b] = [...host.querySelectorAll('cw-post-list')] as [CwPostList, CwPostList];
    await Promise.all([settled(a), settled(b)]);
    expect(calls).toHaveLength(1);
    expect([a.state, b.state]).toEqual(['ready', 'ready']);
  });

  it('serves a fresh cached copy without a request, within ttl', async () => {
    const calls = serve({ [URL1]: json(feed(posts(2))) });
    const first = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    await settled(first);
    const loads: CwLoadEvent[] = [];
    document.addEventListener('cw-load', (e) => loads.push(e), { once: true });
    const second = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    expect(second.state).toBe('ready');
    expect(loads[0]?.fromCache).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('stale-while-revalidate: shows the cached copy in state stale, then the fresh one', async () => {
    let version = 0;
    const calls = serve({
      [URL1]: () => {
        version++;
        return new Promise((r) => setTimeout(() => r(json(feed(posts(version)))), 30));
      },
    });
    const first = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    await settled(first);
    const second = await mount<CwPostList>(`<cw-post-list src="${URL1}" ttl="0"></cw-post-list>`);
    // Listen before the axe run: the fresh copy may arrive while axe works.
    const refreshed = settled(second);
    expect(second.getAttribute('state')).toBe('stale');
    expect(shadow(second).querySelectorAll('[part=item]')).toHaveLength(1);
    await expectAccessible(second);
    const fresh = (await refreshed) as CwLoadEvent;
    await rendered(second);
    expect([fresh.fromCache, second.state]).toEqual([false, 'ready']);
    expect(shadow(second).querySelectorAll('[part=item]')).toHaveLength(2);
    expect(calls).toHaveLength(2);
  });

  it('keeps cached data when a refresh fails (stale, with a notice and Retry)', async () => {
    let n = 0;
    serve({ [URL1]: () => (++n === 1 ? json(feed(posts(2))) : json({}, 503)) });
    await settled(await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`));
    const element = await mount<CwPostList>(`<cw-post-list src="${URL1}" ttl="0"></cw-post-list>`);
    await settled(element);
    await rendered(element);
    expect(element.state).toBe('stale');
    expect(shadow(element).querySelectorAll('[part=item]')).toHaveLength(2);
    expect(shadow(element).querySelector('[part=notice]')?.textContent?.trim()).toBe(
      'Showing saved posts; newer ones could not be loaded. Retry',
    );
    await expectAccessible(element);
  });

  it('offline: state offline, with cached data when there is some', async () => {
    serve({ [URL1]: json(feed(posts(1))) });
    await settled(await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const cached = await mount<CwPostList>(`<cw-post-list src="${URL1}" ttl="0"></cw-post-list>`);
    await settled(cached);
    await rendered(cached);
    expect(cached.state).toBe('offline');
    expect(shadow(cached).querySelectorAll('[part=item]')).toHaveLength(1);
    const bare = await mount<CwPostList>(
      `<cw-post-list src="https://feeds.example/other.json">${FALLBACK}</cw-post-list>`,
    );
    const event = (await settled(bare)) as CwErrorEvent;
    await rendered(bare);
    expect([bare.state, event.kind]).toEqual(['offline', 'offline']);
    expectFallbackShown(bare);
    await expectAccessible(bare);
    vi.restoreAllMocks();
  });

  it('a page fetch wrapper that throws instead of rejecting is an error too', async () => {
    vi.stubGlobal('fetch', () => {
      throw new TypeError('blocked by the page');
    });
    const element = await mount<CwPostList>(
      `<cw-post-list src="${URL1}">${FALLBACK}</cw-post-list>`,
    );
    const event = (await settled(element)) as CwErrorEvent;
    await rendered(element);
    expect([element.state, event.kind]).toEqual(['error', 'network']);
    expectFallbackShown(element);
  });

  it('a network error while online is an error', async () => {
    const { element, event } = await failing(() =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect([element.state, event.kind]).toEqual(['error', 'network']);
  });

  it('aborts the request when removed from the page, and when src changes', async () => {
    const signals: AbortSignal[] = [];
    serve({
      [URL1]: ({ init }) => {
        if (init?.signal) signals.push(init.signal);
        return hang({ init });
      },
      'https://feeds.example/b.json': json(feed(posts(1))),
    });
    const element = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    element.remove();
    expect(signals[0]?.aborted).toBe(true);
    const other = await mount<CwPostList>(`<cw-post-list src="${URL1}"></cw-post-list>`);
    other.src = 'https://feeds.example/b.json';
    await settled(other);
    expect(signals[1]?.aborted).toBe(true);
    expect(other.state).toBe('ready');
  });

  it('keeps a shared request going while any element still waits for it', async () => {
    const signals: AbortSignal[] = [];
    let answer: (response: Response) => void = () => {};
    serve({
      [URL1]: ({ init }) => {
        if (init?.signal) signals.push(init.signal);
        return new Promise((resolve) => {
          answer = resolve;
        });
      },
    });
    const host = await mount<HTMLDivElement>(
      `<div><cw-post-list src="${URL1}"></cw-post-list><cw-post-list src="${URL1}"></cw-post-list></div>`,
    );
    const [a, b] = [...host.querySelectorAll('cw-post-list')] as [CwPostList, CwPostList];
    a.remove();
    expect(signals.map((signal) => signal.aborted)).toEqual([false]);
    answer(json(feed(posts(2))));
    await settled(b);
    expect(b.state).toBe('ready');
    const c = await mount<CwPostList>(`<cw-post-list src="${URL1}" ttl="0"></cw-post-list>`);
    const d = await mount<CwPostList>(`<cw-post-list src="${URL1}" ttl="0"></cw-post-list>`);
    c.remove();
    d.remove();
    expect(signals.map((signal) => signal.aborted)).toEqual([false, true]);
  });

  it('reflects state and renders header and footer slots', async () => {
    const element = await mount<CwPostList>(
      '<cw-post-list><h2 slot="header">News</h2><a slot="footer" href="https://competencyworks.example/">All</a></cw-post-list>',
    );
    element.items = posts(1);
    await rendered(element);
    expect(element.getAttribute('state')).toBe('ready');
    const names = [...shadow(element).querySelectorAll<HTMLSlotElement>('slot[name]')]
      .filter((s) => s.assignedElements().length)
      .map((s) => s.name);
    expect(names).toEqual(['header', 'footer']);
  });

  it('replaces the default error message with the error slot', async () => {
    serve({});
    const element = await mount<CwPostList>(
      `<cw-post-list src="${URL1}"><p slot="error">Posts are unavailable.</p></cw-post-list>`,
    );
    await settled(element);
    await rendered(element);
    const slot = shadow(element).querySelector<HTMLSlotElement>('slot[name=error]');
    expect(slot?.assignedElements()[0]?.textContent).toBe('Posts are unavailable.');
  });
});
