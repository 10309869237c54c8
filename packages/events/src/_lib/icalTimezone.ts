import type { TimeZone } from '@competencyworks/core';
import { formatDateTime } from './icalFormat';
import {
  formatOffset,
  isDaylightOffset,
  offsetMinutes,
  zoneAbbreviation,
  zoneTransitions,
} from './zone';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  from: number;
  to: number;
  name: string | undefined;
  /** Onsets as wall times in the offset before the change (ms as if UTC), and as instants. */
  onsets: { wall: number; at: number }[];
}

/**
 * The yearly rule an onset follows: month, weekday, time of day, and which weekday of the
 * month it is (1 to 4, and whether it is the last one).
 */
function ruleOf(wall: number) {
  const d = new Date(wall);
  const day = d.getUTCDate();
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    weekday: d.getUTCDay(),
    time: wall % DAY,
    nth: Math.ceil(day / 7),
    last: day + 7 > lastDay,
  };
}

/**
 * An RRULE when every onset is the same weekday-of-month, one per consecutive year (the US
 * "second Sunday in March", the EU "last Sunday in October"); otherwise undefined and the
 * onsets go out as RDATEs.
 */
function yearlyRule(onsets: Observance['onsets']): string | undefined {
  const rules = onsets.map((o) => ruleOf(o.wall));
  const [first] = rules;
  const lastOnset = onsets[onsets.length - 1];
  if (!first || !lastOnset || rules.length < 2) return undefined;
  const same = rules.every(
    (r, i) =>
      r.year === first.year + i &&
      r.month === first.month &&
      r.weekday === first.weekday &&
      r.time === first.time,
  );
  if (!same) return undefined;
  // "Last" first: the EU's last Sunday of March is the fourth in some years, the fifth in others.
  let which: string | undefined;
  if (rules.every((r) => r.last)) which = '-1';
  else if (first.nth <= 4 && rules.every((r) => r.nth === first.nth)) which = String(first.nth);
  if (which === undefined) return undefined;
  const until = `${formatDateTime(lastOnset.at)}Z`;
  return `FREQ=YEARLY;UNTIL=${until};BYMONTH=${first.month};BYDAY=${which}${WEEKDAYS[first.weekday]}`;
}

/**
 * The VTIMEZONE for `zone`, as content lines, covering every offset change from the January
 * before the earliest instant to the January after the latest, computed from the runtime's
 * zone database (so it is exactly as right as the runtime's ICU data).
 */
export function vtimezoneLines(zone: TimeZone, instants: number[]): string[] {
  const years = instants.map((ms) => new Date(ms).getUTCFullYear());
  const start = Date.UTC(Math.min(...years) - 1, 0, 1);
  const end = Date.UTC(Math.max(...years) + 1, 0, 1);
  const initial = offsetMinutes(zone, start);
  const startYear = new Date(start).getUTCFullYear();

  // The observance in force at the start of the window (from local midnight on January 1),
  // so instants before the first change are covered too; a zone without daylight saving has
  // only this one.
  const observances: Observance[] = [
    {
      kind: isDaylightOffset(zone, startYear, initial) ? 'DAYLIGHT' : 'STANDARD',
      from: initial,
      to: initial,
      name: zoneAbbreviation(zone, start),
      onsets: [{ wall: start, at: start - initial * MINUTE }],
    },
  ];
  const groups = new Map<string, Observance>();
  for (const t of zoneTransitions(zone, start, end)) {
    const kind = isDaylightOffset(zone, new Date(t.at).getUTCFullYear(), t.to)
      ? 'DAYLIGHT'
      : 'STANDARD';
    const name = zoneAbbreviation(zone, t.at);
    const key = `${kind} ${t.from} ${t.to} ${name ?? ''}`;
    const onset = { wall: t.at + t.from * MINUTE, at: t.at };
    const group = groups.get(key);
    if (group) group.onsets.push(onset);
    else {
      const observance: Observance = { kind, from: t.from, to: t.to, name, onsets: [onset] };
      groups.set(key, observance);
      observances.push(observance);
    }
  }

  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const o of observances) {
    const [first, ...rest] = o.onsets;
    if (!first) continue;
    lines.push(
      `BEGIN:${o.kind}`,
      `DTSTART:${formatDateTime(first.wall)}`,
      `TZOFFSETFROM:${formatOffset(o.from, '')}`,
      `TZOFFSETTO:${formatOffset(o.to, '')}`,
    );
    if (rest.length > 0) {
      const rule = yearlyRule(o.onsets);
      if (rule) lines.push(`RRULE:${rule}`);
      else for (const onset of rest) lines.push(`RDATE:${formatDateTime(onset.wall)}`);
    }
    if (o.name) lines.push(`TZNAME:${o.name}`);
    lines.push(`END:${o.kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
