// Scoring of the event development set (README.md beside this file), shared by the unit test
// (../devset.test.ts) and the bench (bench/devset.bench.ts), so both print the same figures.
import { readFileSync } from 'node:fs';
import type { Event } from '@competencyworks/events';
import type { Post } from '@competencyworks/posts';
import { offsetMinutes, wallMs, wallToUtc } from '../../src/_lib/zone';

/** One labelled event of the set. */
export interface DevEvent {
  start: string;
  end?: string;
  startTime?: string;
  endTime?: string;
  zone?: string;
  kind: 'online' | 'offline' | 'mixed' | 'unknown';
  status: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
  type?: 'deadline';
}

/** One entry of the set: a sentence, its page, and what it announces. */
export interface DevEntry {
  id: string;
  url: string;
  postDate: string;
  postDateAssumed?: boolean;
  title?: string;
  text: string;
  events: DevEvent[];
  note?: string;
}

/**
 * What a reader found in one entry: the same fields, the zone either as an IANA name or as a UTC
 * offset in minutes (chrono-node gives offsets), kind and status absent when it does not say.
 */
export interface FoundEvent {
  start: string;
  end?: string;
  startTime?: string;
  zone?: string;
  zoneOffset?: number;
  kind?: DevEvent['kind'];
  status?: DevEvent['status'];
}

/** The entries of `sentences.json`. */
export function readDevset(): DevEntry[] {
  return JSON.parse(
    readFileSync(new URL('./sentences.json', import.meta.url), 'utf8'),
  ) as DevEntry[];
}

/** The entry as a post dated on its post date: the title (or "Announcement"), the text as excerpt. */
export function devsetPost(entry: DevEntry): Post {
  return {
    id: entry.id,
    title: entry.title ?? 'Announcement',
    published: entry.postDate,
    authors: [],
    excerpt: entry.text,
    categories: [],
    tags: [],
    origin: [],
    source: { format: 'archive-text' },
  };
}

/** What the set scores of an event from `extractEvents`. */
export function foundEvent(event: Event): FoundEvent {
  return {
    start: event.start.date,
    ...(event.end !== undefined ? { end: event.end.date } : {}),
    ...(event.start.time !== undefined ? { startTime: event.start.time } : {}),
    ...(event.start.timeZone !== undefined ? { zone: event.start.timeZone } : {}),
    kind: event.attendanceMode,
    status: event.status,
  };
}

/** Precision and recall of one field, with the counts behind them. */
export interface FieldScore {
  field: string;
  /** Found values that were right / found values. */
  precision: number;
  /** Labelled values found right / labelled values. */
  recall: number;
  right: number;
  found: number;
  labelled: number;
}

/** The per-field figures for one reader over the whole set. */
export interface DevsetScore {
  fields: FieldScore[];
  /** Events found in entries labelled as negatives, and how many negatives there are. */
  falseOnNegatives: number;
  negatives: number;
  /** Labelled events that no found event starts on, by entry id, for the report. */
  missed: { id: string; start: string; text: string }[];
  /** Found events that no labelled event starts on. */
  spurious: { id: string; start: string; text: string }[];
}

const minutes = (time: string | undefined) => {
  const [h = 0, m = 0] = (time ?? '12:00').split(':').map(Number);
  return h * 60 + m;
};

/** UTC offset in minutes of a zone on a day at a wall time (noon when no time is given). */
function offsetOf(zone: string, date: string, time: string | undefined): number {
  const hh = String(Math.floor(minutes(time) / 60)).padStart(2, '0');
  const mm = String(minutes(time) % 60).padStart(2, '0');
  return offsetMinutes(zone, wallToUtc(zone, wallMs(date, `${hh}:${mm}`)));
}

