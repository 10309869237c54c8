import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // npm entry points: Lit and the model packages stay external so apps share one copy.
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The drop-in bundle for `<script type="module" src=".../cw-widgets.js">`: everything inlined.
    entry: { 'cw-widgets': 'src/index.ts' },
    outDir: 'dist/cdn',
    format: ['esm'],
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    target: 'es2022',
  },
]);
