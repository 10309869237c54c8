import type { CalendarDate, TimeZone } from '@competencyworks/core';
import { TZDate, tzOffset } from '@date-fns/tz';

/** What a zone word in an announcement means. */
export interface ZoneWord {
  /** The IANA zone whose wall clock the announcement uses. */
  zone: TimeZone;
  /** 'standard' for EST/CST/..., 'daylight' for EDT/CDT/..., absent for ET/Eastern/UTC. */
  season?: 'standard' | 'daylight';
}

/*
 * Announcements name the region's clock, not an offset: "2:00 p.m. ET" means whatever New York's
 * clocks say. So every word maps to the IANA zone and the zone database decides the offset on
 * that date. A seasonal abbreviation used in the wrong season ("EST" in July) is still read as
 * New York wall time as announced (people say "EST" all year; nobody means "one hour off the
 * clock on the wall"); the mismatch is reported as a warning, not silently corrected.
 * MT/MST map to America/Denver (Arizona's year-round MST would need the text to say so).
 */
const ZONES: Record<string, ZoneWord> = {
  ET: { zone: 'America/New_York' },
  EST: { zone: 'America/New_York', season: 'standard' },
  EDT: { zone: 'America/New_York', season: 'daylight' },
  Eastern: { zone: 'America/New_York' },
  CT: { zone: 'America/Chicago' },
  CST: { zone: 'America/Chicago', season: 'standard' },
  CDT: { zone: 'America/Chicago', season: 'daylight' },
  Central: { zone: 'America/Chicago' },
  MT: { zone: 'America/Denver' },
  MST: { zone: 'America/Denver', season: 'standard' },
  MDT: { zone: 'America/Denver', season: 'daylight' },
  Mountain: { zone: 'America/Denver' },
  PT: { zone: 'America/Los_Angeles' },
  PST: { zone: 'America/Los_Angeles', season: 'standard' },
  PDT: { zone: 'America/Los_Angeles', season: 'daylight' },
  Pacific: { zone: 'America/Los_Angeles' },
  UTC: { zone: 'UTC' },
  GMT: { zone: 'UTC' },
};

/**
 * A zone word right after a time: "ET", "(EST)", "Eastern", "Eastern Standard Time",
 * "Pacific Time", "UTC". Case-sensitive on purpose: "et" or "pt" in running text are not zones.
 */
export const ZONE_AFTER_TIME =
  /^\s*\(?\s*(E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|UTC|GMT|Eastern|Central|Mountain|Pacific)(?:\s+(Standard|Daylight))?(?:\s+Time)?(?![A-Za-z])\)?/;

/**
 * The zone a zone word names, or undefined. "Eastern Standard" is read like "EST".
 */
export function zoneWord(word: string, qualifier?: string): ZoneWord | undefined {
  const found = ZONES[word];
  if (!found) return undefined;
  if (qualifier === 'Standard') return { zone: found.zone, season: 'standard' };
  if (qualifier === 'Daylight') return { zone: found.zone, season: 'daylight' };
  return found;
}

/**
 * Whether a seasonal word (EST vs EDT) disagrees with what the zone observes on that date at
 * that wall time. Offsets come from the zone database through @date-fns/tz, so the machine's
 * own zone never enters.
 */
export function seasonMismatch(
  word: ZoneWord,
  date: CalendarDate,
  time: string,
): 'standard' | 'daylight' | undefined {
  if (word.season === undefined || word.zone === 'UTC') return undefined;
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const at = new TZDate(y, m - 1, d, hh, mm, word.zone);
  const january = tzOffset(word.zone, new Date(Date.UTC(y, 0, 15, 12)));
  const july = tzOffset(word.zone, new Date(Date.UTC(y, 6, 15, 12)));
  const standardOffset = Math.min(january, july);
  const actual = at.getTimezoneOffset() * -1;
  if (january === july) return word.season === 'daylight' ? 'standard' : undefined;
  const observed = actual === standardOffset ? 'standard' : 'daylight';
  return observed === word.season ? undefined : observed;
}
