import { MONTH_PATTERN, monthNumber } from '@competencyworks/core';
import { ZONE_AFTER_TIME, type ZoneWord, zoneWord } from './zoneWords';

/** A time or time range as written: "2:00-3:00 p.m. ET", "noon-1 p.m.", "10 a.m.". */
export interface TimeMention {
  /** Offsets in the sentence. */
  index: number;
  end: number;
  /** 24-hour `HH:MM`. */
  start: string;
  /** 24-hour `HH:MM`; absent for a single time. */
  finish?: string;
  /** The range runs past midnight ("10 p.m.-1 a.m."). */
  finishNextDay: boolean;
  zone?: ZoneWord;
  /** The zone word as written, for messages. */
  zoneText?: string;
}

/** Words right before a date that change what it means. */
export type DatePrefix =
  | 'on'
  | 'between-now-and'
  | 'by'
  | 'no-later-than'
  | 'due'
  | 'deadline'
  | 'morning-of'
  | 'afternoon-of'
  | 'evening-of'
  | 'night-of';

/** A calendar date or date range as written: "Wednesday, January 11", "October 30-November 2". */
export interface DateMention {
  /** Offsets in the sentence, including any prefix ("between now and", "the evening of"). */
  index: number;
  end: number;
  /** Offset of the date itself (after the prefix). */
  dateIndex: number;
  /** The text as written, prefix excluded. */
  text: string;
  /** 0 (Sunday) to 6, when a weekday was written. */
  weekday?: number;
  weekdayText?: string;
  month: number;
  day: number;
  year?: number;
  endMonth?: number;
  endDay?: number;
  endYear?: number;
  prefix?: DatePrefix;
  partOfDay?: 'morning' | 'afternoon' | 'evening' | 'night';
  time?: TimeMention;
}

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|tue|wed|thurs|thur|thu|fri|sat|sun|mon)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:,?\\s+(\\d{4})(?![\\d:]))?';
const SEP = '\\s*(?:-|–|—|to|through|thru|until)\\s*';

