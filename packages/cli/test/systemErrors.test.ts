// What the operating system refuses is one plain sentence and exit 3 (issue 14: disk full,
// read-only folder and mount points printed "unexpected error, please report it" and a stack).
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';

const failure = vi.hoisted(() => ({ code: 'ENOSPC', syscall: 'write' }));
vi.mock('../src/_lib/writeBundle', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  // The disk (or the folder) refuses as the kernel would, partway through writing the bundle.
  writeBundle: async (outDir: string) => {
    throw Object.assign(new Error(`${failure.code}: ${failure.syscall} '${outDir}'`), {
      code: failure.code,
      syscall: failure.syscall,
      path: join(outDir, 'posts.json'),
    });
  },
}));

const dir = useTempDir('cw-os-');

describe('cw build when the system refuses', () => {
  it.each([
    ['ENOSPC', 'the disk is full while writing'],
    ['EROFS', 'is on a read-only file system; choose a writable folder'],
    ['EBUSY', 'is busy (a mount point or a file in use); choose another folder'],
    ['EACCES', 'permission denied:'],
  ])('%s: one sentence, exit 3, no stack trace', async (code, sentence) => {
    failure.code = code;
    const out = join(dir(), 'out');
    const result = await runCli(['build', '--out', out]);
    expect(result.code).toBe(3);
    expect(result.err).toContain(sentence);
    expect(result.err).toContain(join(out, 'posts.json'));
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).not.toMatch(/\n\s+at /);
    const json = await runCli(['build', '--out', out, '--json']);
    expect(JSON.parse(json.out).error.exitCode).toBe(3);
  });
});
