// Event extraction benchmark (run with `pnpm bench extract`), three suites:
//
// 1. What extraction adds to parsing, on the generated 10,000-item WordPress RSS feed
//    (generate/rss.ts): parse alone against parse + extract, fresh posts every run, in CPU time
//    (see cpuTimed). Budget
//    (issue 5): at most +25% for the extraction of series, origins and events, that is a ratio of
//    items/s to the bare parse of at least 1 / 1.25 = 0.8; extractEvents alone is shown too.
// 2. The same over the seed archive (the seed pages' posts repeated into about 10,000 posts,
//    most announcing events), read with readArchiveText; the same budget (issue 15).
// 3. Our date reading against chrono-node 2.10.3 on one sentence set covering every announcement
//    pattern of issue 5 plus the sentences that must give no event: speed (budget: at least 5x
//    faster) and an accuracy table (correct / wrong / missed) printed under it.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { splitSentences } from '@competencyworks/core';
import { type Event, extractEvents } from '@competencyworks/events';
import { detectOrigins, type Post, readArchiveText, readFeed } from '@competencyworks/posts';
import { detectSeries } from '@competencyworks/series';
import * as chrono from 'chrono-node';
// The date-reading layer of extractEvents is private (src/_lib); the bench reads it by path to time
// the part that does what chrono-node does, beside the whole of extractEvents.
import { type AnnouncedDate, announcedDates } from '../packages/events/src/_lib/extractDates';
import { formatDevsetScore, scoreDevset } from '../packages/series/test/devsetScore';
import type { BenchCase, BenchSuite } from './_lib/suite';
import { ensureRssFeed } from './generate/rss';

/** A Markdown-style table, one `log` call per line. */
function table(log: (line: string) => void, headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  log(line(headers));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells.slice(1)) log(line(row));
}

/** What the extractors find: events, and the series and origins when they ran. */
type Found = { events: number; series?: number; origins?: number };

/** `extractEvents` alone. */
const eventsOnly = (posts: Post[]): Found => ({ events: extractEvents(posts).events.length });

/** All three extractors, chained as `cw build` runs them: origins, then series, then events. */
function allExtractors(posts: Post[]): Found {
  let origins = 0;
  const withOrigins = posts.map((post) => {
    const origin = detectOrigins(post);
    origins += origin.length;
    return origin.length > 0 ? { ...post, origin } : post;
  });
  const series = detectSeries(withOrigins);
  return {
    events: extractEvents(series.posts).events.length,
    series: series.series.length,
    origins,
  };
}

/** The seed pages' posts repeated into one archive page of about `count` posts, one year later each copy. */
function seedArchive(count: number): string {
  const pages = ['archive-2016-08.txt', 'archive-2016-12.txt'].map((name) =>
    readFileSync(
      new URL(`../packages/events/test/fixtures/seeds/${name}`, import.meta.url),
      'utf8',
    ),
  );
  const bodies = pages.map((page) => {
    const lines = page.split('\n');
    const first = lines.indexOf('inacol logo');
    const last = lines.findIndex((line) => line.startsWith('WordPress SEO'));
    return lines.slice(first + 1, last).join('\n');
  });
  const perCopy = bodies.join('\n').split('\nPrint Friendly').length - 1;
  const parts: string[] = [];
  for (let copy = 0; copy < Math.ceil(count / perCopy); copy++) {
    const year = 2016 + copy;
    for (const body of bodies) parts.push(body.replace(/, 2016 by/g, `, ${year} by`));
  }
  return parts.join('\n\n');
}

interface Expected {
  start: string;
  end?: string;
  startTime?: string;
  endTime?: string;
  zone?: string;
}
interface Case {
  text: string;
  /** The post's date: the reference date for both extractors. */
  posted: string;
  /** Undefined: the sentence announces no event, so any date read from it is a false one. */
  expect?: Expected;
}

