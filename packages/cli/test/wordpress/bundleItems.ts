import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A JSON Feed item as the tests read it from a bundle. */
export interface BundleItem {
  id: string;
  title?: string;
  url?: string;
  content_html?: string;
  date_published?: string;
  authors?: { name: string }[];
  [field: string]: unknown;
}

/** Every item of a bundle's paged JSON Feed, from `posts.json` along its `next_url` links. */
export async function bundleItems(dir: string): Promise<BundleItem[]> {
  const items: BundleItem[] = [];
  let file: string | undefined = 'posts.json';
  while (file) {
    const feed: { items: BundleItem[]; next_url?: string } = JSON.parse(
      await readFile(join(dir, file), 'utf8'),
    );
    items.push(...feed.items);
    file = feed.next_url ? basename(new URL(feed.next_url, 'file:///').pathname) : undefined;
  }
  return items;
}
