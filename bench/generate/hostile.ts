import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The hostile shapes of issue 13: each one a feed that a quadratic reader never finishes. */
export type HostileShape = 'huge-text' | 'deep-nesting' | 'huge-attribute' | 'many-entities';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Hostile</title>\n<item><title>One item</title><link>https://example.org/one/</link>\n';
const TAIL = '</item>\n</channel></rss>\n';

// Escaped HTML as WordPress writes it into <description> outside CDATA: many short entity runs.
const PARAGRAPH =
  '&lt;p&gt;Students&amp;rsquo; voices &amp;amp; choices shape the school&amp;nbsp;day &#8211; every day.&lt;/p&gt;\n';

/** The parts to write for a shape at a size (bytes, or elements for nesting), streamed in pieces. */
function* pieces(shape: HostileShape, size: number): Generator<string> {
  yield HEAD;
  switch (shape) {
    case 'huge-text': {
      yield '<description>';
      const block = PARAGRAPH.repeat(Math.ceil(65_536 / PARAGRAPH.length));
      for (let written = 0; written < size; written += block.length) yield block;
      yield '</description>\n';
      break;
    }
    case 'deep-nesting': {
      yield '<description>deep</description>\n';
      const open = '<x>'.repeat(1000);
      const close = '</x>'.repeat(1000);
      for (let i = 0; i < size; i += 1000) yield open;
      for (let i = 0; i < size; i += 1000) yield close;
      yield '\n';
      break;
    }
    case 'huge-attribute': {
      yield '<description>attribute</description>\n<enclosure type="audio/mpeg" length="1" url="https://example.org/';
      const block = 'a&amp;b'.repeat(8192);
      for (let written = 0; written < size; written += block.length) yield block;
      yield '"/>\n';
      break;
    }
    case 'many-entities': {
      yield '<description>';
      const block = '&amp;&lt;&nbsp;&#233;&eacute;'.repeat(2048);
      for (let written = 0; written < size; written += block.length) yield block;
      yield '</description>\n';
      break;
    }
  }
  yield TAIL;
}

/**
 * Writes a hostile feed of one shape into `bench/.data/` (reused when it exists) and returns its
 * path. `size` is the approximate byte size of the hostile part, or the element count for nesting.
 */
export async function ensureHostileFeed(shape: HostileShape, size: number): Promise<string> {
  const dir = fileURLToPath(new URL('../.data/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}hostile-${shape}-${size}.xml`;
  if (existsSync(path)) return path;
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  for (const piece of pieces(shape, size)) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(tmp, path);
  return path;
}

/** The same shapes as strings, for small in-memory runs. */
export function hostileFeed(shape: HostileShape, size: number): string {
  return [...pieces(shape, size)].join('');
}
