import { readdirSync, readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { readAny } from './readAny';

const root = new URL('../test/fixtures/feedvalidator/', import.meta.url);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:xml|rss|atom|rdf)$/i.test(name))
  .sort();

describe('readAny over the W3C Feed Validation Service test cases', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(1600);
  });

  it('never crashes: every file is read or refused with a typed ParseError', () => {
    const crashes: string[] = [];
    for (const name of files) {
      try {
        readAny(new Uint8Array(readFileSync(new URL(name, root))), { file: name });
      } catch (error) {
        if (!(error instanceof ParseError)) crashes.push(`${name}: ${String(error)}`);
      }
    }
    expect(crashes).toEqual([]);
  });
});
