import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Post } from '@competencyworks/posts';

/** The posts last read from each REST collection of one site. */
export type SiteCollections = Map<string, Post[]>;

interface CacheFile {
  version: 1;
  sites: Record<string, Record<string, Post[]>>;
}

/**
 * The cache file of a bundle: beside it, not in it, so it is never served and survives the
 * bundle's atomic swap (`public/cw` keeps its cache in `public/.cw.cw-site-cache.json`).
 */
export function siteCachePath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.cw-site-cache.json`);
}

async function readCache(file: string): Promise<CacheFile> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (value.version === 1 && typeof value.sites === 'object' && value.sites !== null)
      return value;
  } catch {
    // No cache or an unreadable one: the next read is a full one, which is always correct.
  }
  return { version: 1, sites: {} };
}

/** The collections cached for a site, or an empty map. */
export async function loadSiteCache(file: string, site: string): Promise<SiteCollections> {
  const cache = await readCache(file);
  return new Map(Object.entries(cache.sites[site] ?? {}));
}

/** Replaces a site's collections in the cache file (written whole, then renamed into place). */
export async function saveSiteCache(
  file: string,
  site: string,
  collections: SiteCollections,
): Promise<void> {
  const cache = await readCache(file);
  cache.sites[site] = Object.fromEntries(collections);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cache));
  await rename(temporary, file);
}
