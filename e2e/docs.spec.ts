import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoProblems,
  screenshot,
  unreachableByKeyboard,
  watchPage,
  widgetsSettled,
} from './_lib/checks';

/** Every page of the built site, as the clean URL VitePress serves it. */
function builtPages(): string[] {
  const dist = fileURLToPath(new URL('../docs/.vitepress/dist/', import.meta.url));
  const pages = (readdirSync(dist, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('bundle/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`);
  return pages.sort();
}

const pages = builtPages();
const written = pages.filter((path) => !path.startsWith('/api/'));
const api = pages.filter((path) => path.startsWith('/api/'));
// A sample of the generated API pages for the slower checks: the index, a package, a function, a model.
const apiSample = [
  '/api/',
  '/api/@competencyworks/posts/',
  '/api/@competencyworks/posts/functions/readFeed',
  '/api/@competencyworks/events/interfaces/Event',
];

test('the build has every written page and the generated API reference', () => {
  expect(written).toEqual(
    expect.arrayContaining([
      '/',
      '/guide/getting-started',
      '/guide/cli',
      '/guide/wordpress',
      '/guide/bundle-format',
      '/guide/no-javascript',
      '/guide/time-zones',
      '/guide/theming',
      '/guide/security',
      '/elements/cw-post-list',
      '/elements/cw-post-card',
      '/elements/cw-event-card',
      '/elements/cw-event-list',
      '/elements/cw-series-nav',
    ]),
  );
  expect(api.length).toBeGreaterThan(50);
  expect(api).toEqual(expect.arrayContaining(apiSample));
});

const slug = (path: string) => path.replace(/^\/|\/$/g, '').replace(/[/@]+/g, '-') || 'home';

for (const path of [...written, ...apiSample]) {
  test(`${path}: loads with no errors, passes axe, and the keyboard reaches every link and button`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto(path);
    await widgetsSettled(page);
    await screenshot(page, `docs-${slug(path)}`);
    expectNoProblems(problems);
    await expectAccessible(page);
    expect(await unreachableByKeyboard(page)).toEqual([]);
    expectNoProblems(problems);
  });
}

// Every generated API page: served as HTML, and rendered in the browser with no console errors
// or failed requests. Full page loads cost about a second each on 2 cores, so after one full
// load the pages are visited through the site's own client-side router (as a reader clicking
// through the sidebar would), which fetches and renders each page's chunk.
test('every API reference page is served and renders with no errors or failed requests', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const path of api) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<h1');
  }
  const problems = watchPage(page);
  await page.goto('/api/');
  for (const path of api) {
    const before = await page.locator('.vp-doc h1').first().textContent();
    await page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      document.body.append(link);
      link.click();
      link.remove();
    }, path);
    await page.waitForFunction((href) => decodeURIComponent(location.pathname) === href, path);
    if (path !== '/api/')
      await expect(page.locator('.vp-doc h1').first()).not.toHaveText(before ?? '');
    expectNoProblems(problems, path);
  }
  problems.stop();
});

test('element pages carry API tables generated from custom-elements.json', async ({ page }) => {
  await page.goto('/elements/cw-post-list');
  const attributes = page.locator('h2#attributes + table');
  await expect(attributes.locator('tbody tr').first()).toBeVisible();
  await expect(attributes).toContainText('heading-level');
  await expect(attributes).toContainText('headingLevel');
  await expect(page.locator('h2#properties + table')).toContainText('items');
  await expect(page.locator('h2#methods + table')).toContainText('loadMore(');
  await expect(page.locator('h2#events + table')).toContainText('cw-item-activate');
  await expect(page.locator('h2#slots + table')).toContainText('empty');
  await expect(page.locator('h2#parts + table')).toContainText('load-more');
  await expect(page.locator('h2#custom-properties + table')).toContainText('--cw-accent-color');

  await page.goto('/elements/cw-event-card');
  await expect(page.locator('h2#parts + table')).toContainText('add-to-calendar');
});

test('live demos show the seed content', async ({ page }) => {
  await page.goto('/elements/cw-post-card');
  const card = page.locator('.cw-demo cw-post-card');
  await expect(card).toHaveAttribute('state', 'ready');
  await expect(
    card.getByRole('heading', {
      name: 'Student Voices: Moving Beyond “When I Grow Up…”',
    }),
  ).toBeVisible();

  await page.goto('/elements/cw-event-card');
  const webinar = page.locator('cw-event-card').first();
  await expect(webinar).toHaveAttribute('state', 'ready');
  await expect(webinar.getByRole('heading')).toHaveText(
    'Advancing Competency Education in New England',
  );
  await expect(webinar).toContainText('Wednesday, January 11, 2017');
  await expect(page.locator('cw-event-card').nth(1)).toContainText('October 25 – 28, 2016');

  await page.goto('/elements/cw-event-list');
  await expect(page.locator('cw-event-list[when="upcoming"]')).toHaveAttribute('state', 'empty');
  await expect(page.locator('cw-event-list[when="past"]')).toContainText(
    'Advancing Competency Education in New England',
  );

  await page.goto('/guide/time-zones');
  await expect(page.locator('[time-zone="America/Los_Angeles"] cw-event-card')).toContainText(
    '11:00 AM – 12:00 PM PST your time',
  );
  await expect(page.locator('[time-zone="Asia/Kolkata"] cw-event-card')).toContainText('IST');

  await page.goto('/guide/bundle-format');
  // The list item (0), the list page (1), then the full item (2) with its origin.
  await expect(page.locator('pre.bundle-example').nth(2)).toContainText(
    '"publisher": "Getting Smart"',
  );
});

test('the API reference is generated from the doc comments', async ({ page }) => {
  await page.goto('/api/@competencyworks/posts/functions/readFeed');
  await expect(page.locator('.vp-doc h1')).toHaveText(/readFeed/);
  await expect(page.locator('.vp-doc')).toContainText(
    'Parses an RSS (0.90 to 2.0, and 1.1) or Atom (0.3, 1.0) feed',
  );
  await page.goto('/api/@competencyworks/events/interfaces/Event');
  await expect(page.locator('.vp-doc')).toContainText('timeZone');
});
