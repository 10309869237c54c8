import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParsePost } from './post';
import { readFeed } from './readFeed';
import type { ReadResult } from './readResult';
import { readWxr } from './readWxr';
import { streamFeed } from './streamFeed';
import { streamWxr } from './streamWxr';

const fixture = (path: string) =>
  readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8');

const seeds = [
  fixture('rss/natasha.xml').slice(0, 20000),
  fixture('rss/wordpress-entities.xml'),
  fixture('atom/xhtml-base.atom'),
  fixture('atom/OneFootTsunami.atom').slice(0, 12000),
  fixture('wxr/competencyworks-export.xml'),
  fixture('wxr/theme-preview.xml'),
];

type Parse = (input: string | Uint8Array) => ReadResult;
const parsers: [string, Parse][] = [
  ['readFeed', (input) => readFeed(input)],
  ['readWxr', (input) => readWxr(input)],
];

/** Either a result whose every post is a valid Post and every issue is well formed, or a ParseError. */
function checkOutcome(parse: Parse, input: string | Uint8Array): void {
  let result: ReadResult;
  try {
    result = parse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).not.toMatch(/\n/);
    return;
  }
  for (const post of result.posts) expect(safeParsePost(post).success).toBe(true);
  for (const issue of result.issues) {
    expect(issue.message).not.toBe('');
    expect(['error', 'warning']).toContain(issue.severity);
  }
}

async function checkStream(input: string): Promise<void> {
  for (const stream of [streamFeed, streamWxr]) {
    const chunks = (async function* () {
      for (let at = 0; at < input.length; at += 97) yield input.slice(at, at + 97);
    })();
    try {
      for await (const post of stream(chunks)) expect(safeParsePost(post).success).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
    }
  }
}

/** A real feed with a random cut, a random insertion and a random deletion. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.nat(),
    fc.nat(),
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<',
        '>',
        '</item>',
        '<item>',
        ']]>',
        '<![CDATA[',
        '&',
        '&nbsp;',
        '"',
        '\u0000',
        'xmlns:dc="x"',
      ),
    ),
    fc.nat({ max: 40 }),
    fc.boolean(),
  )
  .map(([seed, at, cut, insert, remove, truncate]) => {
    const p = at % (seed.length + 1);
    const changed = seed.slice(0, p) + insert + seed.slice(p + remove);
    return truncate ? changed.slice(0, cut % (changed.length + 1)) : changed;
  });

describe.each(parsers)('%s never throws anything but a ParseError', (_name, parse) => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) =>
        checkOutcome(parse, input),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('on random XML-ish strings', () => {
    const token = fc.constantFrom(
      '<rss>',
      '<channel>',
      '<item>',
      '</item>',
      '<title>',
      '</title>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<entry>',
      '</entry>',
      '<![CDATA[',
      ']]>',
      '&amp;',
      '&rsquo;',
      'text',
      ' ',
      '<?xml version="1.0"?>',
      '<wp:post_type>',
      '<link href="x"/>',
      '</channel></rss>',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) =>
        checkOutcome(parse, tokens.join('')),
      ),
      {
        numRuns: 400,
      },
    );
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => checkOutcome(parse, input)),
      {
        numRuns: 300,
      },
    );
  });

  it('on mutated and truncated real feeds', () => {
    fc.assert(
      fc.property(mutated, (input) => checkOutcome(parse, input)),
      { numRuns: 150 },
    );
  });
});

describe('streamFeed and streamWxr never throw anything but a ParseError', () => {
  it('on mutated and truncated real feeds', async () => {
    await fc.assert(fc.asyncProperty(mutated, checkStream), { numRuns: 60 });
  });
});
