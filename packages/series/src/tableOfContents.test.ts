import { describe, expect, it } from 'vitest';
import type { SeriesPart } from './series';
import { tableOfContents } from './tableOfContents';

const part = (position: number | undefined, postId: string): SeriesPart =>
  position === undefined ? { postId, evidence: [] } : { position, postId, evidence: [] };

describe('tableOfContents', () => {
  it('shows parts 1-20 as missing when only 21-24 are known', () => {
    const parts = [part(24, 'd'), part(23, 'c'), part(22, 'b'), part(21, 'a')];
    const toc = tableOfContents({ parts });
    expect(toc).toHaveLength(24);
    expect(toc.slice(0, 20)).toEqual(
      Array.from({ length: 20 }, (_, i) => ({ position: i + 1, missing: true })),
    );
    expect(toc.slice(20)).toEqual([
      { position: 21, missing: false, part: parts[3] },
      { position: 22, missing: false, part: parts[2] },
      { position: 23, missing: false, part: parts[1] },
      { position: 24, missing: false, part: parts[0] },
    ]);
  });

  it('runs to the stated total, so missing parts at the end are shown too', () => {
    const toc = tableOfContents({ total: 4, parts: [part(2, 'b')] });
    expect(toc).toEqual([
      { position: 1, missing: true },
      { position: 2, missing: false, part: { position: 2, postId: 'b', evidence: [] } },
      { position: 3, missing: true },
      { position: 4, missing: true },
    ]);
  });

  it('lists unnumbered parts after the numbered ones, without a position', () => {
    expect(tableOfContents({ parts: [part(undefined, 'x'), part(1, 'a')] })).toEqual([
      { position: 1, missing: false, part: { position: 1, postId: 'a', evidence: [] } },
      { missing: false, part: { postId: 'x', evidence: [] } },
    ]);
  });

  it('is empty for a series with no parts', () => {
    expect(tableOfContents({ parts: [] })).toEqual([]);
  });
});
