import type { CalendarDate, TimeZone } from '@competencyworks/core';
import { isDaylightOffset, offsetMinutes, wallMs, wallToUtc } from './zone';

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
  CT: { zone: 'America/Chicago' },
  CST: { zone: 'America/Chicago', season: 'standard' },
  CDT: { zone: 'America/Chicago', season: 'daylight' },
  MT: { zone: 'America/Denver' },
  MST: { zone: 'America/Denver', season: 'standard' },
  MDT: { zone: 'America/Denver', season: 'daylight' },
  PT: { zone: 'America/Los_Angeles' },
  PST: { zone: 'America/Los_Angeles', season: 'standard' },
  PDT: { zone: 'America/Los_Angeles', season: 'daylight' },
  UTC: { zone: 'UTC' },
  GMT: { zone: 'UTC' },
  BST: { zone: 'Europe/London', season: 'daylight' },
  // Central European time is one clock from Spain to Poland; Paris stands for all of it.
  CET: { zone: 'Europe/Paris', season: 'standard' },
  CEST: { zone: 'Europe/Paris', season: 'daylight' },
  EET: { zone: 'Europe/Athens', season: 'standard' },
  EEST: { zone: 'Europe/Athens', season: 'daylight' },
  // In education announcements IST is India's (Irish Summer Time is written IST too, rarely).
  IST: { zone: 'Asia/Kolkata' },
  AEST: { zone: 'Australia/Sydney', season: 'standard' },
  AEDT: { zone: 'Australia/Sydney', season: 'daylight' },
  ACST: { zone: 'Australia/Adelaide', season: 'standard' },
  ACDT: { zone: 'Australia/Adelaide', season: 'daylight' },
  AWST: { zone: 'Australia/Perth' },
  NZST: { zone: 'Pacific/Auckland', season: 'standard' },
  NZDT: { zone: 'Pacific/Auckland', season: 'daylight' },
};

/**
 * A zone right after a time: "ET", "(EST)", "Eastern", "eastern time", "Eastern Standard Time",
 * "Pacific Time", "UTC", "CEST", "AEDT", "UTC+2", "GMT +01:00". Abbreviations are case-sensitive
 * on purpose ("et" or "pt" in running text are not zones); the region words are read in any case
 * ("3 pm eastern"). Groups: 1 abbreviation, 2 offset sign, 3 offset hours, 4 offset minutes,
 * 5 region word, 6 standard/daylight.
 */
export const ZONE_AFTER_TIME =
  /^\s*\(?\s*(?:(E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|UTC|GMT|BST|CES?T|EES?T|IST|AE[SD]T|AC[SD]T|AWST|NZ[SD]T)(?:\s?([+\-−])\s?(\d{1,2})(?::?(\d\d))?)?|([Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific|EASTERN|CENTRAL|MOUNTAIN|PACIFIC)(?:\s+([Ss]tandard|[Dd]aylight))?(?:\s+[Tt]ime)?)(?![A-Za-z])\)?/;

const REGIONS: Record<string, string> = {
  eastern: 'ET',
  central: 'CT',
  mountain: 'MT',
  pacific: 'PT',
};

/**
 * The zone a zone match of {@link ZONE_AFTER_TIME} names, or undefined. "Eastern Standard" is
 * read like "EST"; "UTC+2" is the fixed zone `Etc/GMT-2` (IANA writes the sign the other way).
 */
export function zoneWord(hit: RegExpExecArray): ZoneWord | undefined {
  const [, abbreviation, sign, hours, offsetMinutes, region, qualifier] = hit;
  if (abbreviation !== undefined && sign !== undefined) {
    if (abbreviation !== 'UTC' && abbreviation !== 'GMT') return undefined;
    const h = Number(hours);
    // Only whole hours have an IANA name; "UTC+5:30" is left unread rather than guessed.
    if (h > 14 || (offsetMinutes !== undefined && offsetMinutes !== '00')) return undefined;
    if (h === 0) return { zone: 'UTC' };
    return { zone: `Etc/GMT${sign === '+' ? '-' : '+'}${h}` };
  }
  const word = abbreviation ?? REGIONS[(region ?? '').toLowerCase()];
  const found = word === undefined ? undefined : ZONES[word];
  if (!found) return undefined;
  const season = qualifier?.toLowerCase();
  if (season === 'standard') return { zone: found.zone, season: 'standard' };
  if (season === 'daylight') return { zone: found.zone, season: 'daylight' };
  return found;
}

/**
 * Whether a seasonal word (EST vs EDT) disagrees with what the zone observes on that date at
 * that wall time. Offsets come from the zone database through `zone.ts` (Intl), so the
 * machine's own zone never enters.
 */
export function seasonMismatch(
  word: ZoneWord,
  date: CalendarDate,
  time: string,
): 'standard' | 'daylight' | undefined {
  if (word.season === undefined || word.zone === 'UTC') return undefined;
  const year = Number(date.slice(0, 4));
  const january = offsetMinutes(word.zone, Date.UTC(year, 0, 1));
  const july = offsetMinutes(word.zone, Date.UTC(year, 6, 1));
  if (january === july) return word.season === 'daylight' ? 'standard' : undefined;
  const actual = offsetMinutes(word.zone, wallToUtc(word.zone, wallMs(date, time)));
  const observed = isDaylightOffset(word.zone, year, actual) ? 'daylight' : 'standard';
  return observed === word.season ? undefined : observed;
}
