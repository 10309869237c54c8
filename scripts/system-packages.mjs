// Checks the system packages the tests need (Chromium for the element and end-to-end tests;
// WordPress, MariaDB and PHP for the tests against a real WordPress) and, with --install, installs
// the missing ones with apt (through sudo when not root). Without apt it says what to install and
// exits 1, so `pnpm test` stops at once instead of failing inside vitest.
//
//   node scripts/system-packages.mjs            check only
//   node scripts/system-packages.mjs --install  install what is missing (Debian/Ubuntu)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';
import { isAvailable, wordPressRequirements } from './wordpress/requirements.mjs';

/** @returns {string[]} the Debian packages of what is missing. */
export function missingPackages() {
  const missing = new Set();
  let chromium;
  try {
    chromium = findChromium();
  } catch (error) {
    // CHROMIUM_PATH names no executable: installing a package would not fix that.
    console.error(error.message);
    process.exit(1);
  }
  if (!chromium) missing.add('chromium');
  for (const requirement of wordPressRequirements) {
    if (!isAvailable(requirement)) missing.add(requirement.pkg);
  }
  // php-mysql has no command of its own: PHP must have the mysqli extension (without PHP at all,
  // it is missing too).
  if (!phpHasMysqli()) missing.add('php-mysql');
  return [...missing];
}

function phpHasMysqli() {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli');
  } catch {
    return false;
  }
}

function hasCommand(command) {
  return isAvailable({ command });
}

function install(packages) {
  const root = process.getuid?.() === 0;
  if (!root && !hasCommand('sudo')) return false;
  const prefix = root ? [] : ['sudo'];
  const run = (args) => {
    console.log(`$ ${[...prefix, ...args].join(' ')}`);
    execFileSync(prefix[0] ?? args[0], prefix.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  // A fresh machine's package lists can be empty or stale.
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = missingPackages();
  if (missing.length === 0) process.exit(0);
  const wantsInstall = process.argv.includes('--install');
  if (wantsInstall && hasCommand('apt-get')) {
    console.log(`The tests need ${missing.join(', ')}; installing with apt.`);
    if (install(missing) && missingPackages().length === 0) process.exit(0);
  }
  console.error(
    [
      `The tests need system packages that are missing: ${missing.join(', ')}.`,
      'On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ' +
        missing.join(' '),
      'Elsewhere: install Chromium (or point CHROMIUM_PATH at a Chrome/Chromium binary), PHP 8 with the',
      'mysqli extension, MariaDB (mariadbd, mariadb-install-db) and WordPress 6 with its default themes',
      'laid out as Debian does (/usr/share/wordpress, /etc/wordpress).',
    ].join('\n'),
  );
  process.exit(1);
}