function zoneOf(found: FoundEvent, date: string): number | undefined {
  if (found.zoneOffset !== undefined) return found.zoneOffset;
  return found.zone === undefined ? undefined : offsetOf(found.zone, date, found.startTime);
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

class Tally {
  right = 0;
  found = 0;
  labelled = 0;
  constructor(readonly field: string) {}
  score(): FieldScore {
    return {
      field: this.field,
      precision: ratio(this.right, this.found),
      recall: ratio(this.right, this.labelled),
      right: this.right,
      found: this.found,
      labelled: this.labelled,
    };
  }
}

/**
 * Scores what a reader found in each entry (`found[i]` for `entries[i]`) against the labels. A
 * found event matches a labelled one when their start dates are equal (each used once); the other
 * fields are scored on matched pairs, except that a found value with no matching label still
 * counts against precision.
 */
export function scoreDevset(entries: DevEntry[], found: FoundEvent[][]): DevsetScore {
  const start = new Tally('start date');
  const end = new Tally('end date (multi-day)');
  const time = new Tally('start time');
  const zone = new Tally('zone');
  const kind = new Tally('kind (online/offline/mixed)');
  const status = new Tally('status (not scheduled)');
  const score: DevsetScore = {
    fields: [],
    falseOnNegatives: 0,
    negatives: 0,
    missed: [],
    spurious: [],
  };
  entries.forEach((entry, i) => {
    const mine = found[i] ?? [];
    if (entry.events.length === 0) {
      score.negatives += 1;
      score.falseOnNegatives += mine.length;
    }
    const unused = [...mine];
    for (const label of entry.events) {
      start.labelled += 1;
      if (label.end !== undefined) end.labelled += 1;
      if (label.startTime !== undefined) time.labelled += 1;
      if (label.zone !== undefined) zone.labelled += 1;
      if (label.kind !== 'unknown') kind.labelled += 1;
      if (label.status !== 'scheduled') status.labelled += 1;
      const at = unused.findIndex((f) => f.start === label.start);
      if (at < 0) {
        score.missed.push({ id: entry.id, start: label.start, text: entry.text });
        continue;
      }
      const hit = unused.splice(at, 1)[0] as FoundEvent;
      start.right += 1;
      start.found += 1;
      const hitEnd = hit.end !== undefined && hit.end !== hit.start ? hit.end : undefined;
      if (hitEnd !== undefined) end.found += 1;
      if (hitEnd !== undefined && hitEnd === label.end) end.right += 1;
      if (hit.startTime !== undefined) time.found += 1;
      if (hit.startTime !== undefined && hit.startTime === label.startTime) time.right += 1;
      const hitZone = zoneOf(hit, hit.start);
      if (hitZone !== undefined) zone.found += 1;
      if (
        hitZone !== undefined &&
        label.zone !== undefined &&
        hitZone === offsetOf(label.zone, label.start, label.startTime)
      )
        zone.right += 1;
      if (hit.kind !== undefined && hit.kind !== 'unknown') kind.found += 1;
      if (hit.kind !== undefined && hit.kind !== 'unknown' && hit.kind === label.kind)
        kind.right += 1;
      if (hit.status !== undefined && hit.status !== 'scheduled') status.found += 1;
      if (hit.status !== undefined && hit.status !== 'scheduled' && hit.status === label.status)
        status.right += 1;
    }
    for (const extra of unused) {
      start.found += 1;
      if (extra.end !== undefined && extra.end !== extra.start) end.found += 1;
      if (extra.startTime !== undefined) time.found += 1;
      if (zoneOf(extra, extra.start) !== undefined) zone.found += 1;
      if (extra.kind !== undefined && extra.kind !== 'unknown') kind.found += 1;
      if (extra.status !== undefined && extra.status !== 'scheduled') status.found += 1;
      score.spurious.push({ id: entry.id, start: extra.start, text: entry.text });
    }
  });
  score.fields = [start, end, time, zone, kind, status].map((t) => t.score());
  return score;
}

const pct = (value: number) => (Number.isNaN(value) ? '   -  ' : `${(value * 100).toFixed(1)}%`);

/** The figures as table rows, one per field, readers side by side: `field | P | R | P | R ...`. */
export function devsetTable(readers: { name: string; score: DevsetScore }[]): string {
  const head = ['field', ...readers.flatMap((r) => [`${r.name} P`, `${r.name} R`])];
  const rows = (readers[0]?.score.fields ?? []).map((f, i) => [
    f.field,
    ...readers.flatMap((r) => {
      const s = r.score.fields[i];
      return s
        ? [
            `${pct(s.precision)} (${s.right}/${s.found})`,
            `${pct(s.recall)} (${s.right}/${s.labelled})`,
          ]
        : ['', ''];
    }),
  ]);
  rows.push([
    'false events on negatives',
    ...readers.flatMap((r) => [`${r.score.falseOnNegatives} on ${r.score.negatives}`, '']),
  ]);
  const widths = head.map((_, i) =>
    Math.max(...[head, ...rows].map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
