import { describe, expect, test } from 'vitest';
import type { Post } from './post';
import { toJsonLd } from './toJsonLd';

// From archive-2016-12.txt: "January 11th Webinar: Advancing Competency Education in New
// England", posted December 19, 2016, with no author line and no link (archive text).
const minimal: Post = {
  id: 'cw-2016-12-19-january-11th-webinar-advancing-competency-education-in-new-england',
  title: 'January 11th Webinar: Advancing Competency Education in New England',
  published: '2016-12-19',
  authors: [],
  excerpt: '',
  categories: [],
  tags: [],
  origin: [],
  source: { format: 'archive-text', line: 39 },
};

// A cross-posted article in a numbered series, as a WordPress feed would give it.
const maximal: Post = {
  id: 'https://competencyworks.org/?p=12345',
  url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
  title: 'Continuous Improvement and Innovation',
  published: '2016-12-20T14:05:00Z',
  modified: '2016-12-21',
  authors: [
    { name: 'Chris Sturgis', url: 'https://competencyworks.org/author/chris/' },
    { name: 'Susan Patrick' },
  ],
  excerpt:
    'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
  categories: [{ name: 'Leadership', slug: 'leadership' }, { name: 'Policy' }],
  tags: [{ name: 'continuous improvement' }, { name: 'Chugach' }],
  image: 'https://competencyworks.org/wp-content/uploads/chugach.jpg',
  language: 'en-US',
  origin: [
    {
      publisher: 'Getting Smart',
      url: 'https://www.gettingsmart.com/',
      date: '2016-07-25',
      evidence: {
        postId: 'p',
        field: 'excerpt',
        sentence: 'This post originally appeared at Getting Smart on July 25, 2016.',
        start: 0,
        end: 64,
        rule: 'origin.originally-appeared-at',
      },
    },
    {
      publisher: "Courtney Belolan's website",
      evidence: {
        postId: 'p',
        field: 'excerpt',
        sentence: "It first appeared on Courtney Belolan's website.",
        start: 0,
        end: 48,
        rule: 'origin.first-appeared',
      },
    },
  ],
  series: {
    seriesId: 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
    position: 24,
    evidence: {
      postId: 'p',
      field: 'excerpt',
      sentence: 'This is the twenty-fourth article in the series ...',
      start: 0,
      end: 50,
      rule: 'series.ordinal-article-in-series',
    },
  },
  source: { format: 'rss', index: 0 },
};

describe('toJsonLd (posts)', () => {
  test('describes a minimal post: headline and date only, nothing invented', () => {
    expect(toJsonLd(minimal)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'January 11th Webinar: Advancing Competency Education in New England',
      datePublished: '2016-12-19',
    });
  });

  test('leaves out the headline of an untitled post rather than invent one', () => {
    const { title: _, ...untitled } = minimal;
    expect(toJsonLd({ ...untitled, excerpt: 'Sky watchers will see an eclipse.' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      datePublished: '2016-12-19',
      description: 'Sky watchers will see an eclipse.',
    });
  });

  test('leaves out a date the source did not give', () => {
    const undated: Post = { ...minimal };
    delete undated.published;
    expect(toJsonLd(undated)).not.toHaveProperty('datePublished');
  });

  test('describes a maximal post with authors, series membership and origins', () => {
    expect(toJsonLd(maximal)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
      headline: 'Continuous Improvement and Innovation',
      url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
      datePublished: '2016-12-20T14:05:00Z',
      dateModified: '2016-12-21',
      author: [
        {
          '@type': 'Person',
          name: 'Chris Sturgis',
          url: 'https://competencyworks.org/author/chris/',
        },
        { '@type': 'Person', name: 'Susan Patrick' },
      ],
      description: maximal.excerpt,
      image: 'https://competencyworks.org/wp-content/uploads/chugach.jpg',
      inLanguage: 'en-US',
      keywords: ['continuous improvement', 'Chugach'],
      articleSection: ['Leadership', 'Policy'],
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        '@id':
          'https://competencyworks.org/#series-implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
      },
      position: 24,
      isBasedOn: [
        {
          '@type': 'CreativeWork',
          publisher: { '@type': 'Organization', name: 'Getting Smart' },
          url: 'https://www.gettingsmart.com/',
          datePublished: '2016-07-25',
        },
        {
          '@type': 'CreativeWork',
          publisher: { '@type': 'Organization', name: "Courtney Belolan's website" },
        },
      ],
    });
  });

  test('links a series without a known position, and takes custom series @ids', () => {
    const { series } = maximal;
    if (!series) throw new Error('fixture has a series');
    const unnumbered: Post = {
      ...maximal,
      series: { seriesId: series.seriesId, evidence: series.evidence },
    };
    const doc = toJsonLd(unnumbered, { seriesIri: (id) => `https://example.org/series/${id}/` });
    expect(doc.isPartOf?.['@id']).toBe(`https://example.org/series/${series.seriesId}/`);
    expect(doc).not.toHaveProperty('position');
    expect(toJsonLd(maximal, { siteUrl: 'https://example.org/' }).isPartOf?.['@id']).toBe(
      `https://example.org/#series-${series.seriesId}`,
    );
  });

  test('is plain JSON', () => {
    const doc = toJsonLd(maximal);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
