// The event development set (packages/events/test/devset: 202 real sentences, hand-labelled):
// extractEvents beside chrono-node 2.10.3 in the same run, per-field precision and recall, and
// the time each takes over the whole set, interleaved round by round.
// Run from bench/: `node --expose-gc --import tsx devset.bench.ts` (or `pnpm bench devset`).
process.env.TZ = 'UTC';

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { extractEvents } from '@competencyworks/events';
import * as chrono from 'chrono-node';
import {
  devsetPost,
  devsetTable,
  type FoundEvent,
  foundEvent,
  readDevset,
  scoreDevset,
} from '../packages/events/test/devset/scoreDevset';

const entries = readDevset();
const posts = entries.map(devsetPost);
const references = entries.map((e) => new Date(`${e.postDate}T12:00:00Z`));
const texts = entries.map((e) => (e.title ? `${e.title}\n${e.text}` : e.text));

const pad = (n: number) => String(n).padStart(2, '0');
const day = (c: chrono.ParsedComponents) =>
  `${c.get('year')}-${pad(c.get('month') ?? 0)}-${pad(c.get('day') ?? 0)}`;

/**
 * chrono-node's results that name a day (a date, or a weekday it places), one per start day, as
 * the set scores them. chrono-node reads no kind or status. Results that are only a time ("at
 * 7pm") name no day and are left out, which is in chrono-node's favour on precision.
 */
function chronoFound(results: chrono.ParsedResult[]): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const r of results) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const start = day(r.start);
    if (found.some((f) => f.start === start)) continue;
    const event: FoundEvent = { start };
    if (r.end?.isCertain('day')) event.end = day(r.end);
    if (r.start.isCertain('hour'))
      event.startTime = `${pad(r.start.get('hour') ?? 0)}:${pad(r.start.get('minute') ?? 0)}`;
    const offset = r.start.isCertain('timezoneOffset') ? r.start.get('timezoneOffset') : null;
    if (offset !== null) event.zoneOffset = offset;
    found.push(event);
  }
  return found;
}

const ours = () => posts.map((post) => extractEvents([post]).events);
const theirs = () =>
  texts.map((text, i) =>
    chrono.parse(text, { instant: references[i] as Date, timezone: 'UTC' }, { forwardDate: true }),
  );

const ourScore = scoreDevset(
  entries,
  ours().map((events) => events.map(foundEvent)),
);
const chronoScore = scoreDevset(entries, theirs().map(chronoFound));

const ROUNDS = 15;
const gc = (globalThis as { gc?: () => void }).gc;
const ourTimes: number[] = [];
const chronoTimes: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  // Interleaved, alternating which goes first, so load on the shared machine hits both alike.
  const pair: [() => unknown, number[]][] =
    round % 2 === 0
      ? [
          [ours, ourTimes],
          [theirs, chronoTimes],
        ]
      : [
          [theirs, chronoTimes],
          [ours, ourTimes],
        ];
  for (const [run, times] of pair) {
    gc?.();
    const t0 = performance.now();
    run();
    if (round > 0) times.push(performance.now() - t0);
  }
}
const ratios = ourTimes.map((t, i) => (chronoTimes[i] ?? Number.NaN) / t).sort((a, b) => a - b);
const median = (v: number[]) =>
  [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;

console.log(
  `\nEvent development set: ${entries.length} sentences, ${ourScore.fields[0]?.labelled} labelled events, ${ourScore.negatives} negatives`,
);
console.log(
  devsetTable([
    { name: 'extractEvents', score: ourScore },
    { name: 'chrono-node 2.10.3', score: chronoScore },
  ]),
);
console.log(
  'P = right / found, R = right / labelled. chrono-node finds dates, not events: it is scored on every\n' +
    'result that names a day, with the post date as reference and forwardDate, on title + text.',
);
console.log(
  `\nTime over the whole set (median of ${ROUNDS} interleaved rounds): extractEvents ${median(ourTimes).toFixed(1)} ms, chrono-node parse ${median(chronoTimes).toFixed(1)} ms; chrono/ours per round: median ${median(ratios).toFixed(2)}x (min ${ratios[0]?.toFixed(2)}, max ${ratios.at(-1)?.toFixed(2)}); load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
