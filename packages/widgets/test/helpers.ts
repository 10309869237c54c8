import type { Event as CalendarEvent } from '@competencyworks/events/calendar';
import axe from 'axe-core';
import { afterEach, expect, vi } from 'vitest';
import { clearCache } from '../src/_lib/fetchJson';
import { CHUNK } from '../src/_lib/pause';

type Route =
  | Response
  | ((request: { url: string; init: RequestInit | undefined }) => Response | Promise<Response>);

/** A JSON response, as a server would send it. */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/feed+json' },
  });

/**
 * Replaces `fetch` with a router over absolute URLs; anything else answers 404. Returns the
 * recorded calls.
 */
export function serve(
  routes: Record<string, Route>,
): { url: string; init: RequestInit | undefined }[] {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const route = routes[url];
    if (route === undefined) return new Response('not found', { status: 404 });
    return typeof route === 'function' ? route({ url, init }) : route.clone();
  });
  return calls;
}

/** A response that never arrives, but rejects when the request is aborted (like fetch). */
export const hang = ({ init }: { init: RequestInit | undefined }): Promise<Response> =>
  new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

/** The seed archive's webinar: January 11, 2017, 2:00-3:00 p.m. in New York. */
export const webinar: CalendarEvent = {
  id: '2017-01-11-advancing-competency-education-in-new-england',
  title: 'Advancing Competency Education in New England',
  kind: 'webinar',
  start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
  end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
  allDay: false,
  yearInferred: true,
  attendanceMode: 'online',
  registrationUrl: 'https://attendee.example/register/123',
  capacity: 60,
  presenters: [{ name: 'Paul Leather' }, { name: 'David Ruff' }, { name: 'Chris Sturgis' }],
  status: 'scheduled',
  sourcePostId: 'cw-2016-12-19-january-11th-webinar',
  evidence: [],
};

/** A multi-day, all-day conference at a venue. */
export const symposium: CalendarEvent = {
  id: '2016-10-25-inacol-symposium',
  title: 'iNACOL Symposium',
  kind: 'conference',
  start: { date: '2016-10-25' },
  end: { date: '2016-10-28' },
  allDay: true,
  yearInferred: false,
  attendanceMode: 'offline',
  location: {
    name: 'Henry B. González Convention Center',
    address: 'San Antonio, TX',
    url: 'https://venue.example/',
  },
  presenters: [],
  status: 'scheduled',
  sourcePostId: 'x',
  evidence: [],
};

/** A JSON Feed 1.1 document. */
export const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'CompetencyWorks',
  items,
  ...extra,
});

/** n generated JSON Feed items carrying the `_competencyworks` extension. */
export function posts(n: number, start = 0): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, k) => {
    const i = start + k;
    return {
      id: `post-${i}`,
      url: `https://competencyworks.example/post-${i}/`,
      title: `Post number ${i}`,
      summary: `Excerpt of post ${i}.`,
      date_published: '2016-12-19T14:05:00Z',
      authors: [{ name: 'Chris Sturgis' }],
      tags: i % 2 ? ['odd'] : ['even'],
      _competencyworks: {
        published: '2016-12-19',
        categories: [{ name: 'Policy', slug: 'policy' }],
      },
    };
  });
}

/** Puts markup in the page and waits for the first render of its first element. */
export async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const element = host.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Resolves with the next `cw-load` or `cw-error` event the element fires. */
export const settled = (element: HTMLElement): Promise<Event> =>
  new Promise((resolve) => {
    const done = (event: Event) => {
      element.removeEventListener('cw-load', done);
      element.removeEventListener('cw-error', done);
      resolve(event);
    };
    element.addEventListener('cw-load', done);
    element.addEventListener('cw-error', done);
  });

/** Waits for the element's pending render. */
export async function rendered(element: HTMLElement): Promise<void> {
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** The shadow root, typed. */
export const shadow = (element: HTMLElement): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
};

/** All visible text in the shadow root, whitespace collapsed. */
export const text = (element: HTMLElement): string =>
  (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();

/** axe-core on the element, its shadow DOM included; fails with the violations' ids and targets. */
export async function expectAccessible(element: HTMLElement): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Resolves after the next frame has been rendered and a task has run after it. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The `<li>` cards a list has rendered so far. */
export const cardCount = (element: HTMLElement): number =>
  shadow(element).querySelectorAll('[part=item]').length;

/**
 * Scrolls a long list to its last card until `total` cards are rendered, as a visitor would
 * (scrolling on while no more cards come). Returns how many cards each task that changed the
 * list added (a MutationObserver sees each task's changes together).
 */
export async function scrollToEnd(element: HTMLElement, total: number): Promise<number[]> {
  const added: number[] = [];
  let seen = cardCount(element);
  const observer = new MutationObserver(() => {
    const now = cardCount(element);
    if (now > seen) added.push(now - seen);
    seen = now;
  });
  observer.observe(shadow(element), { childList: true, subtree: true });
  try {
    while (cardCount(element) < total) {
      const before = cardCount(element);
      await vi.waitFor(
        () => {
          [...shadow(element).querySelectorAll('[part=item]')].at(-1)?.scrollIntoView();
          expect(cardCount(element)).toBeGreaterThan(before);
        },
        { timeout: 5000 },
      );
    }
  } finally {
    observer.disconnect();
  }
  return added;
}

/**
 * Checks that a long list renders as the page can afford: one chunk at first and nothing more
 * while the visitor stays at the top, then a chunk per scroll, each in a task of its own, until
 * four chunks are on the page.
 */
export async function expectChunkedRendering(element: HTMLElement): Promise<void> {
  expect(cardCount(element)).toBe(CHUNK);
  await nextFrame();
  await nextFrame();
  expect(cardCount(element)).toBe(CHUNK);
  const added = await scrollToEnd(element, 4 * CHUNK);
  expect(added.length).toBeGreaterThanOrEqual(3);
  expect(added.every((count) => count === CHUNK)).toBe(true);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  clearCache();
  document.body.replaceChildren();
});
