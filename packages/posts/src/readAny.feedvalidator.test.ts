import { readdirSync, readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { readAny } from './readAny';

const root = new URL('../test/fixtures/feedvalidator/', import.meta.url);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:xml|rss|atom|rdf)$/i.test(name))
  .sort();

const ITEM = /<((?:[\w.-]+:)?(?:item|entry))\b[^>]*>([\s\S]*?)<\/\1\s*>/g;
/**
 * A field with text in it (CDATA counts), an RSS link or enclosure with a web address, or an
 * Atom link to the entry itself or its enclosure (RFC 4287: no `rel` means "alternate"; the
 * other relations point elsewhere).
 */
const CONTENT = new RegExp(
  [
    /<(?:[\w.-]+:)?(?:title|description|summary|content|encoded)\b[^>]*>\s*(?:<!\[CDATA\[\s*)?[^<\s]/,
    /<link\b[^>]*>\s*https?:/,
    /<enclosure\b[^>]*\burl\s*=\s*["']https?:/,
    /<(?:[\w.-]+:)?link\b(?![^>]*\brel\s*=\s*["'](?!(?:alternate|enclosure)["']))[^>]*\bhref\s*=\s*["']https?:/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/**
 * Whether a file holds an item a reader could make a post of, judged from its text alone (a
 * check independent of the reader): an `<item>` or `<entry>` outside comments with a non-empty
 * title, description, summary, content or link, or an enclosure.
 */
function holdsReadableItem(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes).replace(/<!--[\s\S]*?-->/g, '');
  for (const item of text.matchAll(ITEM)) if (CONTENT.test(item[2] ?? '')) return true;
  return false;
}

/**
 * Files the check above counts as holding a readable item that rightly give no post, each with
 * the reason. None is here for being badly formed XML or in an unsupported encoding: those
 * files of the corpus hold no item.
 */
const NO_POST: Record<string, string> = {
  // No readable item: Atom's <link> has its address in href; this one has text only, invalid.
  'atom/must/entry_link_not_empty.xml': 'no readable item: an Atom <link> without href',
  // No readable item: the only title is escaped HTML "<a", an unfinished tag with no text.
  'atom/must/entry_title_not_html.xml': 'no readable item: the title is an unfinished HTML tag',
};

describe('readAny over the W3C Feed Validation Service test cases', () => {
  const read = files.map((name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, root)));
    try {
      return { name, bytes, result: readAny(bytes, { file: name }) };
    } catch (error) {
      return { name, bytes, error };
    }
  });

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(1600);
  });

  it('never crashes: every file is read or refused with a typed ParseError', () => {
    const crashes = read
      .filter(({ error }) => error !== undefined && !(error instanceof ParseError))
      .map(({ name, error }) => `${name}: ${String(error)}`);
    expect(crashes).toEqual([]);
  });

  it('reads at least one post from every file that holds a readable item', () => {
    const lost = read
      .filter(
        ({ name, bytes, result }) =>
          !(name in NO_POST) && holdsReadableItem(bytes) && (result?.posts.length ?? 0) === 0,
      )
      .map(
        ({ name, result, error }) =>
          `${name}: ${error instanceof Error ? error.message : result?.issues[0]?.message}`,
      );
    expect(lost).toEqual([]);
  });

  it('keeps its list of files without posts honest: each still gives none', () => {
    const listed = read.filter(({ name }) => name in NO_POST);
    expect(listed.map(({ name }) => name)).toEqual(Object.keys(NO_POST).sort());
    expect(
      listed.filter(({ result }) => (result?.posts.length ?? 0) > 0).map(({ name }) => name),
    ).toEqual([]);
  });

  it('reports every item it skips in a file that holds items but gives no post', () => {
    const silent = read
      .filter(({ name, bytes, result }) => {
        if (result === undefined || result.posts.length > 0 || name in NO_POST) return false;
        const text = new TextDecoder('latin1').decode(bytes).replace(/<!--[\s\S]*?-->/g, '');
        return /<(?:[\w.-]+:)?(?:item|entry)\b/.test(text) && result.issues.length === 0;
      })
      .map(({ name }) => name);
    expect(silent).toEqual([]);
  });
});
