// Finds a Chromium or Chrome binary for the browser tests: CHROMIUM_PATH first, then the usual
// install locations. Run directly, it exits 1 with instructions when no browser exists, so
// `pnpm test` fails at once instead of timing out inside vitest.
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the path of a usable Chromium, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no executable is there.`);
    }
    return fromEnv;
  }
  return candidates.find(isExecutable);
}

/** Chromium flags that work headless, as root, on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let found;
  try {
    found = findChromium();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (!found) {
    console.error(
      [
        'No Chromium found for the browser tests.',
        'Install one:  sudo apt-get update && sudo apt-get install -y chromium',
        'or point to an existing Chrome/Chromium:  CHROMIUM_PATH=/path/to/chrome pnpm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
