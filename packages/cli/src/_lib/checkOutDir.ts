import { lstat, readdir, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve, sep } from 'node:path';
import { type CwManifestLike, manifestFiles, readBundleManifest } from './bundleManifest';
import { CliError } from './cliError';
import { displayPath } from './displayPath';
import { LOCK_NAME, TEMP_PREFIX } from './writeBundle';

/** What {@link checkOutDir} found in the folder. */
export interface OutDirState {
  /** The folder, absolute, symlinks resolved. */
  path: string;
  /** The files the existing bundle's manifest lists (empty when the folder is new or empty). */
  previousFiles: string[];
  /** The existing bundle's manifest, when there is one. */
  manifest: CwManifestLike | undefined;
}

/** Resolves symlinks of the longest existing prefix, so `a/../b` and links compare as the OS sees them. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(await realPathOf(parent), absolute.slice(parent.length + 1));
  }
}

const inside = (path: string, folder: string) =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

function refuse(out: string, why: string): never {
  throw new CliError(
    `--out ${out}: ${why}.\n  cw writes only into an empty or new folder, or one holding a bundle it built; choose another folder, e.g. --out ${join(out, 'cw')}`,
  );
}

/**
 * Decides whether `cw build` may write into `out`, before anything is read or written. Always
 * refused: the file system root, the home folder, the working folder or any folder above it, a
 * path that is not a folder, and any folder that holds one of the inputs. Otherwise the folder
 * must be absent, empty, or a bundle cw built (recognised by its `manifest.json`); a folder with
 * anything else in it is refused with the names of what is there.
 *
 * @param out - The `--out` folder as the user gave it.
 * @param inputs - The input files (absolute).
 * @returns The folder and what the previous bundle held.
 * @throws {CliError} With exit code 2 and what to do instead.
 */
export async function checkOutDir(out: string, inputs: readonly string[]): Promise<OutDirState> {
  const path = await realPathOf(out);
  const shown = displayPath(resolve(out));
  if (parse(path).root === path) refuse(shown, 'that is the root of the file system');
  if (path === (await realPathOf(homedir()))) refuse(shown, 'that is your home folder');
  const cwd = await realPathOf(process.cwd());
  if (inside(cwd, path)) {
    refuse(
      shown,
      path === cwd ? 'that is the working folder' : 'that folder holds the working folder',
    );
  }
  for (const input of inputs) {
    if (inside(await realPathOf(input), path)) {
      refuse(shown, `that folder holds the input ${displayPath(input)}`);
    }
  }
  const info = await lstat(path).catch(() => undefined);
  if (info === undefined) return { path, previousFiles: [], manifest: undefined };
  if (!info.isDirectory()) refuse(shown, 'that is a file, not a folder');

  const entries = (await readdir(path)).filter(
    (name) => name !== LOCK_NAME && !name.startsWith(TEMP_PREFIX),
  );
  if (entries.length === 0) return { path, previousFiles: [], manifest: undefined };
  const manifest = await readBundleManifest(path);
  if (manifest === undefined) {
    const listed = entries.slice(0, 5).join(', ');
    const more = entries.length > 5 ? ` and ${entries.length - 5} more` : '';
    refuse(shown, `the folder is not empty and holds no bundle cw built (it has ${listed}${more})`);
  }
  return { path, previousFiles: manifestFiles(manifest), manifest };
}
