import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from '../post';
import { readFeed } from '../readFeed';
import { readWxr } from '../readWxr';
import { streamWxr } from '../streamWxr';
import { Capture, XmlReader } from './xmlReader';

// Hostile shapes at small sizes: these assert results; their time budgets are in bench/hostile.bench.ts.

const fixture = (path: string) =>
  readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), 'utf8');

interface Seen {
  /** Text captured from each `<t>`, and the namespace URI and depth of each `<t>`. */
  texts: string[];
  uris: string[];
  depths: number[];
  attrs: string[];
}

function read(chunks: string[]): Seen {
  const seen: Seen = { texts: [], uris: [], depths: [], attrs: [] };
  const reader = new XmlReader({
    open: (element) => {
      if (element.attrs.a !== undefined) seen.attrs.push(element.attrs.a);
      if (element.local !== 't') return Capture.None;
      seen.uris.push(element.uri);
      seen.depths.push(element.depth);
      return Capture.Text;
    },
    close: (element, text) => {
      if (element.local === 't') seen.texts.push(text);
    },
    warn: () => {},
  });
  for (const chunk of chunks) reader.write(chunk);
  reader.end();
  return seen;
}

/** A document cut at the given offsets. */
function cut(document: string, offsets: number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (document.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let at = 0;
  for (const point of points) {
    chunks.push(document.slice(at, point));
    at = point;
  }
  chunks.push(document.slice(at));
  return chunks;
}

const cuts = fc.array(fc.nat(), { maxLength: 12 });

// Pieces of text with the character each decodes to.
const PIECES: [string, string][] = [
  ['a', 'a'],
  [' ', ' '],
  ['\n', '\n'],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&apos;', "'"],
  ['&#233;', 'é'],
  ['&#x20AC;', '€'],
  ['&nbsp;', '\u00A0'],
  ['&eacute;', 'é'],
  ['&rsquo;', '’'],
  ['<![CDATA[<b>&amp;</b>]]>', '<b>&amp;</b>'],
  ['能', '能'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 });

describe('XmlReader on hostile shapes', () => {
  it('reads nesting of any depth, resolving each prefix to its nearest declaration', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom('p', 'q', ''), { nil: undefined }), {
          minLength: 1,
          maxLength: 3000,
        }),
        cuts,
        (levels, offsets) => {
          // Each level may declare a prefix (or the default namespace) as urn:level:<depth>.
          const scope = new Map<string, string>();
          let open = '';
          let close = '';
          for (const [depth, declared] of levels.entries()) {
            const attr =
              declared === undefined
                ? ''
                : ` ${declared === '' ? 'xmlns' : `xmlns:${declared}`}="urn:level:${depth}"`;
            if (declared !== undefined) scope.set(declared, `urn:level:${depth}`);
            open += `<x${attr}>`;
            close = `</x>${close}`;
          }
          const prefix = scope.has('p') ? 'p:' : '';
          const document = `${open}<${prefix}t>deep</${prefix}t>${close}`;
          const seen = read(cut(document, offsets));
          expect(seen.texts).toEqual(['deep']);
          expect(seen.depths).toEqual([levels.length]);
          expect(seen.uris).toEqual([scope.get(prefix === '' ? '' : 'p') ?? '']);
        },
      ),
      { numRuns: 60, seed: 13 },
    );
  });

  it('reads a long text node of entities, CDATA and characters, however it is cut', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), cuts, (runs, offsets) => {
        const raw = runs.flat().map(([written]) => written);
        const decoded = runs.flat().map(([, char]) => char);
        const body = raw.join('').repeat(20);
        const seen = read(cut(`<r><t>${body}</t></r>`, offsets));
        expect(seen.texts).toEqual([decoded.join('').repeat(20)]);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('reads a long attribute of entities, however it is cut', () => {
    const inAttribute = PIECES.filter(([written]) => !written.startsWith('<!'));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...inAttribute), { maxLength: 2000 }),
        cuts,
        (pieces, offsets) => {
          const value = pieces.map(([written]) => written.replace('"', '&quot;')).join('');
          const seen = read(cut(`<r><x a="${value}"/></r>`, offsets));
          expect(seen.attrs).toEqual([pieces.map(([, char]) => char).join('')]);
        },
      ),
      { numRuns: 150, seed: 13 },
    );
  });

  it('expands any graph of internal entities as a recursive reading does, or stops it with a typed error', () => {
    const graph = fc.array(
      fc.record({
        literal: fc.constantFrom('', 'x', 'lol', '&amp;', '&#233;'),
        refs: fc.array(fc.nat(7), { maxLength: 10 }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(graph, fc.array(fc.nat(7), { minLength: 1, maxLength: 20 }), (entities, used) => {
        const names = entities.map((_, i) => `e${i}`);
        const declarations = entities
          .map(
            ({ literal, refs }, i) =>
              `<!ENTITY e${i} "${literal}${refs.map((r) => (r < names.length ? `&e${r};` : '')).join('')}">`,
          )
          .join('\n');
        const references = used.map((u) => (u < names.length ? `&e${u};` : '.')).join('');
        const document = `<!DOCTYPE r [\n${declarations}\n]>\n<r><t>${references}</t></r>`;
        // The oracle: a plain recursive expansion that gives up on cycles and on size.
        const expand = (i: number, path: number[]): string => {
          if (path.includes(i)) throw new Error('loop');
          const entity = entities[i];
          if (entity === undefined) return '';
          const literal =
            entity.literal === '&amp;' ? '&' : entity.literal === '&#233;' ? 'é' : entity.literal;
          let out = literal;
          for (const r of entity.refs) {
            if (r < names.length) out += expand(r, [...path, i]);
            if (out.length > 10_000_000) throw new Error('size');
          }
          return out;
        };
        let expected: string | Error;
        try {
          expected = used.map((u) => (u < names.length ? expand(u, []) : '.')).join('');
          if (expected.length > 10_000_000) expected = new Error('size');
        } catch (error) {
          expected = error as Error;
        }
        let actual: string | ParseError;
        try {
          actual = read([document]).texts[0] ?? '';
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          actual = error;
        }
        if (expected instanceof Error) {
          expect(actual).toBeInstanceOf(ParseError);
          expect((actual as ParseError).code).toBe(
            expected.message === 'loop' ? 'entity-loop' : 'entity-expansion-limit',
          );
        } else expect(actual).toBe(expected);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});

/**
 * A post without what an export's attachments resolve (the featured image): a cut export may end
 * before the attachment item a post's image comes from, and then the post is kept without it.
 */
const withoutMedia = (posts: readonly Post[]) =>
  posts.map(({ image: _image, imageCaption: _caption, ...post }) => post);

describe('documents that stop being well-formed keep what was read before', () => {
  const feeds = [
    ['readFeed', 'rss/natasha.xml', (input: string) => readFeed(input)],
    ['readWxr', 'wxr/competencyworks-export.xml', (input: string) => readWxr(input)],
  ] as const;

  it.each(feeds)(
    '%s on %s cut anywhere returns the posts of the whole up to the cut',
    (_name, path, parse) => {
      const whole = fixture(path);
      const all = parse(whole).posts;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: whole.length }), (at) => {
          let result: ReturnType<typeof parse>;
          try {
            result = parse(whole.slice(0, at));
          } catch (error) {
            // Nothing to keep: the error is the whole answer.
            expect(error).toBeInstanceOf(ParseError);
            return;
          }
          expect(withoutMedia(result.posts)).toEqual(
            withoutMedia(all.slice(0, result.posts.length)),
          );
          if (at < whole.trimEnd().length) {
            expect(result.issues).toContainEqual(
              expect.objectContaining({ code: 'malformed-xml', severity: 'error' }),
            );
          }
        }),
        { numRuns: 80, seed: 13 },
      );
    },
  );

  it('keeps the first half of a truncated WordPress export, streamed or read whole', async () => {
    const whole = fixture('wxr/competencyworks-export.xml');
    const all = readWxr(whole).posts;
    const half = whole.slice(0, Math.floor(whole.length / 2));
    const { posts, issues } = readWxr(half);
    expect(posts.length).toBeGreaterThan(0);
    expect(withoutMedia(posts)).toEqual(withoutMedia(all.slice(0, posts.length)));
    expect(issues.at(-1)).toMatchObject({ code: 'malformed-xml', severity: 'error' });
    expect(issues.at(-1)?.line).toBeGreaterThan(1);
    const stream = streamWxr(
      (async function* () {
        for (let at = 0; at < half.length; at += 500) yield half.slice(at, at + 500);
      })(),
    );
    const streamed: Post[] = [];
    for await (const post of stream) streamed.push(post);
    // A post waiting for a later attachment is yielded when the export ends.
    expect(streamed.sort((a, b) => (a.source.index ?? 0) - (b.source.index ?? 0))).toEqual(posts);
    expect(stream.issues).toEqual(issues);
  });
});
