// `pnpm demo` / `pnpm --filter @competencyworks/demo serve`: serves the built demo and proves
// cross-origin embedding with three origins on this machine:
//   - the demo site (vite preview of dist/),
//   - the content bundle (dist/bundle, served by the CLI's serveBundle exactly as `cw serve`),
//   - a partner page (plain HTML in partner/) that loads the drop-in script and the feed from the
//     bundle's origin.
// The partner page names the bundle's port, so the ports are fixed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveBundle } from '@competencyworks/cli';
import { preview } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const PORTS = { demo: 4173, bundle: 4174, partner: 4175 };
const HOST = '127.0.0.1';

if (!existsSync(here('dist/bundle/posts.json'))) {
  console.error(
    'apps/demo/dist has no content bundle. Build first: pnpm demo (from the repository root) or\n' +
      '  pnpm turbo run build --filter=@competencyworks/demo...',
  );
  process.exit(1);
}

const servers = [];
try {
  const site = await preview({
    root: here('.'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: 'dist' },
    preview: { port: PORTS.demo, strictPort: true, host: HOST, open: false },
  });
  servers.push(() => site.close());
  const bundle = await serveBundle(here('dist/bundle'), { port: PORTS.bundle, host: HOST });
  servers.push(bundle.close);
  const partner = await serveBundle(here('partner'), { port: PORTS.partner, host: HOST });
  servers.push(partner.close);
} catch (error) {
  console.error(
    `Could not start the demo servers: ${error instanceof Error ? error.message : error}`,
  );
  console.error(`Are ports ${Object.values(PORTS).join(', ')} free?`);
  await Promise.all(servers.map((close) => close()));
  process.exit(1);
}

console.log(`
  CompetencyWorks demo
    Site:          http://localhost:${PORTS.demo}/
    Series page:   http://localhost:${PORTS.demo}/series.html
    Event page:    http://localhost:${PORTS.demo}/event.html
    Theming page:  http://localhost:${PORTS.demo}/theming.html
    Partner page:  http://localhost:${PORTS.partner}/   (another origin, drop-in script only)
    Bundle:        http://localhost:${PORTS.bundle}/   (served like \`cw serve\`: CORS, ETag, Cache-Control)

  Press Ctrl+C to stop.
`);

const stop = async () => {
  await Promise.all(servers.map((close) => close()));
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
