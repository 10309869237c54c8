import { readFileSync } from 'node:fs';
import type { ParseIssue } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeByteStream } from './byteStreamText';
import { decodeInput } from './decodeInput';

interface EncodingCase {
  label: string;
  text: string;
  hex: string;
}

const CASES = JSON.parse(
  readFileSync(
    new URL('../../test/fixtures/encodings/whatwg-encodings.json', import.meta.url),
    'utf8',
  ),
) as EncodingCase[];
const fromHex = (hex: string) =>
  new Uint8Array(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);

async function* pieces(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.slice(at, Math.max(at, cut));
    at = Math.max(at, cut);
  }
  yield bytes.slice(at);
}

async function decodeStream(bytes: Uint8Array, cuts: number[], charset?: string) {
  const issues: ParseIssue[] = [];
  let text = '';
  for await (const chunk of decodeByteStream(pieces(bytes, cuts), {
    ...(charset ? { charset } : {}),
    issues,
  }))
    text += chunk;
  return { text, issues };
}

describe('decodeByteStream', () => {
  it.each(CASES.map((c) => [c.label, c] as const))(
    'decodes %s cut into one-byte chunks as decodeInput does',
    async (label, { text, hex }) => {
      const bytes = fromHex(hex.repeat(3));
      const cuts = Array.from({ length: bytes.length }, (_, i) => i);
      const streamed = await decodeStream(bytes, cuts, label);
      expect(streamed.text).toBe(decodeInput(bytes, { charset: label, issues: [] }));
      // ISO-2022-JP's stream ends in ASCII mode, so its copies join with two escapes in a row,
      // which WHATWG decodes as U+FFFD: the one encoding whose concatenation is not the text's.
      if (label !== 'iso-2022-jp') expect(streamed.text).toBe(text.repeat(3));
      else expect(streamed.text.split('\uFFFD')).toEqual([text, text, text]);
    },
  );

  it('gives the text and the invalid-byte issues of decodeInput however the bytes are cut', async () => {
    const sample = new TextEncoder().encode('<rss>\n<title>“Café” – 能力 😀</title>\n</rss>\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: sample.length - 1 }), { maxLength: 6 }),
        fc.array(fc.nat(sample.length * 3), { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: sample.length * 3 }), { maxLength: 8 }),
        async (bad, _unused, cuts) => {
          const bytes = new Uint8Array([...sample, ...sample, ...sample]);
          for (const at of bad) bytes[at] = 0xff;
          const issues: ParseIssue[] = [];
          const whole = decodeInput(bytes, { issues });
          const streamed = await decodeStream(bytes, cuts);
          expect(streamed.text).toBe(whole);
          expect(streamed.issues).toEqual(issues);
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });
});
