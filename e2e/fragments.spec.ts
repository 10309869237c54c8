// The fragments `cw build` writes (fragments/*.html), pasted into a partner's page on another
// origin: readable with JavaScript off, and adopted by the drop-in script without a request for
// the data they carry and without moving the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectNoProblems, screenshot, watchPage } from './_lib/checks';

const BUNDLE = 'http://bundle.test/cw/';
const PARTNER = 'http://partner.test/';
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-e2e-fragments-'));
  // `cw build` as a user runs it: 10 posts of a real WordPress feed, 6 per page.
  execFileSync(process.execPath, [
    root('packages/cli/dist/cli.js'),
    'build',
    root('packages/cli/test/fixtures/natasha.xml'),
    '--out',
    dir,
    '--page-size',
    '6',
    '--base-url',
    BUNDLE,
    '--json',
  ]);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const posts = () =>
  JSON.parse(readFileSync(join(dir, 'posts.json'), 'utf8')).items as {
    title: string;
    url: string;
  }[];

/**
 * Serves the partner's page (the fragment pasted between two paragraphs, the drop-in script in
 * its head, a layout-shift observer first), the bundle on its own origin with CORS like
 * `cw serve`, and a stand-in for the blog's post pages. Returns the bundle files requested.
 */
async function serve(page: Page, fragment: string): Promise<string[]> {
  const requested: string[] = [];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
    <script>
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    </script>
    <script type="module" src="${BUNDLE}cw-widgets.js"></script>
    </head><body><h1>News from our partners</h1>${fragment}<p id="below">Below the widget.</p></body></html>`;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === PARTNER) return route.fulfill({ contentType: 'text/html', body: html });
    if (url.startsWith(BUNDLE)) {
      const name = url.slice(BUNDLE.length);
      requested.push(name);
      // Slow enough that a page which waited for the data would paint without it first.
      if (name.endsWith('.json')) await new Promise((resolve) => setTimeout(resolve, 300));
      return route.fulfill({
        path: join(dir, name),
        headers: { 'access-control-allow-origin': '*' },
      });
    }
    return route.fulfill({ contentType: 'text/html', body: `<h1>The post at ${url}</h1>` });
  });
  return requested;
}

const fragment = (name: string) => readFileSync(join(dir, 'fragments', name), 'utf8');

/** Waits until the drop-in script has defined the element and it has settled, then two frames. */
async function alive(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector('cw-post-list');
    return customElements.get('cw-post-list') && list?.getAttribute('state') === 'ready';
  });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const layoutShift = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
  );

for (const width of [360, 1280]) {
  test(`with JavaScript off, at ${width} px, the posts are readable and their links work`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    const requested = await serve(page, fragment('post-list.html'));
    await page.goto(PARTNER);
    const list = page.locator('cw-post-list');
    const links = list.getByRole('link');
    // The first page of posts (6), newest first, each a link to the post.
    const expected = posts();
    await expect(links).toHaveCount(6);
    for (const [index, post] of expected.entries()) {
      await expect(links.nth(index)).toHaveText(post.title);
      await expect(links.nth(index)).toHaveAttribute('href', post.url);
    }
    // Load more cannot work without the script: it is not shown.
    await expect(list.getByRole('button', { name: 'Load more' })).toBeHidden();
    // Nothing overflows a phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await screenshot(page, `fragment-no-js-${width}`);
    // No request at all: not the script, not the data.
    expect(requested).toEqual([]);
    await links.first().click();
    await expect(page).toHaveURL(expected[0]?.url as string);
    await context.close();
  });
}

test('with the drop-in script, the fragment becomes the live element: no request for its data, no layout shift, Load more works', async ({
  page,
}) => {
  const problems = watchPage(page);
  const requested = await serve(page, fragment('post-list.html'));
  await page.goto(PARTNER);
  await alive(page);

  // The live element took over the pre-rendered root: Lit renders it now (adopted styles, no
  // carried data left), with the same posts.
  const adopted = await page.evaluate(() => {
    const root = document.querySelector('cw-post-list')?.shadowRoot;
    return {
      styles: (root?.adoptedStyleSheets.length ?? 0) > 0,
      script: root?.querySelector('script') !== null,
    };
  });
  expect(adopted).toEqual({ styles: true, script: false });
  const links = page.locator('cw-post-list').getByRole('link');
  await expect(links).toHaveCount(6);
  expect(requested).toEqual(['cw-widgets.js']);
  expect(await layoutShift(page)).toBe(0);

  // The element works: Load more fetches the next page (a file the fragment does not carry).
  await page.locator('cw-post-list').getByRole('button', { name: 'Load more' }).click();
  await expect(links).toHaveCount(10);
  expect(requested).toEqual(['cw-widgets.js', 'posts-2.json']);
  await screenshot(page, 'fragment-live');
  expectNoProblems(problems);
});

test('a fragment whose data was stripped on the way still comes alive, loading its src once', async ({
  page,
}) => {
  const stripped = fragment('post-list.html').replace(
    /<script type="application\/json".*?<\/script>/s,
    '',
  );
  expect(stripped).not.toContain('application/json');
  const requested = await serve(page, stripped);
  await page.goto(PARTNER);
  await alive(page);
  await expect(page.locator('cw-post-list').getByRole('link')).toHaveCount(6);
  expect(requested).toEqual(['cw-widgets.js', 'posts.json']);
  // The loading placeholder stood in while the data came, so the page below moved: the
  // observer sees shifts (which is why a fragment carries its data).
  expect(await layoutShift(page)).toBeGreaterThan(0);
});

test('an old fragment shows its posts at once and refreshes them from src, still without a layout shift', async ({
  page,
}) => {
  const old = fragment('post-list.html').replace(/data-at="\d+"/, 'data-at="0"');
  const requested = await serve(page, old);
  await page.goto(PARTNER);
  await alive(page);
  await expect(page.locator('cw-post-list').getByRole('link')).toHaveCount(6);
  // Stale-while-revalidate: the carried posts show at once, one request refreshes them.
  await expect.poll(() => requested).toEqual(['cw-widgets.js', 'posts.json']);
  await expect(page.locator('cw-post-list')).toHaveAttribute('state', 'ready');
  expect(await layoutShift(page)).toBe(0);
});
