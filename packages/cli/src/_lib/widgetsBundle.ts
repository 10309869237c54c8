import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The drop-in widgets bundle (`@competencyworks/widgets/cdn`), or undefined when it is not built. */
export async function readDropInBundle(): Promise<Uint8Array | undefined> {
  try {
    return await readFile(require.resolve('@competencyworks/widgets/cdn'));
  } catch {
    return undefined;
  }
}
