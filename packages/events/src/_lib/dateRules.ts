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
  | 'until'
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
  /** How the date is written, when not month first: "14 May", "5/14". */
  order?: 'day-month' | 'numeric';
  /** For a numeric date without a year, the other reading ("9/12": December 9); the weekday decides. */
  swapped?: { month: number; day: number };
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
// A year, unless it is the hour of a time ("June 3 10:00"); "2025:" before a label is a year.
const YEAR = '(?:,?\\s+(\\d{4})(?![\\d]|:\\d))?';
const SEP = '\\s*(?:-|–|—|to|through|thru|until)\\s*';

// A capitalised (or all-capitals) month name: the only places a date can start or end. Finding
// these first with a simple pattern, then reading around each with sticky or anchored ones, is
// several times faster than one pattern tried at every offset.
const MONTH_WORD = /(?<![\p{L}\d-])(?:[JFMASOND][a-z]{2,8}|[JFMASOND][A-Z]{2,8})\.?(?!\p{L})/gu;
// Month first. Groups: 1 month, 2 day, 3 list of further days, 4 year, 5 end month, 6 end day,
// 7 end year.
const LIST =
  '((?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))*\\s*,?\\s*(?:and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?(?![\\d:.]))?';
const START = `(${MONTH_PATTERN})\\s+${DAY}${LIST}${YEAR}`;
const DATE = new RegExp(`${START}(?:${SEP}(?:(${MONTH_PATTERN})\\s+)?${DAY}${YEAR})?`, 'iy');
const START_ONLY = new RegExp(`(${MONTH_PATTERN})\\s+${DAY}${YEAR}`, 'iy');
const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\w-])(${WEEKDAY}),?\\s+$`, 'i');
// Day first, read backwards from the month: "Tuesday 3rd", "the 30th of", "15-17th", "Friday 17th
// and Saturday 18th", "13 – FRIDAY 14". Groups: 1 weekday, 2 day, 3 list or range joiner, 4 end
// weekday, 5 end day.
const DAY_BEFORE = new RegExp(
  `(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<![\\d.:/$£€-])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(-|–|—|to|through|until|and|&)\\s*(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?(?:\\s+of)?,?\\s+$`,
  'i',
);
const YEAR_AFTER = /^,?\s+(\d{4})(?![\d]|:\d)/;
// 12/09/2021 or, after a weekday, 9/12. Groups: 1 first, 2 second, 3 year.
const NUMERIC = /(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
// Two dates that make one range: "Friday 30 June to Sunday 2 July", "from 6am Sunday 20 May to
// midnight Saturday 26 May".
const RANGE_GAP =
  /^\s*(?:-|–|—|to|through|thru|until|till)\s+(?:(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?)\s+(?:on\s+)?)?(?:the\s+)?$/i;
// Mentions of one list ("Nov 7th, 21st") share their text, so nothing may stand between them.
const JOINED = /^\s*(?:(?:,|and|&|,\s*and)\s*)?$/i;

const TIME_BETWEEN =
  '(?:\\s+(?:noon|midday|midnight|\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.?\\s?m\\b\\.?)?))?(?:\\s+on)?';
const PREFIX_WORDS: [string, DatePrefix][] = [
  ['between\\s+now\\s+and', 'between-now-and'],
  ['no\\s+later\\s+than', 'no-later-than'],
  ['deadline(?:\\s+is|:)?', 'deadline'],
  ['due(?:\\s+(?:on|by))?', 'due'],
  // "until 11.59pm on", "by 4 p.m.": a time may stand between the word and the date.
  [`(?:until|till)${TIME_BETWEEN}`, 'until'],
  [`by${TIME_BETWEEN}`, 'by'],
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

const CLOCK = '(noon|midday|midnight|(?<![\\d:.,$£€])\\d{1,2}(?:[:.][0-5]\\d)?(?![\\d]|[:.]\\d))';
const MERIDIEM = '(?:\\s*([ap])(?:\\.\\s?m\\b\\.?|m\\b))?';
const TIME = new RegExp(
  `(?<![\\w])${CLOCK}${MERIDIEM}(?:\\s*(?:-|–|—|>|to|until|till)\\s*${CLOCK}${MERIDIEM})?`,
  'gi',
);
// "10.00-11.00", "09:00 > 10:00": both ends with minutes read as a 24-hour range.
const WITH_MINUTES = /^\d{1,2}[:.]\d{2}$/;

/** Minutes after midnight of a clock reading with an optional meridiem, or undefined. */
function clockMinutes(clock: string, meridiem: string | undefined): number | undefined {
  const word = clock.toLowerCase();
  if (word === 'noon' || word === 'midday') return 12 * 60;
  if (word === 'midnight') return 0;
  const [h = 0, m = 0] = clock.split(/[:.]/).map(Number);
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
    const hasWordClock = /noon|midday|midnight/i.test(whole);
    const hasMinutes24 = [startClock, endClock].some(
      (clock) =>
        clock !== undefined && WITH_MINUTES.test(clock) && Number(clock.split(/[:.]/)[0]) >= 13,
    );
    const range24 =
      endClock !== undefined && WITH_MINUTES.test(startClock) && WITH_MINUTES.test(endClock);
    const zoneAfter =
      !startMer && !endMer ? ZONE_AFTER_TIME.exec(sentence.slice(TIME.lastIndex)) : null;
    // "from 1-2 ET": a bare hour range with a zone is an afternoon one up to 7, a morning one after.
    const bareRange =
      zoneAfter !== null &&
      endClock !== undefined &&
      /^\d{1,2}$/.test(startClock) &&
      /^\d{1,2}$/.test(endClock);
    if (!startMer && !endMer && !hasWordClock && !hasMinutes24 && !range24 && !bareRange) continue;
    const impliedMer = bareRange ? (Number(startClock) <= 7 ? 'p' : 'a') : undefined;
    // A bare "12" before "p.m." in a range borrows the end's meridiem ("2:00-3:00 p.m."), unless
    // that would put the start after the end ("11-1 p.m." is 11 a.m. to 1 p.m.).
    let startMinutes: number | undefined;
    let endMinutes: number | undefined;
    if (endClock !== undefined) {
      endMinutes = clockMinutes(endClock, endMer);
      if (impliedMer !== undefined) endMinutes = clockMinutes(endClock, impliedMer);
      if (endMinutes === undefined) continue;
      if (/^midnight$/i.test(endClock)) endMinutes = 24 * 60;
      if (impliedMer !== undefined) {
        startMinutes = clockMinutes(startClock, impliedMer);
      } else if (startMer || /noon|midday|midnight/i.test(startClock)) {
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
      const word = zoneWord(zone);
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

const weekdayNumber = (text: string | undefined) =>
  text === undefined ? undefined : WEEKDAYS[text.toLowerCase().replace(/\.$/, '')];

function daysOf(list: string): number[] {
  return [...list.matchAll(/\d{1,2}/g)].map((m) => Number(m[0]));
}

/** Consecutive days, "4, 5 and 6": one range rather than several dates. */
const consecutive = (days: number[]) =>
  days.every((d, i) => i === 0 || d === (days[i - 1] as number) + 1);

/** Month first: "Wednesday, January 11", "October 30-November 2", "March 4, 5 and 6, 2024". */
function monthFirst(sentence: string, at: number): DateMention[] {
  DATE.lastIndex = at;
  const match = DATE.exec(sentence);
  if (!match) return [];
  const [
    whole,
    monthText = '',
    dayText,
    listText,
    yearText,
    endMonthText,
    endDayText,
    endYearText,
  ] = match;
  const month = monthNumber(monthText);
  if (month === undefined) return [];
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
  const mention: DateMention = {
    index: at,
    end: at + text.length,
    dateIndex: at,
    text,
    month,
    day,
  };
  if (yearText !== undefined) mention.year = Number(yearText);
  let days = [day];
  if (listText !== undefined && endDay === undefined) {
    days = [day, ...daysOf(listText)];
    // "between September 15 and 17" is a range even when the days are not consecutive.
    const between = /\bbetween\s+$/i.test(sentence.slice(Math.max(0, at - 12), at));
    if (between && days.length === 2 && (days[1] as number) > day) {
      mention.endDay = days[1] as number;
      mention.endMonth = month;
      if (mention.year !== undefined) mention.endYear = mention.year;
      return [mention];
    }
    // "May 5 and 6 students" is not a list of dates: a list is followed by a year, punctuation
    // or a word that can follow a date.
    const after = sentence.slice(mention.end);
    if (/^\s+(?!at\b|from\b|in\b|on\b|for\b|with\b|to\b|via\b|by\b|and\b|\d)[a-z]/.test(after)) {
      START_ONLY.lastIndex = match.index;
      mention.text = START_ONLY.exec(sentence)?.[0] ?? text;
      mention.end = at + mention.text.length;
      days = [day];
    }
  }
  if (endDay !== undefined) {
    mention.endDay = endDay;
    mention.endMonth = endMonth ?? month;
    if (endYear !== undefined) mention.endYear = endYear;
  }
  return spread(mention, days);
}

/** Day first, for a month word at `at`: "14 May 2024", "the 30th of September", "17-18th of February". */
function dayFirst(sentence: string, at: number, monthEnd: number): DateMention[] {
  const before = sentence.slice(Math.max(0, at - 48), at);
  const hit = DAY_BEFORE.exec(before);
  if (!hit) return [];
  const month = monthNumber(sentence.slice(at, monthEnd));
  if (month === undefined) return [];
  const [whole, weekdayText, dayText, joiner, , endDayText] = hit;
  const index = at - whole.length;
  const year = YEAR_AFTER.exec(sentence.slice(monthEnd));
  const end = monthEnd + (year ? year[0].length : 0);
  const day = Number(dayText);
  const mention: DateMention = {
    index,
    end,
    dateIndex: index,
    text: sentence.slice(index, end),
    month,
    day,
    order: 'day-month',
  };
  if (year) mention.year = Number(year[1]);
  const weekday = weekdayNumber(weekdayText);
  if (weekday !== undefined && weekdayText) {
    mention.weekday = weekday;
    mention.weekdayText = weekdayText;
  }
  if (endDayText === undefined) return [mention];
  const endDay = Number(endDayText);
  if (/and|&/i.test(joiner ?? '')) return spread(mention, [day, endDay]);
  if (endDay <= day) return [];
  mention.endDay = endDay;
  mention.endMonth = month;
  return [mention];
}

/** A list of days in one month: one range when consecutive, else one mention per day. */
function spread(mention: DateMention, days: number[]): DateMention[] {
  if (days.length === 1) return [mention];
  if (consecutive(days)) {
    mention.endDay = days.at(-1) as number;
    mention.endMonth = mention.month;
    if (mention.year !== undefined) mention.endYear = mention.year;
    return [mention];
  }
  return days.map((day, i) => {
    const one: DateMention = { ...mention, day };
    if (i > 0) {
      delete one.weekday;
      delete one.weekdayText;
    }
    return one;
  });
}

/** "Friday 9/12", "12/09/2021": numeric dates, only with a year or a weekday to check them by. */
function numericDates(sentence: string, found: DateMention[]): void {
  NUMERIC.lastIndex = 0;
  for (let hit = NUMERIC.exec(sentence); hit; hit = NUMERIC.exec(sentence)) {
    const [whole, first = '', second = '', yearText] = hit;
    const a = Number(first);
    const b = Number(second);
    const weekdayHit = WEEKDAY_BEFORE.exec(sentence.slice(Math.max(0, hit.index - 14), hit.index));
    const weekdayText = weekdayHit?.[1];
    if (yearText === undefined && weekdayText === undefined) continue;
    if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) continue;
    // Month first unless the first number cannot be a month; with a weekday both readings are
    // tried and the one that falls on the weekday wins (see resolveDates).
    const [month, day] = a > 12 ? [b, a] : [a, b];
    if (yearText !== undefined && weekdayText === undefined && a <= 12 && b <= 12) continue;
    const before = sentence.slice(Math.max(0, hit.index - 14), hit.index);
    const index = weekdayText
      ? hit.index - before.length + before.lastIndexOf(weekdayText)
      : hit.index;
    const mention: DateMention = {
      index,
      end: hit.index + whole.length,
      dateIndex: index,
      text: sentence.slice(index, hit.index + whole.length),
      month,
      day,
      order: 'numeric',
    };
    if (yearText !== undefined)
      mention.year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    if (weekdayText !== undefined) {
      const weekday = weekdayNumber(weekdayText);
      if (weekday !== undefined) mention.weekday = weekday;
      mention.weekdayText = weekdayText;
      if (a <= 12 && b <= 12 && a !== b) mention.swapped = { month: b, day: a };
    }
    if (!found.some((m) => m.index < mention.end && mention.index < m.end)) found.push(mention);
  }
}

/** Words before a date that change its meaning, and a part of day after it. */
function addContext(sentence: string, mention: DateMention): void {
  const { dateIndex } = mention;
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
}

/** "30th of September to the 2nd of October", "between March 18 and March 20": one range. */
function joinRanges(sentence: string, found: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of found) {
    const previous = joined.at(-1);
    const gap = previous ? sentence.slice(previous.end, mention.dateIndex) : '';
    const between =
      previous !== undefined &&
      /^\s*and\s*$/i.test(gap) &&
      /\bbetween\s+$/i.test(
        sentence.slice(Math.max(0, previous.dateIndex - 12), previous.dateIndex),
      );
    if (
      previous !== undefined &&
      previous.endDay === undefined &&
      mention.endDay === undefined &&
      (RANGE_GAP.test(gap) || between)
    ) {
      previous.endMonth = mention.month;
      previous.endDay = mention.day;
      if (mention.year !== undefined) previous.endYear = mention.year;
      previous.end = mention.end;
      previous.text = sentence.slice(previous.dateIndex, mention.end);
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/**
 * Dates and date ranges in a sentence, with the words before them that change their meaning
 * and the nearest time. Month names must be capitalised or all capitals ("may 5" is a verb and a
 * number). Dates without a day ("in October", "by 2020") are not dates here: they name no day.
 */
export function findDates(sentence: string): DateMention[] {
  let found: DateMention[] = [];
  MONTH_WORD.lastIndex = 0;
  let readTo = 0;
  for (let word = MONTH_WORD.exec(sentence); word; word = MONTH_WORD.exec(sentence)) {
    if (word.index < readTo) continue;
    const monthEnd = word.index + word[0].length;
    if (monthNumber(word[0]) === undefined) continue;
    // "7 March 12" is rare; "March 12" after any number is the month-first date.
    const dayAfter = /^\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:.])/.test(sentence.slice(monthEnd));
    let mentions = dayAfter ? [] : dayFirst(sentence, word.index, monthEnd);
    if (mentions.some((m) => m.index < readTo)) mentions = [];
    if (mentions.length === 0) mentions = monthFirst(sentence, word.index);
    if (mentions.length === 0) continue;
    // Month first: "Wednesday, January 11": the weekday, capitalised, right before the month.
    for (const mention of mentions) {
      if (mention.order === undefined && mention.dateIndex === word.index) {
        const before = sentence.slice(Math.max(0, word.index - 14), word.index);
        const weekdayHit = WEEKDAY_BEFORE.exec(before);
        const weekdayText = weekdayHit?.[1];
        if (weekdayHit && weekdayText && /^[A-Z]/.test(weekdayText) && mention === mentions[0]) {
          const dateIndex = word.index - (before.length - before.lastIndexOf(weekdayText));
          mention.text = sentence.slice(dateIndex, word.index) + mention.text;
          mention.index = dateIndex;
          mention.dateIndex = dateIndex;
          mention.weekdayText = weekdayText;
          const weekday = weekdayNumber(weekdayText);
          if (weekday !== undefined) mention.weekday = weekday;
        }
      }
    }
    readTo = Math.max(...mentions.map((m) => m.end));
    MONTH_WORD.lastIndex = readTo;
    found.push(...mentions);
  }
  if (sentence.includes('/')) numericDates(sentence, found);
  if (found.length === 0) return found;
  found.sort((a, b) => a.dateIndex - b.dateIndex);
  found = joinRanges(sentence, found);
  for (const mention of found) addContext(sentence, mention);
  // Each time belongs to the nearest date in the same sentence, if close enough to be its time.
  const times = findTimes(sentence);
  for (const time of times) {
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
  // One time for several listed dates: "on Wednesday, October 27th and Thursday, October 28th
  // from 4:00 to 5:00 PM".
  if (times.length === 1 && found.length > 1) {
    const timed = found.find((m) => m.time !== undefined);
    const listed = found.every(
      (m, i) =>
        i === 0 || JOINED.test(sentence.slice((found[i - 1] as DateMention).end, m.dateIndex)),
    );
    const time = timed?.time;
    if (time && listed) for (const m of found) m.time ??= time;
  }
  return found;
}
