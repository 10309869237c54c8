import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoProblems,
  screenshot,
  unreachableByKeyboard,
  watchPage,
  widgetsSettled,
} from './_lib/checks';

const PARTNER = 'http://localhost:4175/';
const BUNDLE = 'http://localhost:4174/';
const STUDENT_VOICES = 'Student Voices: Moving Beyond “When I Grow Up…”';
const WEBINAR = 'Advancing Competency Education in New England';

const pages = [
  { name: 'home', path: '/' },
  { name: 'series', path: '/series.html' },
  { name: 'event', path: '/event.html' },
  { name: 'theming', path: '/theming.html' },
];

for (const { name, path } of pages) {
  test(`${name}: loads with no errors, passes axe, and the keyboard reaches every link and button`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto(path);
    await widgetsSettled(page);
    await screenshot(page, `demo-${name}`);
    expectNoProblems(problems);
    await expectAccessible(page);
    expect(await unreachableByKeyboard(page)).toEqual([]);
    expectNoProblems(problems);
  });
}

test('home shows the latest seed posts, "Load more" reaches older ones, and the 2017 webinar is past', async ({
  page,
}) => {
  await page.goto('/');
  const posts = page.locator('cw-post-list');
  await expect(posts).toHaveAttribute('state', 'ready');
  await expect(
    posts.getByRole('heading', {
      name: 'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy',
    }),
  ).toBeVisible();
  await expect(posts.getByRole('listitem')).toHaveCount(5);
  await expect(posts.getByText('Part 24')).toBeVisible();
  await expect(posts.getByRole('heading', { name: STUDENT_VOICES })).toHaveCount(0);

  await posts.getByRole('button', { name: 'Load more' }).click();
  await expect(posts.getByRole('listitem')).toHaveCount(10);
  await expect(posts.getByRole('heading', { name: STUDENT_VOICES })).toBeVisible();
  await expect(posts.getByText('Originally published by Getting Smart')).toBeVisible();

  const [upcoming, past] = [
    page.locator('cw-event-list[when="upcoming"]'),
    page.locator('cw-event-list[when="past"]'),
  ];
  await expect(upcoming).toHaveAttribute('state', 'empty');
  await expect(
    page.getByText('No upcoming events: the seed archive ends in December 2016'),
  ).toBeVisible();
  await expect(past.getByRole('heading', { name: 'January 2017' })).toBeVisible();
  const webinar = past.getByRole('article').filter({ hasText: WEBINAR });
  await expect(webinar).toContainText('Wednesday, January 11, 2017');
  // Shown in the event's zone and, the viewer being in UTC here, in UTC.
  await expect(webinar).toContainText('EST');
  await expect(webinar).toContainText('UTC your time');
});

test('with the clock at the webinar, it is happening now and listed as upcoming', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2017-01-11T19:30:00Z'));
  await page.goto('/');
  const upcoming = page.locator('cw-event-list[when="upcoming"]');
  await expect(upcoming).toHaveAttribute('state', 'ready');
  await expect(upcoming.getByRole('article').filter({ hasText: WEBINAR })).toContainText(
    'Happening now',
  );
  await page.goto('/event.html');
  await expect(page.locator('cw-event-card')).toContainText('Happening now');
});

test('series page lists the parts in order with the gaps the archive does not cover', async ({
  page,
}) => {
  await page.goto('/series.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
  );
  const parts = page.locator('#parts > li');
  await expect(parts).toHaveText([
    'Parts 1–20: not in the seed archive',
    'Making Mid-Course Corrections and Refinements',
    'Refining the Instructional Model and Enhancing the Instructional Cycle',
    'Three Ways Districts Stumble in Implementation',
    'Continuous Improvement and Innovation',
  ]);
  await expect(parts.nth(1)).toHaveAttribute('value', '21');

  const nav = page.locator('cw-series-nav');
  await expect(nav).toHaveAttribute('state', 'ready');
  await expect(nav.getByRole('navigation')).toContainText('Part 21');
  await expect(nav.locator('[aria-current="page"]')).toHaveText(
    'Making Mid-Course Corrections and Refinements',
  );
  await nav.getByRole('link', { name: /Next: Refining the Instructional Model/ }).click();
  await expect(page).toHaveURL(/part=cw-2016-12-13-refining/);
  await expect(page.locator('cw-series-nav [aria-current="page"]')).toHaveText(
    'Refining the Instructional Model and Enhancing the Instructional Cycle',
  );
  await expect(page.locator('cw-post-list')).toHaveAttribute('state', 'ready');
  await expect(page.locator('cw-post-list').getByRole('listitem')).toHaveCount(4);

  await page.getByRole('link', { name: 'Rethinking the Achievement Gap' }).click();
  await expect(page.locator('#parts > li')).toHaveText([
    'Part 1 (referenced by a later part; not in the archive)',
    'Part 2 (referenced by a later part; not in the archive)',
    'Rethinking the Achievement Gap (Part 3)',
  ]);
});

