import { type Evidence, ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { parseSeries, type Series, safeParseSeries } from './series';

const SERIES = 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders';
const evidence = (postId: string, sentence: string): Evidence => ({
  postId,
  field: 'excerpt',
  sentence,
  start: 0,
  end: sentence.length,
  rule: 'series.ordinal-article-in-series',
});

const minimal: Series = {
  id: 'nyc-big-takeaways',
  title: 'NYC Big Takeaways',
  kind: 'tour',
  parts: [],
};

// Parts 21-24 of the series as the December 2016 archive page shows them; 1-20 are missing.
const maximal: Series = {
  id: SERIES,
  title: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
  kind: 'series',
  description: 'A series on the lessons learned by district leaders.',
  total: 24,
  parts: [
    {
      position: 24,
      postId: 'cw-2016-12-20-continuous-improvement-and-innovation',
      title: 'Continuous Improvement and Innovation',
      url: 'https://www.competencyworks.org/2016/12/continuous-improvement-and-innovation/',
      evidence: [
        evidence(
          'cw-2016-12-20-continuous-improvement-and-innovation',
          'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
        ),
      ],
    },
    { position: 23, postId: 'cw-three-ways-districts-stumble-in-implementation', evidence: [] },
    { position: 22, postId: 'cw-2016-12-13-refining-the-instructional-model', evidence: [] },
    { position: 21, postId: 'cw-2016-12-12-making-mid-course-corrections', evidence: [] },
  ],
};

const messageOf = (input: unknown): string => {
  const result = safeParseSeries(input);
  if (result.success) throw new Error('expected the series to be refused');
  return result.error.message;
};

describe('parseSeries', () => {
  it('accepts a minimal series', () => {
    expect(parseSeries(minimal)).toEqual(minimal);
  });

  it('accepts a maximal series whose first parts are unknown (a gap is allowed)', () => {
    expect(parseSeries(maximal)).toEqual(maximal);
  });

  it('accepts a part known only from a reference, with no post id', () => {
    const series = { ...minimal, parts: [{ position: 1, title: 'Part 1', evidence: [] }] };
    expect(parseSeries(series)).toEqual(series);
  });

  it.each<[string, unknown, string]>([
    ['no object', null, 'expected a series object, got null'],
    [
      'id not a slug',
      { ...minimal, id: 'NYC Big Takeaways' },
      'id: expected a slug of lower-case letters, digits and single hyphens like nyc-big-takeaways, got "NYC Big Takeaways"',
    ],
    [
      'empty title',
      { ...minimal, title: '' },
      'title: expected a series title, not an empty string, got ""',
    ],
    [
      'unknown kind',
      { ...minimal, kind: 'book' },
      'kind: expected one of series, tour, multipart, column, got "book"',
    ],
    [
      'total of zero',
      { ...minimal, total: 0 },
      'total: expected a total number of parts of 1 or more, got 0',
    ],
    [
      'fractional position',
      { ...minimal, parts: [{ position: 2.5, evidence: [] }] },
      'parts[0].position: expected a part number as a whole number, got 2.5',
    ],
    [
      'position zero',
      { ...minimal, parts: [{ position: 0, evidence: [] }] },
      'parts[0].position: expected a part number of 1 or more, got 0',
    ],
    [
      'part URL not http',
      { ...minimal, parts: [{ url: 'javascript:void(0)', evidence: [] }] },
      'parts[0].url: expected an http or https URL, got "javascript:void(0)"',
    ],
    [
      'part without evidence',
      { ...minimal, parts: [{ position: 1 }] },
      'parts[0].evidence: expected the required field "evidence", got nothing',
    ],
    [
      'unknown field',
      { ...minimal, color: 'red' },
      'color: expected only the fields a series defines, got "color"',
    ],
    [
      'unknown part field',
      { ...minimal, parts: [{ evidence: [], number: 3 }] },
      'parts[0].number: expected only the fields a series part defines, got "number"',
    ],
    [
      'a position twice',
      {
        ...minimal,
        parts: [
          { position: 3, evidence: [] },
          { position: 3, evidence: [] },
        ],
      },
      'parts[1].position: expected each position once (parts[0] is already part 3), got 3',
    ],
    [
      'a post twice',
      {
        ...minimal,
        parts: [
          { postId: 'a', evidence: [] },
          { postId: 'a', evidence: [] },
        ],
      },
      'parts[1].postId: expected each post once (parts[0] is already that post), got "a"',
    ],
    [
      'a part beyond the total',
      { ...minimal, total: 5, parts: [{ position: 6, evidence: [] }] },
      'parts[0].position: expected a position of at most the total, 5, got 6',
    ],
  ])('refuses %s', (_, input, message) => {
    expect(messageOf(input)).toBe(message);
    expect(() => parseSeries(input)).toThrow(ParseError);
  });

  it.each([undefined, 1, 'series', [], { parts: 'x' }])(
    'safeParseSeries never throws (%j)',
    (input) => {
      expect(safeParseSeries(input).success).toBe(false);
    },
  );
});
