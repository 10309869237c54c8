import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { readBundleManifest } from './bundleManifest';
import { CliError } from './cliError';
import { displayPath } from './displayPath';

/** File extensions read when a folder is given; a file named directly is read whatever its name. */
const SOURCE_EXTENSIONS = new Set([
  '.xml',
  '.rss',
  '.atom',
  '.json',
  '.html',
  '.htm',
  '.txt',
  '.wxr',
]);

/** A file found in an input folder and not read, with why. */
export interface SkippedFile {
  file: string;
  /** Where in the file reading stopped, for an input that could not be read. */
  line?: number;
  column?: number;
  reason: string;
}

/** The files to read, whether each was found in a folder, and what was passed over. */
export interface CollectedInputs {
  files: string[];
  /** Files found by walking a folder (not named by the user): ones that are no source are skipped. */
  walked: Set<string>;
  skipped: SkippedFile[];
}

/**
 * Expands the inputs a user named into files: files as given, folders walked recursively for
 * source files in a stable order so bundles are reproducible. Hidden entries are passed over;
 * other files without a source extension (LICENSE, README.md, images) and folders holding a cw
 * bundle (its `manifest.json` would otherwise be read back as input) are skipped with a note.
 *
 * @throws {CliError} When a named input does not exist.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const walked = new Set<string>();
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new CliError(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const found = await walk(absolute, skipped);
      if (found.length === 0) {
        throw new CliError(
          `${path}: the folder has no source files (${[...SOURCE_EXTENSIONS].join(', ')})`,
        );
      }
      for (const file of found) walked.add(file);
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  return { files: [...new Set(files)], walked, skipped };
}

async function walk(dir: string, skipped: SkippedFile[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.some((entry) => entry.name === 'manifest.json') && (await readBundleManifest(dir))) {
    skipped.push({ file: displayPath(dir), reason: 'a bundle cw built, not a source' });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, skipped)));
    else if (SOURCE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    else skipped.push({ file: displayPath(path), reason: 'not a source file (by its extension)' });
  }
  return files;
}