test('event page shows the January 11, 2017 webinar with working add-to-calendar', async ({
  page,
}) => {
  await page.goto('/event.html');
  const card = page.locator('cw-event-card');
  await expect(card).toHaveAttribute('state', 'ready');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(WEBINAR);
  await expect(card).toContainText('Wednesday, January 11, 2017');
  await expect(card).toContainText('Online');
  await expect(card).toContainText('Paul Leather');
  await expect(card).toContainText('Ended');
  await expect(card.getByRole('link', { name: /Google/ })).toHaveAttribute(
    'href',
    /^https:\/\/calendar\.google\.com\//,
  );

  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: /Add to calendar/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`SUMMARY:${WEBINAR}`);
  expect(ics).toMatch(/DTSTART[^:\r\n]*:20170111T(140000|190000Z)/);

  await expect(page.locator('cw-post-card')).toContainText(
    'January 11th Webinar: Advancing Competency Education in New England',
  );
  const bundleIcs = await page.request.get(
    (await page.locator('#event-ics').getAttribute('href')) ?? '',
  );
  expect(bundleIcs.ok()).toBe(true);
  expect(await bundleIcs.text()).toContain(`SUMMARY:${WEBINAR}`);
});

test('theming page: the same list under two host styles (tokens and ::part)', async ({ page }) => {
  await page.goto('/theming.html');
  const lists = page.locator('cw-post-list');
  await expect(lists).toHaveCount(2);
  for (const list of await lists.all()) {
    await expect(list).toHaveAttribute('state', 'ready');
    await expect(list.getByRole('listitem')).toHaveCount(3);
  }
  const look = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const card = el.shadowRoot?.querySelector('[part~="card"]');
      const badge = el.shadowRoot?.querySelector('[part~="badge"]');
      if (!card || !badge) return undefined;
      return {
        font: getComputedStyle(card).fontFamily,
        cardBackground: getComputedStyle(card).backgroundColor,
        badgeBackground: getComputedStyle(badge).backgroundColor,
      };
    });
  const editorial = await look('.theme-editorial cw-post-list');
  const night = await look('.theme-night cw-post-list');
  expect(editorial?.font).toContain('Georgia');
  expect(night?.font).not.toContain('Georgia');
  expect(night?.cardBackground).toBe('rgb(31, 47, 61)'); // --cw-card-background
  expect(night?.badgeBackground).toBe('rgb(134, 224, 185)'); // ::part(badge)
  expect(editorial?.badgeBackground).not.toBe(night?.badgeBackground);
});

test('partner page on another origin embeds the bundle with one script tag, under a strict CSP', async ({
  page,
}) => {
  const problems = watchPage(page);
  const feed = page.waitForResponse(`${BUNDLE}posts.json`);
  await page.goto(PARTNER);
  const response = await feed;
  expect(new URL(page.url()).origin).not.toBe(new URL(response.url()).origin);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(response.headers()['content-type']).toContain('application/feed+json');
  expect(response.headers()['cache-control']).toContain('stale-while-revalidate');

  const list = page.locator('cw-post-list');
  await expect(list).toHaveAttribute('state', 'ready');
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(
    list.getByRole('heading', { level: 2, name: 'Continuous Improvement and Innovation' }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => document.querySelectorAll('script').length),
    'one script tag',
  ).toBe(1);
  await widgetsSettled(page);
  await screenshot(page, 'demo-partner');
  expect(await unreachableByKeyboard(page)).toEqual([]);
  expectNoProblems(problems);
});

test("the bundle's own preview page (written by cw build) shows the widgets", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/bundle/');
  const list = page.locator('cw-post-list').first();
  await expect(list).toHaveAttribute('state', 'ready');
  await expect(list.getByRole('heading', { name: STUDENT_VOICES })).toBeVisible();
  await widgetsSettled(page);
  await screenshot(page, 'demo-bundle-preview');
  await expectAccessible(page);
  expectNoProblems(problems);
});

test('partner page passes axe', async ({ browser }) => {
  // axe is injected as an inline script, which the page's CSP rightly refuses; check it apart.
  const context = await browser.newContext({ bypassCSP: true, timezoneId: 'UTC', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(PARTNER);
  await expect(page.locator('cw-post-list')).toHaveAttribute('state', 'ready');
  await expectAccessible(page);
  await context.close();
});
