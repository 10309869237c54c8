import { describe, expect, it } from 'vitest';
import { isJsSpace } from './isJsSpace';

describe('isJsSpace', () => {
  it('agrees with the regular expression \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });
});
