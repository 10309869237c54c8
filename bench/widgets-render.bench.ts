// Render benchmark for <cw-post-list> (issue 6 budgets): first render of 20 posts, then appending
// 1,000 posts while a PerformanceObserver collects long tasks; a plain Lit list of the same cards
// is the peer, interleaved with ours in the same browser. Times are taken inside the page
// (cases that return their own time). Needs the built drop-in bundle: `pnpm turbo run build --filter=@competencyworks/widgets`,
// then `pnpm bench widgets-render`. The server and the browser start in the first case's setup, not
// on import (run.ts imports this file to list its suites).
import { readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import type { BenchSuite, SelfTimed } from './_lib/suite';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'packages/widgets/dist/cdn/cw-widgets.js');
// Lit for the peer, served unbundled through an import map from the widgets' own dependency.
const litDir = realpathSync(join(root, 'packages/widgets/node_modules/lit'));
const storeDir = dirname(litDir);
const mains: Record<string, string> = {
  lit: 'index.js',
  'lit-html': 'lit-html.js',
  'lit-element': 'index.js',
  '@lit/reactive-element': 'reactive-element.js',
};
const packages: Record<string, string> = {
  lit: litDir,
  'lit-html': join(storeDir, 'lit-html'),
  'lit-element': join(storeDir, 'lit-element'),
  '@lit/reactive-element': join(storeDir, '@lit/reactive-element'),
};

const posts = (n: number, start = 0) =>
  Array.from({ length: n }, (_, k) => ({
    id: `post-${start + k}`,
    url: `https://competencyworks.example/post-${start + k}/`,
    title: `Post number ${start + k}: competency-based learning in practice`,
    summary: 'Districts and schools share what they learned moving to competency-based education.',
    date_published: '2016-12-19T14:05:00Z',
    authors: [{ name: 'Chris Sturgis' }],
    _competencyworks: { published: '2016-12-19', series: { seriesId: 's', position: 3 } },
  }));

/** A 10,000-item feed with HTML content, as a big blog's full export feed would be. */
const bigFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'bench',
  items: posts(10_000).map(({ summary, ...item }) => ({
    ...item,
    content_html: `<p>${summary} <a href="/x">More</a> &amp; <em>caf&eacute;</em>.</p>`.repeat(8),
  })),
});

