import type { Origin, Post } from './post';

/**
 * A schema.org `Person` node.
 *
 * @example
 * const author: PersonJsonLd = { '@type': 'Person', name: 'Chris Sturgis' };
 */
export interface PersonJsonLd {
  '@type': 'Person';
  name: string;
  url?: string;
}

/**
 * A schema.org `CreativeWork` a post is based on: where it first appeared.
 *
 * @example
 * const basedOn: OriginJsonLd = {
 *   '@type': 'CreativeWork',
 *   publisher: { '@type': 'Organization', name: 'Getting Smart' },
 *   datePublished: '2016-07-25',
 * };
 */
export interface OriginJsonLd {
  '@type': 'CreativeWork';
  publisher: { '@type': 'Organization'; name: string };
  url?: string;
  datePublished?: string;
}

/**
 * A schema.org `BlogPosting` as JSON-LD. The shape is ours (so the package needs no schema.org
 * typings at run time or in its declarations); tests check that it is assignable to
 * `WithContext<BlogPosting>` from `schema-dts`.
 *
 * @example
 * const posting: BlogPostingJsonLd = {
 *   '@context': 'https://schema.org',
 *   '@type': 'BlogPosting',
 *   '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 *   headline: 'Continuous Improvement and Innovation',
 *   url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 *   datePublished: '2016-12-20',
 *   author: [{ '@type': 'Person', name: 'Chris Sturgis' }],
 *   isPartOf: {
 *     '@type': 'CreativeWorkSeries',
 *     '@id': 'https://competencyworks.org/#series-implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 *   },
 *   position: 24,
 * };
 */
export interface BlogPostingJsonLd {
  '@context': 'https://schema.org';
  '@type': 'BlogPosting';
  '@id'?: string;
  /** The post's title; absent for an untitled post (schema.org does not require it). */
  headline?: string;
  url?: string;
  /** Passed through: an instant (`2016-12-19T14:05:00Z`) or a calendar date (`2016-12-19`). */
  datePublished?: string;
  dateModified?: string;
  author?: PersonJsonLd[];
  description?: string;
  image?: string;
  inLanguage?: string;
  keywords?: string[];
  articleSection?: string[];
  isPartOf?: { '@type': 'CreativeWorkSeries'; '@id': string };
  position?: number;
  isBasedOn?: OriginJsonLd[];
}

/**
 * Options for {@link toJsonLd}.
 *
 * @example
 * const options: BlogPostingJsonLdOptions = {
 *   siteUrl: 'https://competencyworks.org',
 *   seriesIri: (seriesId) => `https://competencyworks.org/series/${seriesId}/`,
 * };
 */
export interface BlogPostingJsonLdOptions {
  /** The site the series `@id`s hang off. Default `https://competencyworks.org`. */
  siteUrl?: string;
  /**
   * The `@id` of a series. Default `<siteUrl>/#series-<id>`, the `@id` that `toJsonLd` in
   * `@competencyworks/series` gives the series itself, so the two link up in one graph.
   */
  seriesIri?: (seriesId: string) => string;
}

function origin(o: Origin): OriginJsonLd {
  return {
    '@type': 'CreativeWork',
    publisher: { '@type': 'Organization', name: o.publisher },
    ...(o.url ? { url: o.url } : {}),
    ...(o.date ? { datePublished: o.date } : {}),
  };
}

/**
 * Describes a post as a schema.org `BlogPosting` in JSON-LD, ready for a
 * `<script type="application/ld+json">`.
 *
 * Dates pass through as the model keeps them (instant or date only, never invented
 * precision). The excerpt is the `description`, tags the `keywords`, categories the
 * `articleSection`. A post in a series `isPartOf` the series (by `@id`) at its `position`;
 * each place it first appeared is an `isBasedOn` `CreativeWork` with its publisher. Empty
 * lists are left out.
 *
 * @param post - The post.
 * @param options - How series `@id`s are made.
 * @returns The JSON-LD object.
 *
 * @example
 * toJsonLd(post);
 * //=> {
 * //   '@context': 'https://schema.org',
 * //   '@type': 'BlogPosting',
 * //   '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 * //   headline: 'Continuous Improvement and Innovation',
 * //   url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 * //   datePublished: '2016-12-20',
 * //   author: [{ '@type': 'Person', name: 'Chris Sturgis' }],
 * //   description: 'This is the twenty-fourth article in the series ...',
 * //   isPartOf: {
 * //     '@type': 'CreativeWorkSeries',
 * //     '@id': 'https://competencyworks.org/#series-implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 * //   },
 * //   position: 24,
 * // }
 */
export function toJsonLd(post: Post, options: BlogPostingJsonLdOptions = {}): BlogPostingJsonLd {
  const siteUrl = (options.siteUrl ?? 'https://competencyworks.org').replace(/\/+$/, '');
  const seriesIri = options.seriesIri ?? ((id: string) => `${siteUrl}/#series-${id}`);
  const { series } = post;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    ...(post.url ? { '@id': post.url } : {}),
    ...(post.title !== undefined ? { headline: post.title } : {}),
    ...(post.url ? { url: post.url } : {}),
    ...(post.published ? { datePublished: post.published } : {}),
    ...(post.modified ? { dateModified: post.modified } : {}),
    ...(post.authors.length > 0
      ? {
          author: post.authors.map(
            (a): PersonJsonLd => ({
              '@type': 'Person',
              name: a.name,
              ...(a.url ? { url: a.url } : {}),
            }),
          ),
        }
      : {}),
    ...(post.excerpt ? { description: post.excerpt } : {}),
    ...(post.image ? { image: post.image } : {}),
    ...(post.language ? { inLanguage: post.language } : {}),
    ...(post.tags.length > 0 ? { keywords: post.tags.map((t) => t.name) } : {}),
    ...(post.categories.length > 0 ? { articleSection: post.categories.map((c) => c.name) } : {}),
    ...(series
      ? {
          isPartOf: { '@type': 'CreativeWorkSeries' as const, '@id': seriesIri(series.seriesId) },
          ...(series.position !== undefined ? { position: series.position } : {}),
        }
      : {}),
    ...(post.origin.length > 0 ? { isBasedOn: post.origin.map(origin) } : {}),
  };
}
