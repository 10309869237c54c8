// A VitePress data loader: real examples for the bundle-format page, taken from the bundle that
// scripts/prepare.mjs built from the seed archive before this docs build.
import { readFileSync } from 'node:fs';
import { defineLoader } from 'vitepress';

export interface BundleExamples {
  feed: string;
  item: string;
  listItem: string;
  event: string;
  series: string;
  manifest: string;
}

declare const data: BundleExamples;

export { data };

/** Shortens long strings and arrays so an example fits on screen. */
function trim(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 90 ? `${value.slice(0, 87)}…` : value;
  if (Array.isArray(value)) {
    const kept = value.slice(0, depth === 0 ? 1 : 2).map((v) => trim(v, depth + 1));
    return value.length > kept.length ? [...kept, `… ${value.length - kept.length} more`] : kept;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v, depth + 1)]));
  }
  return value;
}

const show = (value: unknown) => JSON.stringify(value, null, 2);

export default defineLoader({
  watch: ['../public/bundle/*.json', '../public/bundle/full/*.json'],
  load(files: string[]): BundleExamples {
    const read = (name: string) => {
      const file = files.find((f) => f.replaceAll('\\', '/').endsWith(`/bundle/${name}`));
      if (!file)
        throw new Error(`docs/public/bundle/${name} is missing: run node scripts/prepare.mjs`);
      return JSON.parse(readFileSync(file, 'utf8'));
    };
    const feed = read('posts.json');
    const full = read('full/posts.json');
    const pick = (items: { id: string }[]) =>
      items.find((i) => i.id.includes('student-voices')) ?? items[0];
    const item = pick(full.items);
    const listItem = pick(feed.items);
    const { items, ...feedTop } = feed;
    const events = read('events.json');
    const series = read('series.json');
    const manifest = read('manifest.json');
    return {
      feed: show({ ...feedTop, items: [`… ${items.length} items`] }),
      item: show(trim(item, 1)),
      listItem: show(trim(listItem, 1)),
      event: show(
        trim(
          events.events.find((e: { kind: string }) => e.kind === 'webinar') ?? events.events[0],
          1,
        ),
      ),
      series: show(
        trim(
          series.series.find((s: { id: string }) => s.id === 'rethinking-the-achievement-gap') ??
            series.series[0],
          1,
        ),
      ),
      manifest: show(trim({ ...manifest, files: manifest.files }, 1)),
    };
  },
});
