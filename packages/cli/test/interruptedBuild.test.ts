import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/buildBundle';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-crash-');
const now = new Date('2016-12-20T12:00:00Z');
const writeBundle = fileURLToPath(new URL('../src/_lib/writeBundle.ts', import.meta.url));

describe('a build killed while writing', () => {
  it('leaves the previous bundle serving, and the next build removes its leftovers', async () => {
    const out = join(dir(), 'bundle');
    await buildBundle({ outDir: out, now });
    const before = await readFile(join(out, 'posts.json'), 'utf8');
    const files = (await readdir(out)).sort();

    // A child process writes a new bundle, signals once some files are on disk, then is killed
    // with SIGKILL: no cleanup code of ours can run, as in a crash or a lost machine.
    const script = `
      import { writeFile } from 'node:fs/promises';
      import { writeBundle } from ${JSON.stringify(writeBundle)};
      await writeBundle(${JSON.stringify(out)}, (function* () {
        yield ['posts.json', 'new posts'];
        yield ['posts-2.json', 'new page 2'];
        // Tell the parent the temporary folder holds files, then never finish.
        writeFile(${JSON.stringify(join(dir(), 'ready'))}, 'x');
        while (true) { const t = Date.now(); while (Date.now() - t < 50) {} yield ['spin-' + t + '.json', '{}']; }
      })(), [], () => '{}');
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 20_000;
    while (!existsSync(join(dir(), 'ready')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(existsSync(join(dir(), 'ready'))).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    // The previous bundle is served as it was; the half-written one sits in a dot folder.
    expect(await readFile(join(out, 'posts.json'), 'utf8')).toBe(before);
    const after = await readdir(out);
    expect(after.filter((name) => !name.startsWith('.')).sort()).toEqual(files);
    expect(after.filter((name) => name.startsWith('.cw-tmp-'))).toHaveLength(1);
    expect(after).toContain('.cw-lock');

    // The next build sees the killed build's lock is stale, and removes its temporary folder.
    const next = await buildBundle({ outDir: out, now, force: true });
    expect(next.built).toBe(true);
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 30_000);
});
