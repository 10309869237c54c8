import { mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole folder at once: every file goes into a temporary folder beside `outDir`, and
 * only when all are written does a rename swap it into place. A failure or interruption before
 * that leaves the previous bundle untouched (and the temporary folder is removed when possible).
 *
 * @param files - Bundle-relative paths (forward slashes) and contents, produced lazily: a content
 *   given as an iterable of strings is written part by part.
 */
export async function writeAtomically(
  outDir: string,
  files: Iterable<readonly [string, string | Uint8Array | Iterable<string>]>,
): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(outDir)}.tmp-`));
  // Up to WRITE_CONCURRENCY files in flight: a bundle of a large export has thousands of small
  // files, and writing them one after another leaves the build waiting on the disk.
  const pending = new Set<Promise<void>>();
  try {
    const folders = new Set<string>();
    for (const [path, content] of files) {
      const target = join(temp, ...path.split('/'));
      const folder = dirname(target);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      const write = writeOne(target, content).finally(() => pending.delete(write));
      pending.add(write);
      if (pending.size >= WRITE_CONCURRENCY) await Promise.race(pending);
    }
    await Promise.all(pending);
    await swapInto(temp, outDir);
  } catch (error) {
    // Let the writes in flight settle before removing the folder they write into.
    await Promise.allSettled(pending);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

const WRITE_CONCURRENCY = 16;

async function writeOne(
  target: string,
  content: string | Uint8Array | Iterable<string>,
): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await writeFile(target, content);
    return;
  }
  const handle = await open(target, 'w');
  try {
    // Parts are small (one JSON-LD node each); write them in blocks of about a megabyte.
    let block = '';
    for (const part of content) {
      block += part;
      if (block.length >= 1 << 20) {
        await handle.write(block);
        block = '';
      }
    }
    if (block !== '') await handle.write(block);
  } finally {
    await handle.close();
  }
}

async function swapInto(temp: string, outDir: string): Promise<void> {
  const old = `${temp}-old`;
  let hadOld = false;
  try {
    await rename(outDir, old);
    hadOld = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(temp, outDir);
  } catch (error) {
    // Put the previous bundle back so the site keeps serving it.
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
