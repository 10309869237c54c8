import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

// Tests never depend on the machine's zone: workers inherit this, and the zone-sensitive
// suites (`*.tz.test.ts`) run again below under zones on both sides of UTC.
process.env.TZ = 'UTC';

const workspacePackages = ['core', 'posts', 'series', 'events', 'widgets'];
const alias = Object.fromEntries(
  workspacePackages.map((name) => [
    `@competencyworks/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

const nodeTests = ['packages/{core,posts,series,events,cli}/{src,test}/**/*.test.ts'];
const zoneTests = ['packages/*/{src,test}/**/*.tz.test.ts'];

function zoneProject(timeZone: string) {
  return {
    resolve: { alias },
    test: {
      name: `tz:${timeZone}`,
      include: zoneTests,
      environment: 'node',
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
          environment: 'node',
          env: { TZ: 'UTC' },
          typecheck: {
            enabled: true,
            include: ['packages/*/{src,test}/**/*.test-d.ts'],
            tsconfig: './tsconfig.base.json',
          },
        },
      },
      zoneProject('America/Los_Angeles'),
      zoneProject('Asia/Kolkata'),
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['packages/widgets/{src,test}/**/*.test.ts'],
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
    ],
  },
});
