import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

// Tests never depend on the machine's zone: workers inherit this, and the zone-sensitive
// suites (`*.tz.test.ts`) run again below under zones on both sides of UTC.
process.env.TZ = 'UTC';

const workspacePackages = ['core', 'posts', 'series', 'events', 'widgets', 'cli'];
// Subpath exports (`@competencyworks/events/calendar`) first: Vite matches aliases by prefix.
const subpaths = ['core/browser', 'core/calendar', 'events/calendar', 'widgets/ssr'];
const alias = Object.fromEntries([
  ...subpaths.map((path) => [
    `@competencyworks/${path}`,
    fileURLToPath(new URL(`./packages/${path.replace('/', '/src/')}.ts`, import.meta.url)),
  ]),
  ...workspacePackages.map((name) => [
    `@competencyworks/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
]);

const nodeTests = [
  'packages/{core,posts,series,events,cli}/{src,test}/**/*.test.ts',
  // The widgets run in the browser project, except what must hold without a DOM.
  'packages/widgets/test/**/*.node.test.ts',
];
const zoneTests = ['packages/*/{src,test}/**/*.tz.test.ts'];
// Tests against a real local WordPress (scripts/wordpress/start.mjs): their own project, so a
// run of the unit tests alone does not start MariaDB and PHP.
const wordPressTests = ['packages/*/test/wordpress/**/*.test.ts'];

function zoneProject(timeZone: string) {
  return {
    resolve: { alias },
    test: {
      name: `tz:${timeZone}`,
      include: zoneTests,
      environment: 'node',
      setupFiles: ['./vitest.setup.ts'],
      testTimeout: 30_000,
      env: { TZ: timeZone },
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          include: nodeTests,
          exclude: wordPressTests,
          environment: 'node',
          setupFiles: ['./vitest.setup.ts'],
          // Property tests run hundreds of cases; on a loaded 2-core machine 5 s is too tight.
          testTimeout: 30_000,
          env: { TZ: 'UTC' },
          typecheck: {
            enabled: true,
            include: ['packages/*/{src,test}/**/*.test-d.ts'],
            tsconfig: './tsconfig.typecheck.json',
          },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'wordpress',
          include: wordPressTests,
          environment: 'node',
          setupFiles: ['./vitest.setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          env: { TZ: 'UTC' },
        },
      },
      zoneProject('America/Los_Angeles'),
      zoneProject('Asia/Kolkata'),
      {
        resolve: { alias },
        // Pre-bundle what the element tests import, so a cold run does not reload mid-test
        // (`lit` is a root devDependency only so that these resolve from here).
        optimizeDeps: {
          include: ['lit/html.js', 'axe-core'],
        },
        test: {
          name: 'browser',
          include: ['packages/widgets/{src,test}/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/*.zones.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: chromiumArgs },
              contextOptions: { timezoneId: 'UTC', locale: 'en-US' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        resolve: { alias },
        optimizeDeps: { include: ['lit', 'axe-core'] },
        // The element tests that depend on the viewer's zone, once per browser zone: east of UTC
        // by a half hour (Kolkata) and by 13:45 (Chatham), west of UTC (Los Angeles), and
        // London, where summer time starts two weeks after New York's.
        test: {
          name: 'browser-zones',
          include: ['packages/widgets/{src,test}/**/*.zones.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: chromiumArgs },
            }),
            instances: [
              'Asia/Kolkata',
              'Pacific/Chatham',
              'America/Los_Angeles',
              'Europe/London',
            ].map((timezoneId) => ({
              browser: 'chromium' as const,
              name: timezoneId,
              provider: playwright({
                launchOptions: { executablePath: findChromium(), args: chromiumArgs },
                contextOptions: { timezoneId, locale: 'en-US' },
              }),
            })),
          },
        },
      },
    ],
  },
});
