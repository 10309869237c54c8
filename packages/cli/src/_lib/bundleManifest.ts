import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A parsed `manifest.json` that `cw build` wrote (any version). */
export interface CwManifestLike {
  tool: string;
  files: unknown[];
  [key: string]: unknown;
}

/** True when a parsed `manifest.json` is one `cw build` wrote. */
export function isCwManifest(manifest: unknown): manifest is CwManifestLike {
  const value = manifest as { tool?: unknown; files?: unknown } | null;
  return (
    typeof value?.tool === 'string' &&
    value.tool.startsWith('@competencyworks/cli@') &&
    Array.isArray(value.files)
  );
}

/** The file paths a manifest lists (version 1 listed names, version 2 lists `{ path, ... }`). */
export function manifestFiles(manifest: CwManifestLike): string[] {
  return manifest.files.flatMap((entry) => {
    const path = typeof entry === 'string' ? entry : (entry as { path?: unknown })?.path;
    return typeof path === 'string' ? [path] : [];
  });
}

/** The manifest of the bundle in `dir`, or undefined when `dir` holds no bundle cw built. */
export async function readBundleManifest(dir: string): Promise<CwManifestLike | undefined> {
  const manifest = await readFile(join(dir, 'manifest.json'), 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
  return isCwManifest(manifest) ? manifest : undefined;
}