const cases: Case[] = [
  {
    text: 'CompetencyWorks is hosting a Leadership webinar on advancing competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET.',
    posted: '2016-12-19',
    expect: { start: '2017-01-11', startTime: '14:00', endTime: '15:00', zone: 'America/New_York' },
  },
  {
    text: 'I’ve just been looking at the schedule for the competency education strand at the iNACOL Symposium on October 25-28.',
    posted: '2016-08-17',
    expect: { start: '2016-10-25', end: '2016-10-28' },
  },
  {
    text: 'I’ve just been looking at the schedule for the competency education strand at the iNACOL Symposium on October 25–28.',
    posted: '2016-08-17',
    expect: { start: '2016-10-25', end: '2016-10-28' },
  },
  {
    text: 'The State Policy Summit runs October 30-November 2.',
    posted: '2016-08-01',
    expect: { start: '2016-10-30', end: '2016-11-02' },
  },
  {
    text: 'The Winter Convening runs December 30–January 2.',
    posted: '2016-12-01',
    expect: { start: '2016-12-30', end: '2017-01-02' },
  },
  {
    text: 'The webinar runs noon-1 p.m. ET on Thursday, February 2.',
    posted: '2017-01-20',
    expect: { start: '2017-02-02', startTime: '12:00', endTime: '13:00', zone: 'America/New_York' },
  },
  {
    text: 'On October 25th, a pre-conference workshop led by some of the leaders in the Charleston County School District will be sharing their approach and lessons learned.',
    posted: '2016-08-10',
    expect: { start: '2016-10-25' },
  },
  {
    text: 'And we’ll be posting information about where to find us for the CompetencyWorks meet-up at the President’s Reception the evening of October 25.',
    posted: '2016-08-17',
    expect: { start: '2016-10-25' },
  },
  {
    text: 'We need your help between now and September 1.',
    posted: '2016-08-15',
    expect: { start: '2016-09-01' },
  },
  {
    text: 'Please vote for our panel by September 1.',
    posted: '2016-08-15',
    expect: { start: '2016-09-01' },
  },
  {
    text: 'Join the webinar on Wednesday, January 11, 2:00-3:00 p.m. Eastern.',
    posted: '2016-12-19',
    expect: { start: '2017-01-11', startTime: '14:00', endTime: '15:00', zone: 'America/New_York' },
  },
  {
    text: 'Join the webinar on Thursday, March 9 at 2 p.m. CT.',
    posted: '2017-02-01',
    expect: { start: '2017-03-09', startTime: '14:00', zone: 'America/Chicago' },
  },
  {
    text: 'Join the webinar on Tuesday, March 14 at 11 a.m. PT.',
    posted: '2017-02-01',
    expect: { start: '2017-03-14', startTime: '11:00', zone: 'America/Los_Angeles' },
  },
  {
    text: 'Join the webinar on Wednesday, April 5, 1:00-2:00 p.m. MT.',
    posted: '2017-02-01',
    expect: { start: '2017-04-05', startTime: '13:00', endTime: '14:00', zone: 'America/Denver' },
  },
  {
    text: 'Join the webinar on Wednesday, July 12, 2:00-3:00 p.m. EDT.',
    posted: '2017-06-01',
    expect: { start: '2017-07-12', startTime: '14:00', endTime: '15:00', zone: 'America/New_York' },
  },
  {
    text: 'Join the webinar on Wednesday, July 12 at 3 p.m. UTC.',
    posted: '2017-06-01',
    expect: { start: '2017-07-12', startTime: '15:00', zone: 'UTC' },
  },
  {
    text: 'Join the webinar on Friday, May 5 at 4:30 p.m. GMT.',
    posted: '2017-04-01',
    expect: { start: '2017-05-05', startTime: '16:30', zone: 'UTC' },
  },
  {
    text: 'Our webinar is on February 2 from 10 a.m. to noon PT.',
    posted: '2017-01-20',
    expect: {
      start: '2017-02-02',
      startTime: '10:00',
      endTime: '12:00',
      zone: 'America/Los_Angeles',
    },
  },
  {
    text: 'The iNACOL Symposium is October 25-28, 2017.',
    posted: '2016-12-01',
    expect: { start: '2017-10-25', end: '2017-10-28' },
  },
  {
    text: 'The Spring Summit runs March 14-16, 2017 in Boston.',
    posted: '2016-12-01',
    expect: { start: '2017-03-14', end: '2017-03-16' },
  },
  // Sentences that announce nothing.
  {
    text: 'Donations may be made in Diane’s honor by visiting or calling 541-979-2773.',
    posted: '2016-12-09',
  },
  { text: 'Diane Smith, Jan. 28, 1950 – Nov. 30, 2016', posted: '2016-12-09' },
  {
    text: 'CompetencyWorks is an online resource about competency education in the K-12 education system.',
    posted: '2016-12-09',
  },
  { text: 'Rethinking the Achievement Gap (Part 3)', posted: '2016-08-12' },
  {
    text: 'According to one study, 40% of America’s workforce will be self-employed by 2020.',
    posted: '2016-08-18',
  },
  {
    text: 'It is no surprise that Chugach School District received the award in its seventh year.',
    posted: '2016-12-20',
  },
  {
    text: 'This post originally appeared at Getting Smart on July 25, 2016.',
    posted: '2016-08-18',
  },
  {
    text: 'This post originally appeared at Mastery Collaborative on October 21, 2016.',
    posted: '2016-12-15',
  },
  { text: 'Screenshot 2016-08-15 10.49.52', posted: '2016-08-15' },
  { text: 'December 19, 2016 by', posted: '2016-12-19' },
  {
    text: 'It will have four schools in both district and charter variations this coming September.',
    posted: '2016-08-11',
  },
  {
    text: 'Last fall, Amanda presented on a panel at iNACOL’s annual symposium.',
    posted: '2016-08-18',
  },
];

