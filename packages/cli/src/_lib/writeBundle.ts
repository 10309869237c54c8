import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CliError, EXIT } from './cliError';

/** A bundle file's content: text, bytes, or text in parts written one after another. */
export type FileContent = string | Uint8Array | Iterable<string>;

/** A file as written, with the hash the up-to-date check verifies. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Names cw keeps inside a bundle folder while it writes; dotfiles, so servers do not list them. */
export const LOCK_NAME = '.cw-lock';
export const TEMP_PREFIX = '.cw-tmp-';

/**
 * Files a reader enters through, moved into place after the files they link to, so a reader who
 * gets the new `posts.json` also finds the `posts-2.json` it names. The manifest goes last.
 */
const ENTRY_FILES = ['events.ics', 'events.json', 'series.json', 'jsonld.json', 'posts.json'];
const LAST_FILES = ['index.html', 'manifest.json'];

function swapRank(path: string): number {
  if (LAST_FILES.includes(path)) return 2 + LAST_FILES.indexOf(path);
  return ENTRY_FILES.includes(path) ? 1 : 0;
}

/**
 * Writes a bundle into `outDir` so that readers never notice: every file is first written in full
 * to a temporary folder inside `outDir` (on the same file system), then moved into place with one
 * `rename` per file, which replaces the old file atomically; a reader gets the old or the new
 * complete file, never a partial or missing one. Files of the previous bundle (as its manifest
 * lists them) that the new one no longer has are removed last; nothing else in the folder is
 * touched. A lock file makes a second build into the same folder stop with a clear message, and
 * the leftovers of a killed build (its temporary folder, its lock) are removed by the next one.
 * Folders and files get the permissions the umask gives.
 *
 * @param outDir - The bundle folder (already checked to be empty, absent or a cw bundle).
 * @param files - Bundle-relative paths (forward slashes) and contents, produced lazily.
 * @param previousFiles - The files the previous bundle's manifest lists.
 * @param manifest - Renders `manifest.json` from the files written.
 * @returns The files written, manifest excluded.
 */
export async function writeBundle(
  outDir: string,
  files: Iterable<readonly [string, FileContent]>,
  previousFiles: readonly string[],
  manifest: (written: readonly WrittenFile[]) => string,
): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true });
  const release = await lock(outDir);
  const temp = join(outDir, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await removeLeftovers(outDir);
    await mkdir(temp);
    const written = await writeAll(temp, files);
    new FileWriter().write(join(temp, 'manifest.json'), manifest(written));
    const names = [...written.map((file) => file.path), 'manifest.json'];
    await moveIntoPlace(temp, outDir, names);
    const kept = new Set(names);
    await removeStale(
      outDir,
      previousFiles.filter((path) => !kept.has(path)),
    );
    return written;
  } finally {
    await rm(temp, { recursive: true, force: true });
    await release();
  }
}

async function lock(outDir: string): Promise<() => Promise<void>> {
  const path = join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(path, 'utf8').catch(() => ''));
      if (isRunning(pid)) {
        throw new CliError(
          `another cw build (process ${pid}) is writing ${outDir}; wait for it to finish and run cw build again`,
          EXIT.usage,
        );
      }
      // The build that held it was killed: its lock and temporary files are stale.
      await unlink(path).catch(() => undefined);
    }
  }
  throw new CliError(`cannot lock ${outDir} (${LOCK_NAME} keeps coming back)`, EXIT.usage);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary folders of builds that were killed (we hold the lock, so none is live). */
async function removeLeftovers(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    if (name.startsWith(TEMP_PREFIX)) {
      await rm(join(outDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * Writes every file into `temp`, one after another with synchronous calls: the files go to the
 * page cache, where a write costs less than the promise around it, and each file's text is
 * encoded into one reused buffer rather than fresh memory per file (75 MB of fresh buffers for
 * a 10,000-post bundle cost more than encoding and hashing them).
 */
async function writeAll(
  temp: string,
  files: Iterable<readonly [string, FileContent]>,
): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  const folders = new Set<string>();
  const writer = new FileWriter();
  for (const [path, content] of files) {
    const target = join(temp, ...path.split('/'));
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    written.push({ path, ...writer.write(target, content) });
  }
  return written.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// Text is encoded in slices of this many characters (at most three bytes each in UTF-8).
const SLICE = 1 << 20;

/** Writes files through one reused buffer, hashing what it writes. */
class FileWriter {
  private buffer = Buffer.allocUnsafe(3 * SLICE);

  write(target: string, content: FileContent): { bytes: number; sha256: string } {
    const hash = createHash('sha256');
    let bytes = 0;
    const fd = openSync(target, 'w');
    try {
      const put = (data: Uint8Array) => {
        hash.update(data);
        bytes += data.byteLength;
        for (let done = 0; done < data.byteLength; ) {
          done += writeSync(fd, data, done, data.byteLength - done);
        }
      };
      const putText = (text: string) => {
        for (let start = 0; start < text.length; ) {
          let end = Math.min(text.length, start + SLICE);
          // Never split a surrogate pair: each half alone would be encoded as U+FFFD.
          const last = text.charCodeAt(end - 1);
          if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
          const length = this.buffer.write(text.slice(start, end), 0);
          put(this.buffer.subarray(0, length));
          start = end;
        }
      };
      if (typeof content === 'string') putText(content);
      else if (content instanceof Uint8Array) put(content);
      else {
        // Parts (a JSON-LD node, a page's item) are encoded one after another into the buffer,
        // which is written when full: never joined into one large string first.
        let used = 0;
        for (const part of content) {
          if (used + 3 * part.length > this.buffer.length) {
            put(this.buffer.subarray(0, used));
            used = 0;
          }
          if (3 * part.length > this.buffer.length) putText(part);
          else used += this.buffer.write(part, used);
        }
        put(this.buffer.subarray(0, used));
      }
    } finally {
      closeSync(fd);
    }
    return { bytes, sha256: hash.digest('hex') };
  }
}

async function moveIntoPlace(temp: string, outDir: string, names: readonly string[]) {
  const ordered = [...names].sort((a, b) => swapRank(a) - swapRank(b));
  const folders = new Set<string>();
  for (const name of ordered) {
    const target = join(outDir, ...name.split('/'));
    const folder = dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await rename(join(temp, ...name.split('/')), target);
  }
}

/** Removes files the previous bundle had and this one has not, then their emptied folders. */
async function removeStale(outDir: string, stale: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of stale) {
    // Only plain relative paths a manifest of ours can hold; never anything outside the folder.
    if (path.split('/').some((part) => part === '..' || part === '') || path.startsWith('/')) {
      continue;
    }
    await unlink(join(outDir, ...path.split('/'))).catch(() => undefined);
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth > 0; depth--) {
      folders.add(parts.slice(0, depth).join('/'));
    }
  }
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of deepestFirst) {
    await rmdir(join(outDir, ...folder.split('/'))).catch(() => undefined);
  }
}
