import { type Evidence, type Result, safeValidate, validate } from '@competencyworks/core';
import type * as v from 'valibot';
import { seriesPartObjectSchema, seriesPipeSchema } from './_lib/seriesObjectSchemas';

/**
 * What sort of sequence a series is.
 *
 * @example
 * const kind: SeriesKind = 'series';
 */
export type SeriesKind = 'series' | 'tour' | 'multipart' | 'column';

/**
 * One known part of a series. A part may be known only from a reference in another post
 * ("Start with the first post on NYC Big Takeaways"), so `postId` is optional.
 *
 * @example
 * const part: SeriesPart = {
 *   position: 24,
 *   postId: 'cw-2016-12-20-continuous-improvement-and-innovation',
 *   title: 'Continuous Improvement and Innovation',
 *   url: 'https://competencyworks.org/2016/12/continuous-improvement-and-innovation/',
 *   evidence: [],
 * };
 */
export interface SeriesPart {
  /** 1-based position; absent for columns, which have no numbering. */
  position?: number;
  /** The post that is this part, when the input contains it. */
  postId?: string;
  /** The part's title as written, when known. */
  title?: string;
  url?: string;
  /** Every sentence that told us about this part. */
  evidence: Evidence[];
}

/**
 * A sequence of posts: a numbered article series, a tour, a multipart post or a recurring column.
 *
 * @example
 * const series: Series = {
 *   id: 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 *   title: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
 *   kind: 'series',
 *   parts: [{ position: 24, postId: 'cw-2016-12-20-continuous-improvement-and-innovation', evidence: [] }],
 * };
 */
export interface Series {
  /** Stable slug of the title. */
  id: string;
  title: string;
  kind: SeriesKind;
  description?: string;
  /** The total number of parts, when the text says ("Part 2 of 5"). */
  total?: number;
  parts: SeriesPart[];
}

/**
 * Validates a {@link SeriesPart}: an optional whole position of 1 or more, an optional post id,
 * title and http(s) URL, and the evidence.
 *
 * @example
 * v.parse(SeriesPartSchema, { position: 24, postId: 'cw-2016-12-20-continuous-improvement-and-innovation', evidence: [] });
 * //=> { position: 24, postId: 'cw-2016-12-20-continuous-improvement-and-innovation', evidence: [] }
 */
export const SeriesPartSchema: v.GenericSchema<unknown, SeriesPart> = seriesPartObjectSchema;

/**
 * Validates a {@link Series}: a slug id, a non-empty title, a known kind, an optional total of 1
 * or more, and parts whose positions and post ids are each used once and do not exceed the
 * total. Unknown fields are reported, not dropped. Missing parts (a gap) are allowed: a series
 * may be known only from parts 21-24.
 *
 * @example
 * v.parse(SeriesSchema, { id: 'nyc-big-takeaways', title: 'NYC Big Takeaways', kind: 'tour', parts: [] });
 * //=> { id: 'nyc-big-takeaways', title: 'NYC Big Takeaways', kind: 'tour', parts: [] }
 */
export const SeriesSchema: v.GenericSchema<unknown, Series> = seriesPipeSchema;

/**
 * Validates anything (typically JSON) as a {@link Series}, or throws a `ParseError` naming the
 * field, what was expected and what was found.
 *
 * @param input - The value to check.
 * @returns The series.
 * @throws {ParseError} When the input is not a valid series.
 * @example
 * parseSeries({ id: 'nyc-big-takeaways', title: 'NYC Big Takeaways', kind: 'book', parts: [] });
 * //=> throws ParseError 'kind: expected one of series, tour, multipart, column, got "book"'
 */
export function parseSeries(input: unknown): Series {
  return validate(SeriesSchema, input);
}

/**
 * Like {@link parseSeries}, but returns a `Result` and never throws.
 *
 * @param input - The value to check.
 * @returns `{ success: true, output }` or `{ success: false, error }`.
 * @example
 * safeParseSeries({ id: 'nyc-big-takeaways', title: 'NYC Big Takeaways', kind: 'tour', parts: [] });
 * //=> { success: true, output: { id: 'nyc-big-takeaways', ... } }
 */
export function safeParseSeries(input: unknown): Result<Series> {
  return safeValidate(SeriesSchema, input);
}
