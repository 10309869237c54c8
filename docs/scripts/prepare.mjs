// Runs before `vitepress dev` and `vitepress build`:
//   1. `cw build` on the seed archive into public/bundle, so the live demos load a real bundle;
//   2. TypeDoc (+ typedoc-plugin-markdown) from the packages' doc comments into api/, skipped
//      when no source file changed since the last run.
// The element API tables are not made here: elements/elements.data.ts reads custom-elements.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = fileURLToPath(new URL('..', import.meta.url));
const root = join(docs, '..');

async function buildSeedBundle() {
  const cli = join(root, 'packages/cli/dist/index.js');
  if (!existsSync(cli)) {
    throw new Error(
      'packages/cli is not built. Run `pnpm turbo run build --filter=@competencyworks/docs...` (or `pnpm build`).',
    );
  }
  const { buildBundle } = await import(cli);
  const { built, manifest } = await buildBundle({ outDir: join(docs, 'public/bundle') });
  const { posts, series, events } = manifest.counts;
  console.log(
    `docs: ${built ? 'built' : 'kept'} public/bundle (${posts} posts, ${series} series, ${events} events)`,
  );
}

/** Newest modification time of the TypeScript sources TypeDoc reads. */
function newestSource() {
  let newest = statSync(join(docs, 'typedoc.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const name of ['core', 'posts', 'series', 'events'])
    walk(join(root, 'packages', name, 'src'));
  return newest;
}

function buildApiReference() {
  const stamp = join(docs, 'api/.built');
  const newest = newestSource();
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest) {
    console.log('docs: api/ is up to date');
    return;
  }
  const bin = join(docs, 'node_modules/.bin/typedoc');
  const result = spawnSync(bin, ['--options', 'typedoc.json'], { cwd: docs, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`TypeDoc failed (exit ${result.status})`);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  console.log('docs: generated api/ with TypeDoc');
}

await buildSeedBundle();
buildApiReference();