// A capitalised month name right before a number: the only places a date can start. Finding
// these first with a simple pattern, then reading each with a sticky one, is several times
// faster than one pattern tried at every offset.
const MONTH_START = /(?<![\w-])[JFMASOND][a-z]{2,8}\.?\s+\d/g;
// Groups: 1 month, 2 day, 3 year, 4 end month, 5 end day, 6 end year.
const START = `(${MONTH_PATTERN})\\s+${DAY}${YEAR}`;
const DATE = new RegExp(`${START}(?:${SEP}(?:(${MONTH_PATTERN})\\s+)?${DAY}${YEAR})?`, 'iy');
const START_ONLY = new RegExp(START, 'iy');
const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\w-])(${WEEKDAY}),?\\s+$`, 'i');

const PREFIX_WORDS: [string, DatePrefix][] = [
  ['between\\s+now\\s+and', 'between-now-and'],
  ['no\\s+later\\s+than', 'no-later-than'],
  ['deadline(?:\\s+is|:)?', 'deadline'],
  ['due(?:\\s+(?:on|by))?', 'due'],
  ['by', 'by'],
  ['(?:on\\s+)?(?:the\\s+)?morning\\s+of', 'morning-of'],
  ['(?:on\\s+)?(?:the\\s+)?afternoon\\s+of', 'afternoon-of'],
  ['(?:on\\s+)?(?:the\\s+)?evening\\s+of', 'evening-of'],
  ['(?:on\\s+)?(?:the\\s+)?night\\s+of', 'night-of'],
  ['on', 'on'],
];
// One pattern for all prefixes, one group each, in order of precedence.
const PREFIX = new RegExp(
  `\\b(?:${PREFIX_WORDS.map(([words]) => `(${words})`).join('|')})\\s+$`,
  'i',
);

const PART_AFTER = /^,?\s+(?:in\s+the\s+)?(morning|afternoon|evening)\b/i;

const CLOCK = '(noon|midnight|(?<![\\d:.,$])\\d{1,2}(?::[0-5]\\d)?(?![\\d]))';
const MERIDIEM = '(?:\\s*([ap])(?:\\.\\s?m\\b\\.?|m\\b))?';
const TIME = new RegExp(
  `(?<![\\w])${CLOCK}${MERIDIEM}(?:\\s*(?:-|–|—|to|until|till)\\s*${CLOCK}${MERIDIEM})?`,
  'gi',
);

/** Minutes after midnight of a clock reading with an optional meridiem, or undefined. */
function clockMinutes(clock: string, meridiem: string | undefined): number | undefined {
  const word = clock.toLowerCase();
  if (word === 'noon') return 12 * 60;
  if (word === 'midnight') return 0;
  const [h = 0, m = 0] = clock.split(':').map(Number);
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    return ((h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)) * 60 + m;
  }
  return h <= 23 ? h * 60 + m : undefined;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Times and time ranges in a sentence. A reading counts only when it cannot be a plain number:
 * it has a meridiem ("2 p.m."), is "noon"/"midnight", or is a 24-hour `HH:MM` from 13:00. So
 * "541-979-2773", "K-12" and "10.49.52" are never times.
 */
export function findTimes(sentence: string): TimeMention[] {
  const found: TimeMention[] = [];
  TIME.lastIndex = 0;
  for (let match = TIME.exec(sentence); match; match = TIME.exec(sentence)) {
    const [whole, startClock = '', startMer, endClock, endMer] = match;
    const hasWordClock = /noon|midnight/i.test(whole);
    const hasMinutes24 = [startClock, endClock].some(
      (clock) =>
        clock !== undefined && /^\d{1,2}:\d{2}$/.test(clock) && Number(clock.split(':')[0]) >= 13,
    );
    if (!startMer && !endMer && !hasWordClock && !hasMinutes24) continue;
    // A bare "12" before "p.m." in a range borrows the end's meridiem ("2:00-3:00 p.m."), unless
    // that would put the start after the end ("11-1 p.m." is 11 a.m. to 1 p.m.).
    let startMinutes: number | undefined;
    let endMinutes: number | undefined;
    if (endClock !== undefined) {
      endMinutes = clockMinutes(endClock, endMer);
      if (endMinutes === undefined) continue;
      if (/^midnight$/i.test(endClock)) endMinutes = 24 * 60;
      if (startMer || /noon|midnight/i.test(startClock)) {
        startMinutes = clockMinutes(startClock, startMer);
      } else if (endMer) {
        startMinutes = clockMinutes(startClock, endMer);
        const other = endMer.toLowerCase() === 'p' ? 'a' : 'p';
        if (startMinutes !== undefined && startMinutes > endMinutes) {
          startMinutes = clockMinutes(startClock, other);
        }
      } else {
        startMinutes = clockMinutes(startClock, undefined);
      }
    } else {
      startMinutes = clockMinutes(startClock, startMer);
    }
    if (startMinutes === undefined) continue;
    const index = match.index;
    let end = index + whole.length;
    const mention: TimeMention = {
      index,
      end,
      start: hhmm(startMinutes),
      finishNextDay: endMinutes !== undefined && endMinutes <= startMinutes,
    };
    if (endMinutes !== undefined) mention.finish = hhmm(endMinutes);
    const zone = ZONE_AFTER_TIME.exec(sentence.slice(end));
    if (zone) {
      const word = zoneWord(zone[1] as string, zone[2]);
      if (word) {
        mention.zone = word;
        mention.zoneText = zone[0].trim().replace(/^\(|\)$/g, '');
        end += zone[0].length;
        mention.end = end;
      }
    }
    found.push(mention);
  }
  return found;
}

/**
 * Dates and date ranges in a sentence, with the words before them that change their meaning
 * and the nearest time. Month names must be capitalised ("may 5" is a verb and a number).
 * Dates without a day ("in October", "by 2020") are not dates here: they name no day.
 */
export function findDates(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  MONTH_START.lastIndex = 0;
  for (let start = MONTH_START.exec(sentence); start; start = MONTH_START.exec(sentence)) {
    DATE.lastIndex = start.index;
    const match = DATE.exec(sentence);
    if (!match) continue;
    MONTH_START.lastIndex = match.index + match[0].length;
    const [whole, monthText = '', dayText, yearText, endMonthText, endDayText, endYearText] = match;
    const month = monthNumber(monthText);
    if (month === undefined) continue;
    let text = whole;
    const day = Number(dayText);
    let endMonth = endMonthText ? monthNumber(endMonthText) : undefined;
    let endDay = endDayText !== undefined ? Number(endDayText) : undefined;
    let endYear = endYearText !== undefined ? Number(endYearText) : undefined;
    // "October 25 to 30 students" is not a range: a same-month range must end on a later day.
    if (endDay !== undefined && endMonth === undefined && (endDay <= day || endDay > 31)) {
      START_ONLY.lastIndex = match.index;
      text = START_ONLY.exec(sentence)?.[0] ?? whole;
      endMonth = undefined;
      endDay = undefined;
      endYear = undefined;
    }
    // "Wednesday, January 11": the weekday, capitalised, right before the month.
    let dateIndex = match.index;
    const before = sentence.slice(Math.max(0, dateIndex - 14), dateIndex);
    const weekdayHit = WEEKDAY_BEFORE.exec(before);
    const weekdayText = weekdayHit?.[1];
    if (weekdayHit && weekdayText && /^[A-Z]/.test(weekdayText)) {
      dateIndex -= before.length - before.lastIndexOf(weekdayText);
      text = sentence.slice(dateIndex, match.index) + text;
    }
    const mention: DateMention = {
      index: dateIndex,
      end: dateIndex + text.length,
      dateIndex,
      text,
      month,
      day,
    };
    if (weekdayHit && weekdayText && /^[A-Z]/.test(weekdayText)) {
      mention.weekdayText = weekdayText;
      const weekday = WEEKDAYS[weekdayText.toLowerCase().replace(/\.$/, '')];
      if (weekday !== undefined) mention.weekday = weekday;
    }
    if (yearText !== undefined) mention.year = Number(yearText);
    if (endDay !== undefined) {
      mention.endDay = endDay;
      mention.endMonth = endMonth ?? month;
      if (endYear !== undefined) mention.endYear = endYear;
    }
    const prefixHit = PREFIX.exec(sentence.slice(Math.max(0, dateIndex - 40), dateIndex));
    if (prefixHit) {
      const group = prefixHit.findIndex((value, i) => i > 0 && value !== undefined);
      const prefix = PREFIX_WORDS[group - 1]?.[1];
      if (prefix) {
        mention.prefix = prefix;
        mention.index = dateIndex - prefixHit[0].length;
        const part = /^(morning|afternoon|evening|night)-of$/.exec(prefix);
        if (part) mention.partOfDay = part[1] as 'morning' | 'afternoon' | 'evening' | 'night';
      }
    }
    const after = PART_AFTER.exec(sentence.slice(mention.end));
    if (after && mention.partOfDay === undefined) {
      mention.partOfDay = (after[1] as string).toLowerCase() as 'morning' | 'afternoon' | 'evening';
      mention.end += after[0].length;
    }
    found.push(mention);
  }
  if (found.length === 0) return found;
  // Each time belongs to the nearest date in the same sentence, if close enough to be its time.
  for (const time of findTimes(sentence)) {
    let best: DateMention | undefined;
    let bestGap = 80;
    for (const date of found) {
      if (time.index < date.end && time.end > date.dateIndex) continue;
      const gap = time.index >= date.end ? time.index - date.end : date.index - time.end;
      if (gap < bestGap && date.time === undefined) {
        best = date;
        bestGap = gap;
      }
    }
    if (best) best.time = time;
  }
  return found;
}
