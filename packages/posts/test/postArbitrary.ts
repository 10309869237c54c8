import type { Evidence } from '@competencyworks/core';
import fc from 'fast-check';
import type { Post, Term } from '../src/post';

// Arbitrary valid posts for property tests: every optional field present or absent, dates as
// calendar dates, RFC 3339 instants and shorter ISO 8601 instants, text with entities, markup
// characters and non-BMP characters, so the round trip is tried on more than the seed posts.

// Pieces rather than whole Unicode: generating grapheme strings was 50x slower, and these are the
// characters that matter here (markup, entities, quotes, dashes, line breaks, non-BMP emoji).
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '7',
    ' ',
    '&',
    '&amp;',
    '<',
    '>',
    '"',
    "'",
    '’',
    '—',
    'é',
    '😀',
    '\n',
    '\n\n- ',
  ),
  maxLength: 30,
});
const slugText = (max: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'k', '2', '0', '-'), minLength: 1, maxLength: max });
const nonEmpty = text.filter((value) => value.trim().length > 0);
const calendarDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const instant = fc
  .tuple(
    calendarDate,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('', ':07', ':59.125'),
    fc.constantFrom('Z', '+05:30', '-0500', '-08:00'),
  )
  .map(
    ([date, hours, minutes, seconds, offset]) =>
      `${date}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}${seconds}${offset}`,
  );
const postDate = fc.oneof(calendarDate, instant);
const url = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.constantFrom('example.org', 'www.competencyworks.org', 'xn--bcher-kva.example'),
    slugText(12),
    fc.constantFrom('', '/', '?p=1', '#more-12'),
  )
  .map(([scheme, host, path, tail]) => `${scheme}://${host}/${path}${tail}`);
const term: fc.Arbitrary<Term> = fc.record(
  { name: nonEmpty, slug: slugText(12) },
  { requiredKeys: ['name'] },
);
const evidence = (postId: string): fc.Arbitrary<Evidence> =>
  fc.record({
    postId: fc.constant(postId),
    field: fc.constantFrom('title' as const, 'excerpt' as const, 'content' as const),
    sentence: text,
    start: fc.constant(0),
    end: fc.nat({ max: 100 }),
    rule: fc.constantFrom('origin.originally-appeared-at-on', 'series.ordinal-article-in-series'),
  });
const safeHtml = fc
  .array(fc.tuple(fc.constantFrom('p', 'em', 'strong', 'li'), text), { maxLength: 4 })
  .map((parts) =>
    parts
      .map(([tag, body]) => `<${tag}>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${tag}>`)
      .join(''),
  );
// valibot leaves these keys out of records it builds (prototype-pollution guard), so a post
// holding one cannot be valid in the first place.
const objectKey = fc
  .string({
    unit: fc.constantFrom('_', 'a', 'e', 'k', 'proto', 'constructor'),
    minLength: 1,
    maxLength: 4,
  })
  .filter((key) => !['__proto__', 'prototype', 'constructor'].includes(key));
// JSON has no -0 (JSON.stringify writes 0), at any depth: normalise through a JSON round trip.
const jsonValue = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => JSON.parse(JSON.stringify(value)) as fc.JsonValue);

/** A valid post; `fc.pre`-free, so every generated value is used. */
export const postArbitrary: fc.Arbitrary<Post> = slugText(30)
  .chain((id) =>
    fc.record(
      {
        id: fc.constant(id),
        url,
        slug: slugText(20),
        title: nonEmpty,
        published: postDate,
        modified: postDate,
        authors: fc.array(fc.record({ name: nonEmpty, url }, { requiredKeys: ['name'] }), {
          maxLength: 3,
        }),
        excerpt: text,
        contentHtml: safeHtml,
        categories: fc.array(term, { maxLength: 3 }),
        tags: fc.array(term, { maxLength: 3 }),
        image: url,
        imageCaption: text,
        language: fc.constantFrom('en', 'en-US', 'es-MX', 'fr'),
        continuationUrl: url,
        status: fc.constantFrom('publish' as const, 'draft' as const, 'future' as const),
        commentCount: fc.nat({ max: 500 }),
        meta: fc.dictionary(objectKey, text, { maxKeys: 3 }),
        origin: fc.array(
          fc.record(
            { publisher: nonEmpty, url, date: calendarDate, evidence: evidence(id) },
            { requiredKeys: ['publisher', 'evidence'] },
          ),
          { maxLength: 2 },
        ),
        series: fc.record(
          {
            seriesId: slugText(20),
            position: fc.integer({ min: 1, max: 60 }),
            evidence: evidence(id),
          },
          { requiredKeys: ['seriesId', 'evidence'] },
        ),
        source: fc.record(
          {
            format: fc.constantFrom(
              'archive-text' as const,
              'rss' as const,
              'wordpress-rest' as const,
              'json-feed' as const,
            ),
            file: nonEmpty,
            line: fc.integer({ min: 1, max: 10_000 }),
            index: fc.nat({ max: 1000 }),
            id: text,
            byline: text,
          },
          { requiredKeys: ['format'] },
        ),
        extra: fc.dictionary(objectKey, jsonValue, { maxKeys: 3 }),
      },
      {
        requiredKeys: [
          'id',
          'title',
          'authors',
          'excerpt',
          'categories',
          'tags',
          'origin',
          'source',
        ],
      },
    ),
  )
  .map((post) => post as Post);
