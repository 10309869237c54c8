// Render benchmark for <cw-post-list> (issue 6 budgets): first render of 20 posts, then appending
// 1,000 posts while a PerformanceObserver collects long tasks; a plain Lit list of 1,000 cards is
// the peer, in the same browser run. Needs the built drop-in bundle:
//   pnpm bench widgets-render   (builds the packages, then runs this file)
import { readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

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

const server = createServer((req, res) => {
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
          res.writeHead(200, { 'content-type': 'application/feed+json' }).end(JSON.stringify(feed)),
        150,
      );
    } else if (url === '/feed-10000.json') {
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(bigFeed);
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
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
// tsx compiles the page functions with esbuild's keepNames, which calls a `__name` helper.
const newPage = async () => {
  const tab = await browser.newPage();
  await tab.addInitScript('globalThis.__name = (f) => f;');
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
  const count = () => el.shadowRoot?.querySelectorAll('li').length ?? 0;
  while (count() < first.length + more.length) await new Promise((r) => setTimeout(r, 5));
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
  await tab.goto(origin);
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
  await tab.goto(origin);
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
  await tab.goto(origin);
  const render = await tab.evaluate(async (items) => {
    await import(`${location.origin}/cw-widgets.js`);
    // Still the task that evaluated the module: no idle time has passed.
    const t0 = performance.now();
    const el = document.createElement('cw-post-list') as HTMLElement & {
      items: unknown[];
      updateComplete: Promise<unknown>;
    };
    document.getElementById('app')?.append(el);
    el.items = items;
    await el.updateComplete;
    return performance.now() - t0;
  }, lists.first);
  await tab.close();
  const blank = await newPage();
  await blank.goto(origin);
  const intlAlone = await blank.evaluate(() => {
    const t0 = performance.now();
    new Intl.DateTimeFormat().resolvedOptions();
    return performance.now() - t0;
  });
  await blank.close();
  return { render, intlAlone };
}

/**
 * A 10,000-item feed through `src` on a fresh page, with `limit` (10) or without: the longest
 * task from setting `src` until every card that will show is on screen, and the cards shown.
 */
async function bigRun(limit: number): Promise<{ longest: number; cards: number; wall: number }> {
  const tab = await newPage();
  await tab.goto(origin);
  await tab.addScriptTag({ url: '/cw-widgets.js', type: 'module' });
  await tab.waitForFunction(() => customElements.get('cw-post-list') !== undefined);
  const result = await tab.evaluate(async (limit) => {
    const longTasks: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const el = document.createElement('cw-post-list');
    if (limit) el.setAttribute('limit', String(limit));
    const t0 = performance.now();
    el.setAttribute('src', '/feed-10000.json');
    document.getElementById('app')?.append(el);
    await new Promise((resolve) => el.addEventListener('cw-load', resolve, { once: true }));
    const want = limit || 10_000;
    const count = () => el.shadowRoot?.querySelectorAll('li').length ?? 0;
    while (count() < want) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
    return { longest: Math.max(0, ...longTasks), cards: count(), wall: performance.now() - t0 };
  }, limit);
  await tab.close();
  return result;
}

/** The peer: a plain Lit list of the same cards, with none of our chunking or states. */
async function peerRun(): Promise<Run> {
  const tab = await newPage();
  await tab.goto(origin);
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

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const runs = Number(process.env.RUNS ?? 5);
const widget: Run[] = [];
const peer: Run[] = [];
const fromSrc: { script: number; layout: number }[] = [];
const sameTask: { render: number; intlAlone: number }[] = [];
const big10: { longest: number; cards: number; wall: number }[] = [];
const bigAll: { longest: number; cards: number; wall: number }[] = [];
// Ours and the peer alternate within each round, so a change in the machine's load hits both.
for (let i = 0; i < runs; i++) {
  widget.push(await widgetRun());
  peer.push(await peerRun());
  big10.push(await bigRun(10));
  bigAll.push(await bigRun(0));
  fromSrc.push(await srcRun());
  sameTask.push(await sameTaskRun());
}
await browser.close();
server.close();

function row(name: string, list: Run[]) {
  const longest = list.map((r) => Math.max(0, ...r.longTasks));
  return {
    name,
    'first render, 20 posts, cold (median)': ms(median(list.map((r) => r.first))),
    '+ style/layout, cold': ms(median(list.map((r) => r.firstLayout))),
    'first render, 20 posts, warm (median)': ms(median(list.map((r) => r.warm))),
    '+ style/layout, warm': ms(median(list.map((r) => r.warmLayout))),
    'append 1,000: wall time (median)': ms(median(list.map((r) => r.appendTotal))),
    'append 1,000: longest task (median)': ms(median(longest)),
    'append 1,000: longest task (worst)': ms(Math.max(...longest)),
    'append 1,000: long tasks (median count)': median(list.map((r) => r.longTasks.length)),
  };
}
console.log(
  `Render benchmark, ${runs} runs each, Chromium headless (budgets: first render <= 16 ms, no task > 50 ms)`,
);
console.table([row('<cw-post-list> (cw-widgets.js)', widget), row('plain Lit list (peer)', peer)]);
const srcScript = fromSrc.map((r) => r.script);
const srcLayout = fromSrc.map((r) => r.layout);
console.log(
  `<cw-post-list src> on a fresh page, feed arriving after 150 ms, 20 posts rendered after the response: ${ms(median(srcScript))} (median; worst ${ms(Math.max(...srcScript))}), ${ms(median(srcLayout))} with style and layout (worst ${ms(Math.max(...srcLayout))})`,
);
console.log(
  `<cw-post-list> given items in the same task as the script runs (worst case: the page's first Intl use is inside the render): ${ms(median(sameTask.map((r) => r.render)))} (median); the first Intl.DateTimeFormat of a blank page alone: ${ms(median(sameTask.map((r) => r.intlAlone)))}`,
);
const ratio = (pick: (r: Run) => number) =>
  (median(widget.map(pick)) / median(peer.map(pick))).toFixed(2);
const longestTask = (r: Run) => Math.max(0, ...r.longTasks);
console.log(
  `Ratios to the peer (ours / peer, lower is better): first render cold ${ratio((r) => r.first)}x, warm ${ratio((r) => r.warm)}x; append 1,000 wall time ${ratio((r) => r.appendTotal)}x; longest task while appending: ours ${ms(median(widget.map(longestTask)))}, peer ${ms(median(peer.map(longestTask)))}`,
);
const perRound = widget.map((r, i) => (r.first / (peer[i] as Run).first).toFixed(2));
console.log(
  `Per-round ratios, first render cold (ours / peer): ${perRound.join(', ')}; median ${median(perRound.map(Number)).toFixed(2)}x; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
for (const [name, list] of [
  ['limit="10"', big10],
  ['no limit (all 10,000 cards)', bigAll],
] as const) {
  const longest = list.map((r) => r.longest);
  console.log(
    `10,000-item feed through src, ${name}: longest task ${ms(median(longest))} (median; worst ${ms(Math.max(...longest))}), ${list[0]?.cards} cards, ${ms(median(list.map((r) => r.wall)))} until all shown; budget no task over 50 ms ${longest.every((d) => d <= 50) ? 'MET' : 'MISSED'}`,
  );
}
console.log(
  `Budgets: first render after src loads ${median(srcScript) <= 16 ? 'MET' : 'MISSED'} (with layout ${median(srcLayout) <= 16 ? 'MET' : 'MISSED'}); first render of items, cold ${median(widget.map((r) => r.first)) <= 16 ? 'MET' : 'MISSED'}; no task over 50 ms while appending ${widget.every((r) => r.longTasks.every((d) => d <= 50)) ? 'MET' : 'MISSED'}`,
);