/** 10,000 upcoming webinars, one a day from 2040, as a big `events.json` would hold them. */
const bigEvents = JSON.stringify({
  version: 1,
  events: Array.from({ length: 10_000 }, (_, k) => {
    const day = new Date(Date.UTC(2040, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `event-${k}`,
      title: `Webinar ${k}: advancing competency education`,
      kind: 'webinar',
      start: { date: day, time: '14:00', timeZone: 'America/New_York' },
      end: { date: day, time: '15:00', timeZone: 'America/New_York' },
      allDay: false,
      attendanceMode: 'online',
      registrationUrl: `https://attendee.example/register/${k}`,
      capacity: 60,
      presenters: [{ name: 'Paul Leather' }, { name: 'Chris Sturgis' }],
      description:
        'Districts and schools share what they learned moving to competency-based education.',
      status: 'scheduled',
    };
  }),
});

const importMap = JSON.stringify({
  imports: Object.fromEntries(
    Object.keys(packages).flatMap((name) => [
      [name, `/m/${name}/${mains[name]}`],
      [`${name}/`, `/m/${name}/`],
    ]),
  ),
});

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="importmap">${importMap}</script></head><body><main id="app"></main></body></html>`;

function startServer() {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    try {
      if (url === '/') {
        res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      } else if (url === '/feed.json') {
        // A feed that takes a network round trip to arrive.
        const feed = {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'bench',
          items: posts(20, 9000),
        };
        setTimeout(
          () =>
            res
              .writeHead(200, { 'content-type': 'application/feed+json' })
              .end(JSON.stringify(feed)),
          150,
        );
      } else if (url === '/feed-10000.json') {
        res.writeHead(200, { 'content-type': 'application/feed+json' }).end(bigFeed);
      } else if (url === '/events-10000.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(bigEvents);
      } else if (url === '/cw-widgets.js') {
        const body = readFileSync(bundle);
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
      } else if (url.startsWith('/m/')) {
        const [, , name1 = '', ...rest] = url.split('/');
        const name = name1.startsWith('@') ? `${name1}/${rest.shift()}` : name1;
        const dir = packages[name];
        if (!dir) throw new Error(url);
        const body = readFileSync(join(dir, ...rest));
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
      } else {
        res.writeHead(404).end();
      }
    } catch {
      if (!res.headersSent) res.writeHead(404).end();
    }
  });
}

let started: Promise<{ browser: Browser; origin: string }> | undefined;

/** The page server and the browser, started once per process. */
function browserAndServer(): Promise<{ browser: Browser; origin: string }> {
  started ??= (async () => {
    const server = startServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH.');
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    return { browser, origin };
  })();
  return started;
}

// tsx compiles the page functions with esbuild's keepNames, which calls a `__name` helper.
const newPage = async () => {
  const tab = await (await browserAndServer()).browser.newPage();
  await tab.addInitScript('globalThis.__name = (f) => f;');
  await tab.goto((await browserAndServer()).origin);
  return tab;
};

interface Run {
  /**
   * First render on a fresh page, the script loaded in an earlier task (templates and JIT cold;
   * our widgets warm Intl in idle time once loaded, the peer does not): script until updateComplete.
   */
  first: number;
  /** The same plus the synchronous style and layout it causes (forced by reading offsetHeight). */
  firstLayout: number;
  /** A second element rendering 20 other posts on the same page (everything warm). */
  warm: number;
  warmLayout: number;
  appendTotal: number;
  longTasks: number[];
}

/** What each list is given: 20 posts first, then 1,000 more, and 20 others for a warm render. */
const lists = { first: posts(20), more: posts(1000, 20), warmItems: posts(20, 5000) };

/**
 * Runs in the page, the same for our element and the peer (`tag`, already defined): the first
 * render of 20 posts, a warm render in a second element, then appending 1,000 posts while a
 * PerformanceObserver collects long tasks, until every card is in the shadow root.
 */
async function measureList({ tag, first, more, warmItems }: typeof lists & { tag: string }) {
  type List = HTMLElement & { items: unknown[]; updateComplete: Promise<unknown> };
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  /** Sets `items` on a connected, rendered list: script time, and with the style and layout it causes. */
  const timeRender = async (list: List, items: unknown[]) => {
    const t = performance.now();
    list.items = items;
    await list.updateComplete;
    const script = performance.now() - t;
    void document.body.offsetHeight;
    return { script, layout: performance.now() - t };
  };
  const el = document.createElement(tag) as List;
  document.getElementById('app')?.append(el);
  await el.updateComplete;
  const { script: firstRender, layout: firstLayout } = await timeRender(el, first);
  await new Promise((r) => setTimeout(r, 300));
  const other = document.createElement(tag) as List;
  document.getElementById('app')?.prepend(other);
  await other.updateComplete;
  const { script: warm, layout: warmLayout } = await timeRender(other, warmItems);
  other.remove();
  await new Promise((r) => setTimeout(r, 300));
  longTasks.length = 0;
  const t1 = performance.now();
  el.items = [...first, ...more];
  await el.updateComplete;
  // Our list renders long lists in chunks over several tasks; the peer renders all at once.
  // Our list renders a chunk more as its last card nears the viewport: scroll as a visitor
  // would. The peer has rendered everything already.
  const cards = () => el.shadowRoot?.querySelectorAll('li') ?? [];
  while (cards().length < first.length + more.length) {
    [...cards()].at(-1)?.scrollIntoView();
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const appendTotal = performance.now() - t1;
  await new Promise((r) => setTimeout(r, 300));
  return {
    first: firstRender,
    firstLayout,
    warm,
    warmLayout,
    appendTotal,
    longTasks: [...longTasks],
  };
}

async function widgetRun(): Promise<Run> {
  const tab = await newPage();
  await tab.addScriptTag({ url: '/cw-widgets.js', type: 'module' });
  await tab.waitForFunction(() => customElements.get('cw-post-list') !== undefined);
  const result = await tab.evaluate(measureList, { tag: 'cw-post-list', ...lists });
  await tab.close();
  return result;
}

/**
 * The usual partner page: a fresh page, `<cw-post-list src>`, a feed that arrives after 150 ms.
 * Times the render that follows the response: from `cw-load` to updateComplete (script), and
 * with the style and layout it causes.
 */
async function srcRun(): Promise<{ script: number; layout: number }> {
  const tab = await newPage();
  await tab.addScriptTag({ url: '/cw-widgets.js', type: 'module' });
  await tab.waitForFunction(() => customElements.get('cw-post-list') !== undefined);
  const result = await tab.evaluate(async () => {
    const el = document.createElement('cw-post-list') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const loaded = new Promise<number>((resolve) =>
      el.addEventListener('cw-load', () => resolve(performance.now()), { once: true }),
    );
    el.setAttribute('src', '/feed.json');
    document.getElementById('app')?.append(el);
    const t0 = await loaded;
    await el.updateComplete;
    const script = performance.now() - t0;
    void document.body.offsetHeight;
    return { script, layout: performance.now() - t0 };
  });
  await tab.close();
  return result;
}

/**
 * The worst case: `items` set in the very task that runs the widgets script (a bundle that
 * imports the widgets and renders at once), so the page's first use of Intl (ICU loading) falls
 * inside the render. Also times that first Intl use alone on another fresh page.
 */
async function sameTaskRun(): Promise<{ render: number; intlAlone: number }> {
  const tab = await newPage();
  const render = await tab.evaluate(async (items) => {
    await import(`${location.origin}/cw-widgets.js`);
    // Still the task that evaluated the module: no idle time has passed.
    const t0 = performance.now();
    const el = document.createElement('cw-post-list');
    document.getElementById('app')?.append(el);
    el.items = items;
    await el.updateComplete;
    return performance.now() - t0;
  }, lists.first);
  await tab.close();
  const blank = await newPage();
  const intlAlone = await blank.evaluate(() => {
    const t0 = performance.now();
    new Intl.DateTimeFormat().resolvedOptions();
    return performance.now() - t0;
  });
  await blank.close();
  return { render, intlAlone };
}

/**
 * A 10,000-item file through `src` on a fresh page (a JSON Feed for `<cw-post-list>`, an
 * `events.json` for `<cw-event-list>`), with `limit` (10) or without: the longest task from
 * setting `src` until the first cards are on screen (`limit` cards, else the first chunk of
 * 20) and the page has been idle for a while, and the cards shown. With `scroll`, the visitor
 * then scrolls to the last card that many times (a chunk more each time) and the longest task
 * of that phase is returned instead.
 */
async function bigRun(
  limit: number,
  tag = 'cw-post-list',
  scroll = 0,
): Promise<{ longest: number; cards: number; wall: number }> {
  const tab = await newPage();
  await tab.addScriptTag({ url: '/cw-widgets.js', type: 'module' });
  await tab.waitForFunction((tag) => customElements.get(tag) !== undefined, tag);
  const result = await tab.evaluate(
    async ([limit, tag, scroll]) => {
      const longTasks: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      const el = document.createElement(tag as string);
      if (limit) el.setAttribute('limit', String(limit));
      const t0 = performance.now();
      el.setAttribute('src', tag === 'cw-post-list' ? '/feed-10000.json' : '/events-10000.json');
      document.getElementById('app')?.append(el);
      await new Promise((resolve) => el.addEventListener('cw-load', resolve, { once: true }));
      const cards = () => el.shadowRoot?.querySelectorAll('[part=item]') ?? [];
      // Without a limit the first chunk: 20 cards (CHUNK in the widgets' _lib/pause.ts).
      const want = limit || 20;
      while (cards().length < want) await new Promise((r) => setTimeout(r, 5));
      // Anything still running (idle work, a stray chunk) shows up as a task meanwhile.
      await new Promise((r) => setTimeout(r, 500));
      const wall = performance.now() - t0;
      if (scroll) {
        longTasks.length = 0;
        for (let step = 0; step < scroll; step++) {
          const before = cards().length;
          while (cards().length === before) {
            [...cards()].at(-1)?.scrollIntoView();
            await new Promise((r) => setTimeout(r, 5));
          }
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      return { longest: Math.max(0, ...longTasks), cards: cards().length, wall };
    },
    [limit, tag, scroll] as const,
  );
  await tab.close();
  return result;
}

/** The peer: a plain Lit list of the same cards, with none of our chunking or states. */
async function peerRun(): Promise<Run> {
  const tab = await newPage();
  await tab.evaluate(async () => {
    const { LitElement, html } = (await import('lit')) as typeof import('lit');
    class PeerList extends LitElement {
      static override properties = { items: { attribute: false } };
      declare items: typeof lists.first;
      constructor() {
        super();
        this.items = [];
      }
      override render() {
        return html`<ul>${this.items.map(
          (p) => html`<li><article><h3><a href=${p.url}>${p.title}</a></h3>
            <p><time datetime=${p.date_published}>${new Date(p.date_published).toLocaleDateString()}</time>
            by ${p.authors[0]?.name}</p><p>${p.summary}</p></article></li>`,
        )}</ul>`;
      }
    }
    customElements.define('peer-list', PeerList);
  });
  const result = await tab.evaluate(measureList, { tag: 'peer-list', ...lists });
  await tab.close();
  return result;
}

const longestTask = (r: Run) => Math.max(0, ...r.longTasks);
const timed = (items: number, ms: number): SelfTimed => ({ items, ms });
const setup = browserAndServer;

export const suites: BenchSuite[] = [
  {
    title: '<cw-post-list> first render of 20 posts, cold, vs a plain Lit list (Chromium)',
    input: () => 'script loaded in an earlier task; time inside the page until updateComplete',
    cases: [
      {
        name: 'plain Lit list (peer)',
        baseline: true,
        setup,
        run: async () => timed(20, (await peerRun()).first),
      },
      {
        name: '<cw-post-list>',
        setup,
        run: async () => timed(20, (await widgetRun()).first),
      },
      {
        name: '<cw-post-list> with style and layout',
        setup,
        run: async () => timed(20, (await widgetRun()).firstLayout),
      },
      {
        name: '<cw-post-list src>, render after the feed arrives',
        setup,
        run: async () => timed(20, (await srcRun()).script),
      },
      {
        name: '<cw-post-list> given items in the task that runs the script',
        setup,
        run: async () => timed(20, (await sameTaskRun()).render),
      },
    ],
    targets: [
      { case: '<cw-post-list>', metric: 'ms', op: '<=', value: 16 },
      {
        case: '<cw-post-list src>, render after the feed arrives',
        metric: 'ms',
        op: '<=',
        value: 16,
      },
    ],
  },
  {
    title: '<cw-post-list> appending 1,000 posts vs a plain Lit list (Chromium)',
    input: () => 'wall time until every card is in the shadow root; long tasks observed meanwhile',
    cases: [
      {
        name: 'plain Lit list (peer)',
        baseline: true,
        setup,
        run: async () => timed(1000, (await peerRun()).appendTotal),
      },
      {
        name: '<cw-post-list>',
        setup,
        run: async () => timed(1000, (await widgetRun()).appendTotal),
      },
      {
        name: '<cw-post-list>: longest task while appending',
        setup,
        run: async () => timed(1, longestTask(await widgetRun())),
      },
    ],
    targets: [
      { case: '<cw-post-list>: longest task while appending', metric: 'ms', op: '<=', value: 50 },
    ],
  },
  {
    title: '<cw-post-list src> on a 10,000-item JSON Feed: longest main-thread task (Chromium)',
    input: () => 'longest task observed from the fetch until every card asked for is shown',
    cases: [
      {
        name: 'limit="10": longest task',
        setup,
        run: async () => timed(1, (await bigRun(10)).longest),
      },
      {
        name: 'no limit (first 20 cards): longest task',
        setup,
        run: async () => timed(1, (await bigRun(0)).longest),
      },
      {
        name: 'no limit, then 10 scrolls (200 cards more): longest task',
        setup,
        run: async () => timed(1, (await bigRun(0, 'cw-post-list', 10)).longest),
      },
    ],
    targets: [
      { case: 'limit="10": longest task', metric: 'ms', op: '<=', value: 50 },
      { case: 'no limit (first 20 cards): longest task', metric: 'ms', op: '<=', value: 50 },
      {
        case: 'no limit, then 10 scrolls (200 cards more): longest task',
        metric: 'ms',
        op: '<=',
        value: 50,
      },
    ],
  },
  {
    title: '<cw-event-list src> on a 10,000-event events.json: longest main-thread task (Chromium)',
    input: () => 'longest task observed from the fetch until every card asked for is shown',
    cases: [
      {
        name: 'limit="10": longest task',
        setup,
        run: async () => timed(1, (await bigRun(10, 'cw-event-list')).longest),
      },
      {
        name: 'no limit (first 20 cards): longest task',
        setup,
        run: async () => timed(1, (await bigRun(0, 'cw-event-list')).longest),
      },
      {
        name: 'no limit, then 10 scrolls (200 cards more): longest task',
        setup,
        run: async () => timed(1, (await bigRun(0, 'cw-event-list', 10)).longest),
      },
    ],
    targets: [
      { case: 'limit="10": longest task', metric: 'ms', op: '<=', value: 50 },
      { case: 'no limit (first 20 cards): longest task', metric: 'ms', op: '<=', value: 50 },
      {
        case: 'no limit, then 10 scrolls (200 cards more): longest task',
        metric: 'ms',
        op: '<=',
        value: 50,
      },
    ],
  },
];
