import { describe, expect, it } from 'vitest';
import { orderedParts } from './orderedParts';
import type { SeriesPart } from './series';

const part = (position: number | undefined, postId: string): SeriesPart =>
  position === undefined ? { postId, evidence: [] } : { position, postId, evidence: [] };

describe('orderedParts', () => {
  it('orders numbered parts by position and puts unnumbered ones last, in the given order', () => {
    const parts = [
      part(24, 'd'),
      part(undefined, 'x'),
      part(21, 'a'),
      part(undefined, 'y'),
      part(22, 'b'),
    ];
    expect(orderedParts({ parts }).map((p) => p.postId)).toEqual(['a', 'b', 'd', 'x', 'y']);
  });

  it('does not change the series', () => {
    const parts = [part(2, 'b'), part(1, 'a')];
    orderedParts({ parts });
    expect(parts.map((p) => p.postId)).toEqual(['b', 'a']);
  });

  it('returns an empty list for a series with no parts', () => {
    expect(orderedParts({ parts: [] })).toEqual([]);
  });
});
