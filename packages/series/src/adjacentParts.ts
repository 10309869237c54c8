import { orderedParts } from './orderedParts';
import type { Series, SeriesPart } from './series';

/**
 * Where a post sits in its series: the nearest known parts on either side and whether parts are
 * missing between them. "Nearest known" means a missing part is never invented: with parts 21,
 * 23 and 24 known, part 23's previous part is 21 and `gapBefore` is true.
 *
 * @example
 * const around: AdjacentParts = { current: part23, previous: part21, next: part24, gapBefore: true, gapAfter: false };
 */
export interface AdjacentParts {
  /** The part that is the post. */
  current: SeriesPart;
  /** The nearest known part before it in reading order. */
  previous?: SeriesPart;
  /** The nearest known part after it in reading order. */
  next?: SeriesPart;
  /**
   * True when numbered parts are known to be missing just before the post: between `previous` and
   * it, or, with no `previous`, between part 1 and it (part 21 of a series whose parts 1-20 are
   * unknown). False when nothing is missing or the post has no position.
   */
  gapBefore: boolean;
  /**
   * True when numbered parts are known to be missing just after the post: between it and `next`,
   * or, with no `next`, between it and the stated `total`. Without a total, the end of a series
   * is unknown, so the last known part has no gap after it.
   */
  gapAfter: boolean;
}

/**
 * Finds the parts before and after a post in a series, saying when parts are missing between.
 *
 * @param series - The series.
 * @param postId - The id of a post that is a part of the series.
 * @returns The neighbours, or undefined when no part of the series is that post.
 * @example
 * // parts 21, 22, 23 and 24 known; 1-20 missing
 * adjacentParts(series, part22.postId);
 * //=> { current: part22, previous: part21, next: part23, gapBefore: false, gapAfter: false }
 * adjacentParts(series, part21.postId);
 * //=> { current: part21, next: part22, gapBefore: true, gapAfter: false }
 */
export function adjacentParts(
  series: Pick<Series, 'parts' | 'total'>,
  postId: string,
): AdjacentParts | undefined {
  const parts = orderedParts(series);
  const index = parts.findIndex((part) => part.postId === postId);
  const current = parts[index];
  if (current === undefined) return undefined;
  const previous = parts[index - 1];
  const next = parts[index + 1];
  const position = current.position;
  let gapBefore = false;
  let gapAfter = false;
  if (position !== undefined) {
    gapBefore = position - (previous?.position ?? 0) > 1;
    if (next?.position !== undefined) gapAfter = next.position - position > 1;
    else if (series.total !== undefined) gapAfter = series.total > position;
  }
  return {
    current,
    ...(previous !== undefined ? { previous } : {}),
    ...(next !== undefined ? { next } : {}),
    gapBefore,
    gapAfter,
  };
}
