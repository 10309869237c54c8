import { describe, expect, test } from 'vitest';
import { formatDevsetScore, scoreDevset } from './devsetScore';

// The hand-labelled development set (devset/README.md): 86 real posts, 28 in a series, 16
// republished from elsewhere, the rest neither (traps among them). The floors are the figures
// reached; a change that loses a post fails here and names it in the printed score.
describe('series and origins on the development set', () => {
  const score = scoreDevset();
  console.log(formatDevsetScore(score));

  test('no false series and no false origin on the posts labelled with neither', () => {
    expect(score.falseSeries).toEqual([]);
    expect(score.falseOrigins).toEqual([]);
  });

  test('series recall and precision hold their floors', () => {
    // 26 of 28: "A Look Back" (a column named only by its title) and a lone "Part 1" title,
    // which a series needs a second part, a total or a higher number to be (issue 15).
    expect(score.seriesRecall.hits).toBeGreaterThanOrEqual(26);
    expect(score.seriesRecall.hits / score.seriesRecall.of).toBeGreaterThanOrEqual(0.9);
    expect(score.seriesPrecision.hits).toBe(score.seriesPrecision.of);
    expect(score.positions.hits).toBe(score.positions.of);
    expect(score.totals.hits).toBe(score.totals.of);
    expect(score.siblings.hits).toBe(score.siblings.of);
  });

  test('origin recall and precision hold their floors', () => {
    // 15 of 16: "(Originally posed on ...)", a typo the rules do not guess at.
    expect(score.originRecall.hits).toBeGreaterThanOrEqual(15);
    expect(score.originRecall.hits / score.originRecall.of).toBeGreaterThanOrEqual(0.9);
    expect(score.originPrecision.hits).toBe(score.originPrecision.of);
    expect(score.originDates.hits).toBe(score.originDates.of);
  });
});
