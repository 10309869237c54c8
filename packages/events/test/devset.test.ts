import { describe, expect, it } from 'vitest';
import { extractEvents } from '../src/index';
import { devsetPost, devsetTable, foundEvent, readDevset, scoreDevset } from './devset/scoreDevset';

const entries = readDevset();

describe('the event development set (202 real sentences, hand-labelled)', () => {
  const found = entries.map((entry) => extractEvents([devsetPost(entry)]).events.map(foundEvent));
  const score = scoreDevset(entries, found);

  it('prints per-field precision and recall', () => {
    console.log(`extractEvents on the development set\n${devsetTable([{ name: 'ours', score }])}`);
    console.log(
      `missed (${score.missed.length}):\n${score.missed.map((m) => `  ${m.id} ${m.start} ${m.text.replace(/\s+/g, ' ').slice(0, 110)}`).join('\n')}`,
    );
    console.log(
      `spurious (${score.spurious.length}):\n${score.spurious.map((m) => `  ${m.id} ${m.start} ${m.text.replace(/\s+/g, ' ').slice(0, 110)}`).join('\n')}`,
    );
    const [start, end, , zone] = score.fields;
    expect(start?.labelled).toBe(entries.reduce((n, e) => n + e.events.length, 0));
    // The targets of the issue: a change that loses recall or precision below them fails here.
    expect(start?.precision).toBeGreaterThanOrEqual(0.95);
    expect(start?.recall).toBeGreaterThanOrEqual(0.9);
    expect(end?.recall).toBeGreaterThanOrEqual(0.8);
    expect(zone?.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseOnNegatives).toBeLessThanOrEqual(4);
  });
});
