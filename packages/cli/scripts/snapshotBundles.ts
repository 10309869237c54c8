import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWxrExport } from '../../../bench/generate/wxr';
import { buildBundle } from '../src/buildBundle';

// Checks that a change to how `cw build` works leaves its output alone: `snapshot <dir>` builds
// the seed archive, the shared fixtures and the 10,000-item bench feed into `<dir>/<case>/`
// (fixed build time, so two runs of the same code give the same bytes), and `compare <a> <b>`
// lists every file that differs between two snapshots, manifest.json aside (it names the code
// that built it). Run `snapshot` before and after a change, then `compare`:
//
//   TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx packages/cli/scripts/snapshotBundles.ts snapshot /tmp/before
//
// The inputs are outside the repository (the shared fixtures folder, `bench/.data/`): a case
// whose input is missing is skipped. A 20 MB WordPress export is generated into `bench/.data/`.

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = process.env.CW_FIXTURES ?? '/work/shared/fixtures';

/** Each case: a name and its inputs (an empty list builds the seed archive). */
async function cases(): Promise<[name: string, inputs: string[]][]> {
  const list: [string, string[]][] = [['seed', []]];
  for (const folder of ['wordpress-rss', 'wxr', 'jsonfeed', 'wordpress-rest', 'seeds']) {
    const dir = join(fixtures, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.startsWith('LICENSE')) continue;
      list.push([`${folder}-${file}`, [join(dir, file)]]);
    }
  }
  if (existsSync(join(fixtures, 'wordpress-rss'))) {
    list.push([
      'wordpress-rss+wxr+seeds',
      ['wordpress-rss', 'wxr', 'seeds'].map((f) => join(fixtures, f)),
    ]);
  }
  const feed = join(repo, 'bench/.data/wordpress-rss-10000-20161219.xml');
  if (existsSync(feed)) list.push(['rss-10000', [feed]]);
  // Large enough to be streamed (readSource's threshold is 8 MB); generated on first use.
  list.push(['wxr-20mb', [(await ensureWxrExport(20)).path]]);
  return list;
}

async function snapshot(dir: string): Promise<void> {
  for (const [name, inputs] of await cases()) {
    const outDir = join(dir, name);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      const result = await buildBundle({
        inputs,
        outDir,
        force: true,
        now: new Date('2017-01-01T00:00:00Z'),
      });
      // What the report says (not in the bundle, but the same pipeline decides it).
      writeFileSync(
        join(dir, `${name}.report.json`),
        `${JSON.stringify({ counts: result.manifest.counts, issues: result.issues, lost: result.lost, skipped: result.skipped }, null, 1)}\n`,
      );
      console.log(
        `${name}: ${result.manifest.counts.posts} posts, ${result.manifest.counts.files} files`,
      );
    } catch (error) {
      writeFileSync(join(dir, `${name}.report.json`), `${String(error)}\n`);
      console.log(`${name}: ${String(error).split('\n')[0]}`);
    }
  }
}

function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (at: string) => {
    if (!existsSync(at)) return;
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        found.set(
          relative(dir, path),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  walk(dir);
  return found;
}

function compare(a: string, b: string): number {
  let differences = 0;
  const left = files(a);
  const right = files(b);
  for (const path of new Set([...left.keys(), ...right.keys()])) {
    if (path.endsWith('/manifest.json')) continue;
    if (left.get(path) !== right.get(path)) {
      differences++;
      console.log(
        `${left.has(path) ? (right.has(path) ? 'differs' : 'only in a') : 'only in b'}: ${path}`,
      );
    }
  }
  console.log(
    `${left.size} and ${right.size} files compared, ${differences} differ (manifest.json aside)`,
  );
  return differences;
}

const [command, first, second] = process.argv.slice(2);
if (command === 'snapshot' && first) await snapshot(first);
else if (command === 'compare' && first && second)
  process.exitCode = compare(first, second) ? 1 : 0;
else {
  console.error('usage: snapshotBundles.ts snapshot <dir> | compare <a> <b>');
  process.exitCode = 2;
}
