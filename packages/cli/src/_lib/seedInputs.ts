import { fileURLToPath } from 'node:url';

/**
 * The seed archive pages shipped in the package's `seeds/` folder, found from this module's
 * location: `dist/` is one level below the package root, `src/_lib/` two.
 */
export function seedInputs(): string[] {
  const root = new URL(import.meta.url.includes('/dist/') ? '../' : '../../', import.meta.url);
  return ['archive-2016-08.txt', 'archive-2016-12.txt'].map((name) =>
    fileURLToPath(new URL(`seeds/${name}`, root)),
  );
}