interface Reading {
  start: string;
  end?: string;
  startTime?: string;
  endTime?: string;
  /** Epoch ms of the start when a zone or offset is known. */
  startInstant?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function expectedReading(e: Expected): Reading {
  const reading: Reading = { start: e.start, end: e.end ?? e.start };
  if (e.startTime !== undefined) reading.startTime = e.startTime;
  if (e.endTime !== undefined) reading.endTime = e.endTime;
  if (e.zone !== undefined && e.startTime !== undefined)
    reading.startInstant = wallInstant(e.start, e.startTime, e.zone);
  return reading;
}

/** Minutes east of UTC in `zone` at `ms`, from the runtime's zone database (Intl). */
function offsetMinutes(zone: string, ms: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant a wall-clock time in a zone names (no event here is near a DST change). */
function wallInstant(date: string, time: string, zone: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const guess = wall - offsetMinutes(zone, wall) * 60_000;
  return wall - offsetMinutes(zone, guess) * 60_000;
}

function ourReading(event: Event | undefined): Reading | undefined {
  if (!event) return undefined;
  const reading: Reading = { start: event.start.date, end: event.end?.date ?? event.start.date };
  if (event.start.time !== undefined) reading.startTime = event.start.time;
  if (event.end?.time !== undefined) reading.endTime = event.end.time;
  if (event.start.time !== undefined && event.start.timeZone !== undefined) {
    reading.startInstant = wallInstant(event.start.date, event.start.time, event.start.timeZone);
  }
  return reading;
}

function dateLayerReading(date: AnnouncedDate | undefined): Reading | undefined {
  if (!date) return undefined;
  const { start, end } = date;
  const reading: Reading = { start: start.date, end: end?.date ?? start.date };
  if (start.time !== undefined) reading.startTime = start.time;
  if (end?.time !== undefined) reading.endTime = end.time;
  if (start.time !== undefined && start.timeZone !== undefined) {
    reading.startInstant = wallInstant(start.date, start.time, start.timeZone);
  }
  return reading;
}

function chronoReading(result: chrono.ParsedResult | undefined): Reading | undefined {
  if (!result) return undefined;
  const day = (c: chrono.ParsedComponents) =>
    `${c.get('year')}-${pad(c.get('month') ?? 0)}-${pad(c.get('day') ?? 0)}`;
  const time = (c: chrono.ParsedComponents) =>
    c.isCertain('hour') ? `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` : undefined;
  const reading: Reading = {
    start: day(result.start),
    end: result.end ? day(result.end) : day(result.start),
  };
  const startTime = time(result.start);
  const endTime = result.end ? time(result.end) : undefined;
  if (startTime !== undefined) reading.startTime = startTime;
  if (endTime !== undefined) reading.endTime = endTime;
  if (startTime !== undefined && result.start.isCertain('timezoneOffset'))
    reading.startInstant = result.start.date().getTime();
  return reading;
}

/** correct, wrong (a different or a false reading) or missed (nothing where an event was announced). */
function score(
  expected: Expected | undefined,
  got: Reading | undefined,
): 'correct' | 'wrong' | 'missed' {
  if (!expected) return got ? 'wrong' : 'correct';
  if (!got) return 'missed';
  const want = expectedReading(expected);
  const same =
    want.start === got.start &&
    want.end === got.end &&
    want.startTime === got.startTime &&
    want.endTime === got.endTime &&
    want.startInstant === got.startInstant;
  return same ? 'correct' : 'wrong';
}

const posts: Post[] = cases.map((c, i) => ({
  id: `case-${i}`,
  title: 'Announcement',
  published: c.posted,
  authors: [],
  excerpt: c.text,
  categories: [],
  tags: [],
  origin: [],
  source: { format: 'archive-text' },
}));
const references = cases.map((c) => new Date(`${c.posted}T12:00:00Z`));

const ignore = () => {};
const ours = () => posts.map((post) => extractEvents([post]).events[0]);
const dateLayer = () =>
  cases.map((c) => {
    for (const span of splitSentences(c.text)) {
      const [first] = announcedDates(span.sentence, c.posted, ignore).dates;
      if (first) return first;
    }
    return undefined;
  });
const theirs = () =>
  cases.map(
    (c, i) =>
      chrono.parse(
        c.text,
        { instant: references[i] as Date, timezone: 'UTC' },
        { forwardDate: true },
      )[0],
  );

type Tally = { correct: number; wrong: number; missed: number };

/** The accuracy table of the three readers of suite 3, printed under its timings. */
function accuracy(): string {
  const out: string[] = [];
  const log = (line: string) => out.push(line);
  const tallies: Record<'events' | 'dates' | 'chrono', Tally> = {
    events: { correct: 0, wrong: 0, missed: 0 },
    dates: { correct: 0, wrong: 0, missed: 0 },
    chrono: { correct: 0, wrong: 0, missed: 0 },
  };
  const details: string[][] = [];
  const eventResults = ours();
  const dateResults = dateLayer();
  const chronoResults = theirs();
  cases.forEach((c, i) => {
    const a = score(c.expect, ourReading(eventResults[i]));
    const b = score(c.expect, dateLayerReading(dateResults[i]));
    const d = score(c.expect, chronoReading(chronoResults[i]));
    tallies.events[a]++;
    tallies.dates[b]++;
    tallies.chrono[d]++;
    details.push([
      c.text.length > 58 ? `${c.text.slice(0, 55)}...` : c.text,
      c.expect ? 'event' : 'none',
      a,
      b,
      d,
    ]);
  });
  const row = (name: string, tally: Tally) => [name, tally.correct, tally.wrong, tally.missed];
  log(
    `Accuracy on ${cases.length} sentences (${cases.filter((c) => c.expect).length} announcements, ${cases.filter((c) => !c.expect).length} that announce nothing):`,
  );
  table(
    log,
    ['extractor', 'correct', 'wrong', 'missed'],
    [
      row('our date reading (date layer of extractEvents)', tallies.dates),
      row('extractEvents, whole (+ kinds, names, evidence, schema)', tallies.events),
      row('chrono-node 2.10.3 parse()', tallies.chrono),
    ],
  );
  log(
    'chrono-node is scored on its first result, with the post date as reference and forwardDate;\n' +
      'ours on the first announced date (date layer) or the first event (extractEvents). "wrong"\n' +
      'includes a date read from a sentence that announces nothing, and a time whose zone gives\n' +
      'another instant.',
  );
  log('Per sentence:');
  table(log, ['sentence', 'expected', 'extractEvents', 'date layer', 'chrono-node'], details);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The suites
// ---------------------------------------------------------------------------------------------

const rssText = async () => readFileSync(await ensureRssFeed(10_000), 'utf8');
const archiveText = () => seedArchive(10_000);

/**
 * A run timed in CPU time (user + system, this process, GC threads included) rather than wall
 * time: on the shared two-core machine a load of 15-20 made wall-clock ratios of one run spread
 * from 0.4x to 1.3x; CPU time counts only the work done.
 */
function cpuTimed(
  run: (input: unknown) => number,
): (input: unknown) => { items: number; ms: number } {
  return (input) => {
    const start = process.cpuUsage();
    const items = run(input);
    const used = process.cpuUsage(start);
    return { items, ms: (used.user + used.system) / 1000 };
  };
}

/** Parse alone (the baseline), parse + extractEvents, parse + all three extractors. */
function overheadCases(parse: (input: string) => Post[], setup: () => unknown): BenchCase[] {
  return [
    {
      name: 'parse alone',
      baseline: true,
      setup,
      run: cpuTimed((input) => parse(input as string).length),
    },
    {
      name: 'parse + extractEvents',
      setup,
      run: cpuTimed((input) => {
        const posts = parse(input as string);
        eventsOnly(posts);
        return posts.length;
      }),
    },
    {
      name: 'parse + origins + series + events',
      setup,
      run: cpuTimed((input) => {
        const posts = parse(input as string);
        allExtractors(posts);
        return posts.length;
      }),
    },
  ];
}

/** Sentence passes per timed run, so a run lasts long enough to time. */
const REPEAT = 40;
const sentencesRun = (read: () => unknown[]) => () => {
  for (let r = 0; r < REPEAT; r++) read();
  return REPEAT * cases.length;
};

export const suites: BenchSuite[] = [
  {
    title: 'Extraction overhead over parsing, generated RSS (readFeed), CPU time',
    input: () => '10,000 items; fresh posts every run',
    cases: overheadCases((xml) => readFeed(xml).posts, rssText),
    targets: [
      { case: 'parse + origins + series + events', metric: 'ratio', op: '>=', value: 0.8 },
      { case: 'parse + extractEvents', metric: 'ratio', op: '>=', value: 0.8 },
    ],
  },
  {
    title:
      'Extraction overhead over parsing, seed posts x N as archive text (readArchiveText), CPU time',
    input: () => 'about 10,000 posts, most of them announcing events',
    cases: overheadCases((text) => readArchiveText(text).posts, archiveText),
    targets: [{ case: 'parse + origins + series + events', metric: 'ratio', op: '>=', value: 0.8 }],
    report: () =>
      `Series and origins on the development set (packages/series/test/devset, real posts labelled by hand):\n${formatDevsetScore(scoreDevset())}`,
  },
  {
    title: 'Date reading: ours vs chrono-node 2.10.3 on the issue 5 sentences',
    input: () => `${cases.length} sentences x ${REPEAT} per run; items are sentences`,
    rounds: 15,
    cases: [
      { name: 'chrono-node 2.10.3 parse()', baseline: true, run: sentencesRun(theirs) },
      { name: 'our date reading (date layer)', run: sentencesRun(dateLayer) },
      { name: 'extractEvents, whole', run: sentencesRun(ours) },
    ],
    targets: [{ case: 'our date reading (date layer)', metric: 'ratio', op: '>=', value: 5 }],
    report: accuracy,
  },
];
