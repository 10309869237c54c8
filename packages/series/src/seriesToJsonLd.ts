import type { Series, SeriesPart } from './series';

/**
 * One part of a series in JSON-LD: a `BlogPosting` node, linked by `@id` when its URL is known.
 *
 * @example
 * const part: SeriesPartJsonLd = {
 *   '@type': 'BlogPosting',
 *   '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 *   url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 *   position: 24,
 * };
 */
export interface SeriesPartJsonLd {
  '@type': 'BlogPosting';
  '@id'?: string;
  url?: string;
  name?: string;
  position?: number;
}

/**
 * A schema.org `CreativeWorkSeries` as JSON-LD. The shape is ours (so the package needs no
 * schema.org typings at run time or in its declarations); tests check that it is assignable
 * to `WithContext<CreativeWorkSeries>` from `schema-dts`.
 *
 * @example
 * const series: CreativeWorkSeriesJsonLd = {
 *   '@context': 'https://schema.org',
 *   '@type': 'CreativeWorkSeries',
 *   '@id': 'https://competencyworks.org/#series-implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 *   name: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
 *   hasPart: [{ '@type': 'BlogPosting', '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/', url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/', position: 24 }],
 * };
 */
export interface CreativeWorkSeriesJsonLd {
  '@context': 'https://schema.org';
  '@type': 'CreativeWorkSeries';
  '@id': string;
  name: string;
  description?: string;
  hasPart?: SeriesPartJsonLd[];
}

/**
 * Options for {@link seriesToJsonLd}.
 *
 * @example
 * const urls = new Map([['cw-2016-12-20-continuous-improvement-and-innovation', 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/']]);
 * const options: CreativeWorkSeriesJsonLdOptions = {
 *   siteUrl: 'https://competencyworks.org',
 *   postUrl: (postId) => urls.get(postId),
 * };
 */
export interface CreativeWorkSeriesJsonLdOptions {
  /** The site the series `@id` hangs off. Default `https://competencyworks.org`. */
  siteUrl?: string;
  /**
   * The `@id` of the series. Default `<siteUrl>/#series-<id>`, the same `@id` a post's
   * `isPartOf` gets from `seriesToJsonLd` in `@competencyworks/posts`.
   */
  seriesIri?: (seriesId: string) => string;
  /** The URL of a post by id (from a content bundle); used before the part's own `url`. */
  postUrl?: (postId: string) => string | undefined;
}

/**
 * Describes a series as a schema.org `CreativeWorkSeries` in JSON-LD, with its known parts as
 * `hasPart`, in order of position (parts without one, as in a column, keep their order after
 * the numbered ones). A part's `url` and `@id` come from `options.postUrl(postId)`, else from
 * the part's own `url`; a part with neither is still listed by `name` and `position`. Parts not
 * known (a gap from 1 to 20) are simply absent: JSON-LD has no way to say "missing".
 *
 * @param series - The series.
 * @param options - How `@id`s and post URLs are made.
 * @returns The JSON-LD object.
 *
 * @example
 * seriesToJsonLd(series, { postUrl: (id) => urls.get(id) });
 * //=> {
 * //   '@context': 'https://schema.org',
 * //   '@type': 'CreativeWorkSeries',
 * //   '@id': 'https://competencyworks.org/#series-implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 * //   name: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
 * //   hasPart: [{
 * //     '@type': 'BlogPosting',
 * //     '@id': 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 * //     url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 * //     position: 24,
 * //   }],
 * // }
 */
export function seriesToJsonLd(
  series: Series,
  options: CreativeWorkSeriesJsonLdOptions = {},
): CreativeWorkSeriesJsonLd {
  const siteUrl = (options.siteUrl ?? 'https://competencyworks.org').replace(/\/+$/, '');
  const seriesIri = options.seriesIri ?? ((id: string) => `${siteUrl}/#series-${id}`);
  const order = (p: SeriesPart) => p.position ?? Number.POSITIVE_INFINITY;
  const parts = [...series.parts].sort((a, b) => order(a) - order(b) || 0);
  const hasPart = parts.map((part): SeriesPartJsonLd => {
    const url =
      (part.postId !== undefined ? options.postUrl?.(part.postId) : undefined) ?? part.url;
    return {
      '@type': 'BlogPosting',
      ...(url ? { '@id': url, url } : {}),
      ...(part.title ? { name: part.title } : {}),
      ...(part.position !== undefined ? { position: part.position } : {}),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    '@id': seriesIri(series.id),
    name: series.title,
    ...(series.description ? { description: series.description } : {}),
    ...(hasPart.length > 0 ? { hasPart } : {}),
  };
}
