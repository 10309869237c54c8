import { postToJsonLd } from '@competencyworks/posts';
import { describe, expect, test } from 'vitest';
import type { Series } from './series';
import { seriesToJsonLd } from './seriesToJsonLd';

// From archive-2016-12.txt: "This is the twenty-fourth article in the series Implementing
// Competency Education in K-12 Systems: Insights from Local Leaders." Parts 1-23 are not in
// the archive; parts 21-24 are known from references.
const series: Series = {
  id: 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
  title: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
  kind: 'series',
  description: 'Insights from district and school leaders.',
  parts: [
    { position: 24, postId: 'cw-2016-12-20-continuous-improvement-and-innovation', evidence: [] },
    {
      position: 21,
      title: 'Part twenty-one',
      url: 'https://competencyworks.org/2016/11/part-21/',
      evidence: [],
    },
    { position: 22, evidence: [] },
  ],
};

const urls = new Map([
  [
    'cw-2016-12-20-continuous-improvement-and-innovation',
    'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
  ],
]);

describe('seriesToJsonLd (series)', () => {
  test('describes a series with its known parts in order, gaps left out', () => {
    expect(seriesToJsonLd(series, { postUrl: (id) => urls.get(id) })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWorkSeries',
      '@id': `https://competencyworks.org/#series-${series.id}`,
      name: series.title,
      description: 'Insights from district and school leaders.',
      hasPart: [
        {
          '@type': 'BlogPosting',
          '@id': 'https://competencyworks.org/2016/11/part-21/',
          url: 'https://competencyworks.org/2016/11/part-21/',
          name: 'Part twenty-one',
          position: 21,
        },
        { '@type': 'BlogPosting', position: 22 },
        {
          '@type': 'BlogPosting',
          '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
          url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
          position: 24,
        },
      ],
    });
  });

  test("describes a minimal series, and keeps a column's unnumbered parts in order", () => {
    expect(seriesToJsonLd({ id: 'empty', title: 'Empty', kind: 'series', parts: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWorkSeries',
      '@id': 'https://competencyworks.org/#series-empty',
      name: 'Empty',
    });
    const column: Series = {
      id: 'column',
      title: 'A column',
      kind: 'column',
      parts: [
        { title: 'First', evidence: [] },
        { title: 'Second', evidence: [] },
        { title: 'Third', evidence: [] },
      ],
    };
    expect(seriesToJsonLd(column).hasPart?.map((p) => p.name)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
  });

  test('has the @id a post in the series points to with isPartOf', () => {
    const post = postToJsonLd({
      id: 'cw-2016-12-20-continuous-improvement-and-innovation',
      title: 'Continuous Improvement and Innovation',
      authors: [],
      excerpt: '',
      categories: [],
      tags: [],
      origin: [],
      series: {
        seriesId: series.id,
        position: 24,
        evidence: { postId: 'p', field: 'excerpt', sentence: 's', start: 0, end: 1, rule: 'r' },
      },
      source: { format: 'archive-text' },
    });
    expect(post.isPartOf?.['@id']).toBe(seriesToJsonLd(series)['@id']);
  });
});
