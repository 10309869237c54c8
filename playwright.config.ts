import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found for the e2e tests. Install one (apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

/** Ports: the demo's three origins (see apps/demo/serve.mjs) and the docs preview. */
export const DEMO_URL = 'http://localhost:4173';
export const DOCS_URL = 'http://localhost:4180';

export default defineConfig({
  testDir: 'e2e',
  outputDir: '.e2e-output/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
    // Never the machine's zone or language: the widgets format dates with Intl in the page's.
    timezoneId: 'UTC',
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    trace: 'off',
  },
  projects: [
    { name: 'demo', testMatch: 'demo.spec.ts', use: { baseURL: DEMO_URL } },
    { name: 'docs', testMatch: 'docs.spec.ts', use: { baseURL: DOCS_URL } },
    // Serves its own pages and bundle (page.route), built with the CLI in the test.
    { name: 'fragments', testMatch: 'fragments.spec.ts' },
  ],
  webServer: [
    {
      // The demo site, the bundle (like `cw serve`) and the partner page, each on its own origin.
      command: 'node apps/demo/serve.mjs',
      url: `${DEMO_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
    },
    {
      command: 'pnpm --silent --filter @competencyworks/docs run serve',
      url: `${DOCS_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
    },
  ],
});
