import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParsePost } from './post';
import { readAny } from './readAny';
import { sniffFormat } from './sniffFormat';

// readAny and sniffFormat on random and damaged input of every format: a result whose posts are
// all valid, or a ParseError; never a TypeError or any other crash.

const fixtureText = (path: string) =>
  readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8');

const SAMPLES = [
  fixtureText('archive/archive-2016-08.txt'),
  fixtureText('archive/archive-2016-12.html'),
  fixtureText('jsonfeed/v1.1-example-5.json'),
  fixtureText('wordpress-rest/competencyworks-posts-embed.json'),
  `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>
<item><title>A &amp; B</title><link>https://example.org/a</link><guid>https://example.org/?p=1</guid>
<pubDate>Tue, 20 Dec 2016 10:00:42 +0000</pubDate><dc:creator>Chris</dc:creator><description><![CDATA[<p>Hi</p>]]></description></item>
</channel></rss>`,
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>A</title><id>urn:a</id>
<updated>2016-12-20T10:00:42Z</updated><summary>Hi</summary></entry></feed>`,
  `<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>A</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:post_date_gmt>2016-12-20 10:00:42</wp:post_date_gmt></item></channel></rss>`,
];

function check(run: () => { posts: readonly unknown[] }): void {
  try {
    const result = run();
    for (const post of result.posts) expect(safeParsePost(post).success).toBe(true);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.message).not.toContain('\n');
  }
}

const damaged = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.nat(),
    fc.nat({ max: 40 }),
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('<', '>', '"', '{', '}', '&', '<![CDATA[', ']]>', ''),
    ),
  )
  .map(([text, at, length, insert]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + length);
  });

const truncated = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([text, at]) => text.slice(0, Math.floor(text.length * at)));

describe('readAny and sniffFormat never crash', () => {
  it.each([
    ['random strings', fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json())],
    ['random bytes', fc.uint8Array({ maxLength: 200 })],
    ['truncated samples of every format', truncated],
    ['samples with random damage', damaged],
  ])(
    'on %s',
    (_name, arbitrary: fc.Arbitrary<string | Uint8Array>) => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          check(() => readAny(input));
          check(() => {
            sniffFormat(input);
            return { posts: [] };
          });
        }),
        { numRuns: 250 },
      );
    },
    30_000,
  );

  it('sniffs every undamaged sample, as text and as bytes, to the format its parser reports', () => {
    for (const sample of SAMPLES) {
      const result = readAny(sample);
      expect(readAny(new TextEncoder().encode(sample)).sniffed).toEqual(result.sniffed);
      expect(result.format).toBe(result.sniffed.format);
    }
  });
});
