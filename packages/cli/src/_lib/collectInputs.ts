import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { CliError } from './cliError';
import { isSiteUrl } from './readSite';

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

/**
 * Expands the inputs a user named into files: files as given, folders walked recursively for
 * source files (hidden entries skipped), in a stable order so bundles are reproducible.
 */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    // A site URL is read by readSite, not from the disk.
    if (isSiteUrl(path)) {
      files.push(path);
      continue;
    }
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new CliError(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const found = await walk(absolute);
      if (found.length === 0) {
        throw new CliError(
          `${path}: the folder has no source files (${[...SOURCE_EXTENSIONS].join(', ')})`,
        );
      }
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (SOURCE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
