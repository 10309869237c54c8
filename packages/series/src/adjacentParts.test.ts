import { describe, expect, it } from 'vitest';
import { adjacentParts } from './adjacentParts';
import type { SeriesPart } from './series';

const part = (position: number | undefined, postId: string): SeriesPart =>
  position === undefined ? { postId, evidence: [] } : { position, postId, evidence: [] };

// The December 2016 archive: parts 21-24 known, 1-20 missing.
const p21 = part(21, 'mid-course');
const p22 = part(22, 'refining');
const p23 = part(23, 'three-ways');
const p24 = part(24, 'continuous');
const series = { parts: [p24, p23, p22, p21] };

describe('adjacentParts', () => {
  it('gives the neighbours of a part in the middle, with no gap', () => {
    expect(adjacentParts(series, 'refining')).toEqual({
      current: p22,
      previous: p21,
      next: p23,
      gapBefore: false,
      gapAfter: false,
    });
  });

  it('says parts are missing before the first known part when it is not part 1', () => {
    expect(adjacentParts(series, 'mid-course')).toEqual({
      current: p21,
      next: p22,
      gapBefore: true,
      gapAfter: false,
    });
  });

  it('skips a missing part to the nearest known one and says a gap lies between', () => {
    const withGap = { parts: [p21, p23] };
    expect(adjacentParts(withGap, 'three-ways')).toEqual({
      current: p23,
      previous: p21,
      gapBefore: true,
      gapAfter: false,
    });
    expect(adjacentParts(withGap, 'mid-course')?.gapAfter).toBe(true);
  });

  it('says parts are missing after the last known part only when a total says so', () => {
    expect(adjacentParts(series, 'continuous')?.gapAfter).toBe(false);
    expect(adjacentParts({ ...series, total: 24 }, 'continuous')?.gapAfter).toBe(false);
    expect(adjacentParts({ ...series, total: 26 }, 'continuous')?.gapAfter).toBe(true);
  });

  it('walks unnumbered parts (a column) in the given order, with no gaps', () => {
    const column = { parts: [part(undefined, 'a'), part(undefined, 'b'), part(undefined, 'c')] };
    expect(adjacentParts(column, 'b')).toMatchObject({
      previous: { postId: 'a' },
      next: { postId: 'c' },
      gapBefore: false,
      gapAfter: false,
    });
  });

  it('returns undefined for a post that is not a part', () => {
    expect(adjacentParts(series, 'elsewhere')).toBeUndefined();
  });
});
