import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArchiveHtml } from './parseArchiveHtml';
import { parseArchiveText } from './parseArchiveText';
import type { ParseOptions, ParseResult } from './parseResult';
import { safeParsePost } from './post';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/archive/${name}`, import.meta.url), 'utf8');

const seeds = {
  text: [fixture('archive-2016-08.txt'), fixture('archive-2016-12.txt')],
  html: [fixture('archive-2016-08.html'), fixture('archive-2016-12.html')],
};

type Parser = (input: string | Uint8Array, options?: ParseOptions) => ParseResult;
const parsers: [string, Parser][] = [
  ['parseArchiveText', parseArchiveText],
  ['parseArchiveHtml', parseArchiveHtml],
];

/** Either a result whose every post is a valid Post and every issue is well formed, or a ParseError. */
function checkOutcome(parse: Parser, input: string | Uint8Array): void {
  let result: ParseResult;
  try {
    result = parse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).not.toBe('');
    return;
  }
  for (const post of result.posts) {
    expect(safeParsePost(post).success).toBe(true);
    expect(post.title?.trim() ?? '').not.toBe('');
    expect(post.excerpt).not.toMatch(/^Print Friendly$/m);
  }
  for (const issue of result.issues) {
    expect(typeof issue.message).toBe('string');
    expect(['error', 'warning']).toContain(issue.severity);
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
  }
}

// Lines that exercise the archive-text rules, mixed at random.
const archiveLine = fc.oneof(
  fc.constantFrom(
    '',
    '',
    'Print Friendly',
    'August 18, 2016 by',
    'December 9, 2016 by Chris Sturgis',
    'February 30, 2016 by',
    'Matt Riggan',
    'a project of',
    'inacol logo',
    '  1. Two Choices, Repeat Tomorrow:',
    '  • Make a T chart',
    'growthThis is the twenty-third article (more…)',
    'WordPress SEO fine-tune by Meta SEO Pack from Poradnik Webmastera',
    '<article class="post">',
    '{"id": 1}',
  ),
  fc.string({ maxLength: 40 }),
);
const archiveLike = fc.array(archiveLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

/** A seed page with random damage: cut short, a range deleted, junk inserted, lines shuffled. */
function mutated(pages: string[]) {
  return fc
    .tuple(
      fc.constantFrom(...pages),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('cut', 'delete', 'insert', 'shuffle', 'duplicate'),
    )
    .map(([page, a, b, junk, how]) => {
      const at = Math.floor(a * page.length);
      const to = Math.min(page.length, at + Math.floor(b * 2000));
      switch (how) {
        case 'cut':
          return page.slice(0, at);
        case 'delete':
          return page.slice(0, at) + page.slice(to);
        case 'insert':
          return page.slice(0, at) + junk + page.slice(at);
        case 'duplicate':
          return page.slice(0, to) + page.slice(at, to) + page.slice(to);
        default: {
          const lines = page.split('\n');
          const i = Math.floor(a * lines.length);
          const j = Math.floor(b * lines.length);
          [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
          return lines.join('\n');
        }
      }
    });
}

describe.each(parsers)('%s never throws anything but a ParseError', (_name, parse) => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) =>
        checkOutcome(parse, input),
      ),
      { numRuns: 300 },
    );
  });

  it('on random archive-like lines', () => {
    fc.assert(
      fc.property(archiveLike, (input) => checkOutcome(parse, input)),
      { numRuns: 300 },
    );
  });

  it('on random bytes, with and without a charset', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(undefined, 'utf-8', 'utf-16le', 'windows-1252', 'klingon'),
        (bytes, charset) =>
          checkOutcome((input) => parse(input, charset ? { charset } : {}), bytes),
      ),
      { numRuns: 200 },
    );
  });

  it('on mutated seed pages, text and HTML', () => {
    fc.assert(
      fc.property(mutated([...seeds.text, ...seeds.html]), (input) => checkOutcome(parse, input)),
      { numRuns: 80 },
    );
  });
});

describe('mutated seed pages keep their undamaged posts', () => {
  it('a text page with junk inserted still yields at least 7 of its 8 posts', () => {
    const page = seeds.text[0] ?? '';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: page.length }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).filter((junk) => !junk.includes('\n')),
        (at, junk) => {
          const { posts } = parseArchiveText(page.slice(0, at) + junk + page.slice(at));
          expect(posts.length).toBeGreaterThanOrEqual(7);
        },
      ),
      { numRuns: 100 },
    );
  });
});
