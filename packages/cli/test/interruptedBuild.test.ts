import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const writeAtomically = fileURLToPath(new URL('../src/_lib/writeAtomically.ts', import.meta.url));

describe('a build killed while writing', () => {
  it('leaves the previous bundle exactly as it was', async () => {
    const out = join(dir, 'bundle');
    await mkdir(out);
    await writeFile(join(out, 'posts.json'), 'previous posts');

    // A child process writes a new bundle, signals once some files are on disk, then is killed
    // with SIGKILL: no cleanup code of ours can run, as in a crash or a lost machine.
    const script = `
      import { writeFile } from 'node:fs/promises';
      import { writeAtomically } from ${JSON.stringify(writeAtomically)};
      function* files() {
        yield ['posts.json', 'new posts'];
        yield ['posts-2.json', 'new page 2'];
        yield ['events.ics', { *[Symbol.iterator]() { yield 'BEGIN:VCALENDAR'; } }];
      }
      await writeAtomically(${JSON.stringify(out)}, (function* () {
        yield* files();
        // Tell the parent the temporary folder holds files, then never finish.
        writeFile(${JSON.stringify(join(dir, 'ready'))}, 'x');
        while (true) { const t = Date.now(); while (Date.now() - t < 50) {} yield ['spin-' + t + '.json', '{}']; }
      })());
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 20_000;
    while (!existsSync(join(dir, 'ready')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(existsSync(join(dir, 'ready'))).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    expect(await readFile(join(out, 'posts.json'), 'utf8')).toBe('previous posts');
    expect(await readdir(out)).toEqual(['posts.json']);
    // The half-written bundle is in a temporary folder beside it, never where the site serves.
    const temp = (await readdir(dir)).filter((name) => name.startsWith('.bundle.tmp-'));
    expect(temp).toHaveLength(1);
    expect(existsSync(join(dir, temp[0] ?? '', 'posts.json'))).toBe(true);
  }, 30_000);
});
