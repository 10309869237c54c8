// Every element in every state at a phone's width and a desktop's: nothing widens the page (a
// long unbroken word used to make a 360 px page 5,320 px wide), axe finds nothing, and a
// screenshot of each is saved under __screenshots__/ (git-ignored) for a person to look at.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../src/index';
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
  webinar,
} from './helpers';

const LONG = `Competency${'based'.repeat(40)}Education`;
const URL = 'https://screens.example/data.json';

type Widget = HTMLElement & { state: string; updateComplete: Promise<unknown> };

const data = {
  'cw-post-list': feed(
    posts(3).map((post, i) => (i ? post : { ...post, title: `A title with ${LONG}` })),
  ),
  'cw-post-card': feed([{ ...posts(1)[0], title: LONG, summary: `An excerpt ${LONG}` }]),
  'cw-event-card': { version: 1, events: [{ ...webinar, title: `Webinar ${LONG}` }] },
  'cw-event-list': {
    version: 1,
    events: [
      { ...webinar, description: `About ${LONG}` },
      { ...webinar, id: 'b', title: 'A second webinar' },
    ],
  },
  'cw-series-nav': {
    id: 's',
    title: `Series ${LONG}`,
    kind: 'series',
    parts: [1, 2, 3].map((position) => ({
      position,
      title: `Part ${position}: ${LONG}`,
      postId: `p${position}`,
      url: `https://screens.example/p${position}`,
    })),
  },
};
const empty = {
  'cw-post-list': feed([]),
  'cw-post-card': feed([]),
  'cw-event-card': { version: 1, events: [] },
  'cw-event-list': { version: 1, events: [] },
  'cw-series-nav': { id: 's', title: 'S', kind: 'series', parts: [] },
};

const states = {
  loading: () => hang,
  ready: (tag: keyof typeof data) => json(data[tag]),
  empty: (tag: keyof typeof data) => json(empty[tag]),
  error: () => new Response('gone', { status: 404 }),
};

describe.each([360, 1280])('at %i px', (width) => {
  it.each(Object.keys(data) as (keyof typeof data)[])('%s in every state', async (tag) => {
    await page.viewport(width, 800);
    for (const [state, answer] of Object.entries(states)) {
      // One URL per state: the page-wide cache would otherwise answer with the last state's data.
      const src = `${URL}?${state}`;
      serve({ [src]: answer(tag) });
      const attributes = tag === 'cw-series-nav' ? 'current="p2" toc-open' : 'when="all"';
      const element = await mount<Widget>(`<${tag} src="${src}" ${attributes}></${tag}>`);
      if (state !== 'loading') await settled(element);
      await rendered(element);
      expect(element.state).toBe(state);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      await expectAccessible(element);
      await page.screenshot({
        path: `__screenshots__/${tag}-${state}-${width}.png`,
        element: document.body,
      });
      document.body.replaceChildren();
    }
  });
});
