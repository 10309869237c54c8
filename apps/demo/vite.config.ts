import { fileURLToPath } from 'node:url';
import { buildBundle } from '@competencyworks/cli';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Runs `cw build` on the seed archive into `public/bundle` before Vite starts, so the dev server
 * and the production build both serve a real content bundle at `/bundle/`. The build is skipped
 * when the seed files and settings have not changed (the CLI compares `manifest.json`).
 */
function contentBundle(): Plugin {
  return {
    name: 'cw-content-bundle',
    async config() {
      const { built, manifest } = await buildBundle({ outDir: here('public/bundle') });
      const { posts, series, events } = manifest.counts;
      console.log(
        `cw build: ${built ? 'built' : 'up to date'} public/bundle (${posts} posts, ${series} series, ${events} events)`,
      );
    },
  };
}

export default defineConfig({
  plugins: [contentBundle()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        home: here('index.html'),
        series: here('series.html'),
        event: here('event.html'),
        theming: here('theming.html'),
      },
    },
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
});
