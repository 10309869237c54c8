// Starts a real WordPress from Debian's packages for the tests and the bench: a private MariaDB
// with its data in a temporary folder (a Unix socket, no TCP port), PHP's built-in server on a
// loopback port, and WordPress installed and seeded through its own PHP API (seed.php).
//
// /etc/wordpress/ is shared machine state. Each run writes its own config-cw-test-<id>.php, picked
// by the router through WORDPRESS_CONFIG (Debian's wp-config.php honours it), so two runs on other
// ports never share a file; stop() removes only the file this run created.
//
// Run directly to keep a seeded site up until Ctrl-C:  node scripts/wordpress/start.mjs seed.json [port]
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

import { isAvailable, WORDPRESS_ROOT, wordPressRequirements } from './requirements.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const CONFIG_DIR = '/etc/wordpress';

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(what, check, { timeoutMs = 30_000, process: child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(`${what}: the process exited with ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function exited(child) {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

/**
 * Starts and seeds a WordPress site.
 * @param {{ seed: object, port?: number }} options - the seed (see seed.php: title, users, attachments, posts, generate, theme).
 * @returns {Promise<{ url: string, port: number, dir: string, ids: Record<string, number>,
 *   requests(): Array<{ method: string, uri: string, status: number }>, clearRequests(): void,
 *   php(code: string, ...args: string[]): Promise<string>, exportWxr(): Promise<string>,
 *   stopServer(): Promise<void>, startServer(): Promise<void>, stop(): Promise<void> }>}
 */
export async function startWordPress({ seed, port: wanted }) {
  const missing = wordPressRequirements.filter((r) => !isAvailable(r));
  if (missing.length) {
    throw new Error(
      `a local WordPress needs ${[...new Set(missing.map((r) => r.pkg))].join(', ')}; run node scripts/system-packages.mjs --install (Debian/Ubuntu)`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'cw-wordpress-'));
  const name = `cw-test-${basename(dir)
    .slice('cw-wordpress-'.length)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  const configFile = join(CONFIG_DIR, `config-${name}.php`);
  const socket = join(dir, 'mysql.sock');
  const log = join(dir, 'requests.log');
  const port = wanted ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    CW_WORDPRESS_CONFIG: name,
    CW_WORDPRESS_URL: url,
    CW_WORDPRESS_LOG: log,
  };
  let database;
  let server;
  let configWritten = false;
  const cleanUpSync = () => {
    // Last resort when the process exits without stop(): never leave our config in /etc.
    if (configWritten && existsSync(configFile)) unlinkSync(configFile);
    if (server) process.kill(-server.pid, 'SIGKILL');
    database?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUpSync);

  async function stopServer() {
    if (!server) return;
    const stopping = server;
    server = undefined;
    // PHP's workers are children of the server: end the whole group, or they keep answering.
    process.kill(-stopping.pid, 'SIGTERM');
    await exited(stopping);
  }

  async function startServer() {
    if (server) return;
    server = spawn('php', ['-S', `127.0.0.1:${port}`, join(here, 'router.php')], {
      cwd: WORDPRESS_ROOT,
      // Workers let the walker's concurrent requests be served concurrently, as a real server does.
      env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
      detached: true,
    });
    await waitFor('php -S', async () => (await fetch(`${url}/?rest_route=/`)).ok, {
      process: server,
    });
  }

  async function stop() {
    await stopServer();
    if (database) {
      database.kill('SIGTERM');
      await exited(database);
      database = undefined;
    }
    if (configWritten) await rm(configFile, { force: true });
    configWritten = false;
    await rm(dir, { recursive: true, force: true });
    process.removeListener('exit', cleanUpSync);
  }

  async function php(code, ...args) {
    const file = join(dir, `script-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
    await writeFile(file, code.startsWith('<?php') ? code : `<?php\n${code}`);
    try {
      const { stdout } = await run('php', [join(here, 'load.php'), file, ...args], {
        env,
        maxBuffer: 512 * 1024 * 1024,
      });
      return stdout;
    } finally {
      await rm(file, { force: true });
    }
  }

  try {
    // Temporary tables in our own folder, not /tmp: runs on a shared machine (and whatever
    // cleans /tmp) must not delete each other's files mid-install.
    const tmp = join(dir, 'tmp');
    await mkdir(tmp);
    await run('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${join(dir, 'db')}`,
      `--tmpdir=${tmp}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    database = spawn(
      'mariadbd',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${join(dir, 'db')}`,
        `--tmpdir=${tmp}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'db.pid')}`,
        `--log-error=${join(dir, 'db.err')}`,
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore' },
    );
    const sql = (statement) => run('mariadb', [`--socket=${socket}`, '-uroot', '-e', statement]);
    await waitFor(
      'mariadbd',
      async () => {
        await sql('SELECT 1');
        return true;
      },
      { process: database },
    );
    await sql(
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
    );
    const content = join(dir, 'wp-content');
    await mkdir(join(content, 'uploads'), { recursive: true });
    await symlink(join(WORDPRESS_ROOT, 'wp-content', 'themes'), join(content, 'themes'));
    await writeFile(
      configFile,
      [
        '<?php',
        `// Written by ${join(here, 'start.mjs')} for a test run in ${dir}; removed when it stops.`,
        "define('DB_NAME', 'wordpress');",
        "define('DB_USER', 'wordpress');",
        "define('DB_PASSWORD', 'wordpress');",
        `define('DB_HOST', 'localhost:${socket}');`,
        `define('WP_CONTENT_DIR', '${content}');`,
        // No cron loopback requests (they would block PHP's server) and no update checks.
        "define('DISABLE_WP_CRON', true);",
        "define('AUTOMATIC_UPDATER_DISABLED', true);",
        "define('WP_HTTP_BLOCK_EXTERNAL', true);",
        "$table_prefix = 'wp_';",
        '',
      ].join('\n'),
      { flag: 'wx' },
    );
    configWritten = true;
    const seedFile = join(dir, 'seed.json');
    await writeFile(seedFile, JSON.stringify(seed));
    const { stdout } = await run('php', [join(here, 'seed.php'), seedFile], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    const { ids } = JSON.parse(stdout.slice(stdout.indexOf('{"ids"')));
    await startServer();
    return {
      url,
      port,
      dir,
      configFile,
      ids,
      requests: () =>
        existsSync(log)
          ? readFileSync(log, 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line))
          : [],
      clearRequests: () => rmSync(log, { force: true }),
      php,
      exportWxr: () => php(readFileSync(join(here, 'export.php'), 'utf8')),
      plugin: async (pluginName, code) => {
        const file = join(dir, 'wp-content', 'mu-plugins', `${pluginName}.php`);
        if (code === undefined) return rm(file, { force: true });
        await mkdir(join(dir, 'wp-content', 'mu-plugins'), { recursive: true });
        await writeFile(file, code.startsWith('<?php') ? code : `<?php\n${code}`);
      },
      stopServer,
      startServer,
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [seedFile, port] = process.argv.slice(2);
  if (!seedFile) {
    console.error('usage: node scripts/wordpress/start.mjs seed.json [port]');
    process.exit(2);
  }
  const seed = JSON.parse(await readFile(seedFile, 'utf8'));
  const site = await startWordPress({ seed, ...(port ? { port: Number(port) } : {}) });
  console.log(`WordPress is serving ${site.url} (data in ${site.dir}); Ctrl-C stops it.`);
  process.once('SIGINT', () => site.stop().then(() => process.exit(0)));
}
