import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './_lib/jsonParse';
import { safeParsePost } from './post';
import { readJsonFeed } from './readJsonFeed';
import type { ReadResult } from './readResult';
import { readWordPressRest } from './readWordPressRest';

// Property tests for the JSON parsers: random JSON values, random text and real fixtures with
// random damage must give either a result whose every post is valid and whose every dropped item
// is reported, or a ParseError. Never a TypeError or any other crash.

const fixtureText = (path: string) =>
  readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8');
const REST = [
  'wordpress-rest/PostsCollection.json',
  'wordpress-rest/competencyworks-posts.json',
  'wordpress-rest/competencyworks-posts-embed.json',
].map(fixtureText);
const FEEDS = [
  'jsonfeed/pxlnv.json',
  'jsonfeed/v1-example-2.json',
  'jsonfeed/v1.1-example-6.json',
  'jsonfeed/jsonfeed-extension.json',
].map(fixtureText);

type Parser = (input: string | Uint8Array) => ReadResult;

/** Runs a parser and checks the outcome; returns the result, or undefined for a ParseError. */
function outcome(parse: Parser, input: string | Uint8Array): ReadResult | undefined {
  let result: ReadResult;
  try {
    result = parse(input);
  } catch (error) {
    if (error instanceof ParseError) {
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.message).not.toContain('\n');
      return undefined;
    }
    throw error;
  }
  for (const post of result.posts) expect(safeParsePost(post).success).toBe(true);
  for (const issue of result.issues) {
    expect(issue.message).not.toMatch(/undefined|\[object Object\]/);
  }
  return result;
}

/** Every item either became a post or has an error issue with its index: nothing silently dropped. */
function nothingDropped(result: ReadResult, itemCount: number): void {
  const kept = new Set(result.posts.map((post) => post.source.index));
  for (let index = 0; index < itemCount; index++) {
    if (kept.has(index)) continue;
    expect(
      result.issues.some((issue) => issue.index === index && issue.severity === 'error'),
      `item ${index} was dropped without an error issue`,
    ).toBe(true);
  }
}

/** A JSON value with one random change: a value replaced by random JSON, or a key deleted. */
function mutated(source: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(source, []);
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(...paths),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([changes]) => {
      let copy: unknown = structuredClone(source);
      for (const [path, replacement] of changes) {
        if (path.length === 0) {
          copy = replacement ?? null;
          continue;
        }
        let parent: unknown = copy;
        for (const key of path.slice(0, -1)) {
          parent =
            parent !== null && typeof parent === 'object'
              ? (parent as Record<string | number, unknown>)[key]
              : undefined;
        }
        if (parent === null || typeof parent !== 'object') continue;
        const last = path.at(-1) as string | number;
        if (replacement === undefined && !Array.isArray(parent)) {
          delete (parent as Record<string | number, unknown>)[last];
        } else {
          (parent as Record<string | number, unknown>)[last] = replacement ?? null;
        }
      }
      return copy;
    });
}

const truncations = (texts: string[]) =>
  fc
    .tuple(fc.constantFrom(...texts), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([text, at]) => text.slice(0, Math.floor(text.length * at)));

describe.each([
  ['readWordPressRest', readWordPressRest as Parser, REST],
  ['readJsonFeed', readJsonFeed as Parser, FEEDS],
])('%s never crashes', (_name, parse, fixtures) => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        outcome(parse, JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('on random strings and bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 64 })),
        (input) => {
          outcome(parse, input);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('on truncated fixtures', () => {
    fc.assert(
      fc.property(truncations(fixtures), (input) => {
        outcome(parse, input);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('on fixtures with random damage, reporting every item it drops', () => {
    const sources = fixtures.map((text) => JSON.parse(text) as unknown);
    fc.assert(
      fc.property(
        fc.constantFrom(...sources).chain((source) => mutated(source)),
        (value) => {
          const result = outcome(parse, JSON.stringify(value) ?? 'null');
          if (result === undefined) return;
          const items = Array.isArray(value)
            ? value
            : value !== null &&
                typeof value === 'object' &&
                Array.isArray((value as { items?: unknown }).items)
              ? (value as { items: unknown[] }).items
              : [value];
          nothingDropped(result, items.length);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('findJsonSyntaxProblem agrees with JSON.parse', () => {
  const jsonish = fc.oneof(
    fc.json(),
    fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '\\',
        ' ',
        '\n',
        '1',
        '-',
        '.',
        'e',
        't',
        'n',
        'a',
      ),
    }),
    fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([text, at, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + 1);
    }),
  );

  it('finds a problem exactly when JSON.parse throws, within the text', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const problem = findJsonSyntaxProblem(text);
        expect(problem === undefined).toBe(valid);
        if (problem) {
          expect(problem.offset).toBeGreaterThanOrEqual(0);
          expect(problem.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('does not overflow the stack on deep nesting', () => {
    expect(findJsonSyntaxProblem(`${'['.repeat(100_000)}1`)).toMatchObject({ offset: 100_001 });
  });
});
