import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh temporary folder for each test, removed after it (the working folder is restored
 * too, for tests that change it); returns a getter for its path.
 */
export function useTempDir(prefix: string): () => string {
  let dir = '';
  const cwd = process.cwd();
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
