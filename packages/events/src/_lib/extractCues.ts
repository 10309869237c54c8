import { MONTH_PATTERN, type Person } from '@competencyworks/core';
import type { EventKind } from '../event';
import type { DatePrefix } from './dateRules';

/** A word that gives an event its kind, and where it sits in the sentence. */
export interface KindCue {
  kind: EventKind;
  index: number;
  end: number;
  /** The word as written ("Symposium", "meet-up"). */
  word: string;
}

/*
 * Kinds in order of precedence: a sentence naming a workshop at a conference announces the
 * workshop ("a pre-conference workshop"), a meet-up at a reception announces the meet-up, and a
 * sentence that sets a date "by" which to act is a deadline whatever it is about. A session has
 * no kind of its own in the model, so it is `other`.
 */
const KIND_WORDS: [RegExp, EventKind][] = [
  [/\bdeadlines?\b/i, 'deadline'],
  [/\bwebinars?\b|\bweb\s+conference\b/i, 'webinar'],
  [/\bpre-?conference\b|\bworkshops?\b/i, 'workshop'],
  [/\bmeet-?ups?\b|\breceptions?\b|\bhappy\s+hour\b/i, 'meetup'],
  [/\bsymposi(?:um|a)\b|\bconferences?\b|\bsummits?\b|\bconvenings?\b/i, 'conference'],
  [/\bsessions?\b|\bpanel\s+discussion\b|\bkeynote\b/i, 'other'],
  [
    /\bvot(?:e|ing)\b|\bapplications?\s+(?:are\s+)?due\b|\b(?:abstract|paper|final)\s+(?:\w+\s+)?submissions?\b|\bsubmissions?\s+(?:deadline|ends|close)|\bcloses\b|\b(?:submission|registration|call|application)s?\b[^.;]{0,30}\bwill\s+close\b|\bends\b|\bearly[\s-]?bird\b|\bmust\s+be\s+(?:submitted|received|paid)\b|\bpayment\b/i,
    'deadline',
  ],
  // Gatherings with no kind of their own in the model: `other`.
  [
    /\b(?:meetings?|AGM|town\s+halls?|forums?|lectures?|talks?|seminars?|colloqui(?:um|a)|open\s+(?:house|evening|day)s?|(?:information|parents'?|open)\s+evenings?|interviews|ceremon(?:y|ies)|dinner|party|classes|chats?|livestream|live[\s-]stream|webcast|videoconference|events?|program(?:me)?s?|festivals?|plenary|celebration)\b/i,
    'other',
  ],
];
const DEADLINE_PREFIXES = new Set<DatePrefix>([
  'between-now-and',
  'until',
  'by',
  'no-later-than',
  'due',
  'deadline',
]);

/**
 * The kind of event a sentence announces, from its words, or undefined when it names none.
 * With `near` (a sentence with several dates), the kind word closest to that offset wins;
 * otherwise the first kind in order of precedence.
 */
export function kindCue(
  sentence: string,
  prefix: DatePrefix | undefined,
  near?: number,
): KindCue | undefined {
  if (prefix !== undefined && DEADLINE_PREFIXES.has(prefix)) {
    return { kind: 'deadline', index: -1, end: -1, word: prefix };
  }
  let best: KindCue | undefined;
  for (const [pattern, kind] of KIND_WORDS) {
    const hit = pattern.exec(sentence);
    if (!hit) continue;
    const cue = { kind, index: hit.index, end: hit.index + hit[0].length, word: hit[0] };
    if (near === undefined) return cue;
    if (!best || Math.abs(cue.index - near) < Math.abs(best.index - near)) best = cue;
  }
  return best;
}

/** Words that make a dated sentence an announcement even without a kind word. */
export const EVENT_VERBS =
  /\b(?:join\s+(?:us|me)|hosting|will\s+(?:host|meet|present|feature|participate|be\s+held|take\s+place)|takes\s+place|schedule|register|registration|RSVP|sign\s+up|scheduled|invite|save[\s-]the[\s-]date|mark\s+your\s+calendars?|instead)\b|^\s*(?:date|when|calendar\s+date)\s*:/i;

/** Readers' actions a date after "until" can be the deadline of; else "until" ends no event. */
export const DEADLINE_CONTEXT =
  /\b(?:regist|submi|appl(?:y|ication)|book|enrol|pay|RSVP|sign\s+up|nominat|vote)/i;

/*
 * Sentences that cite a date rather than announce one: where a post first appeared, when
 * something was published, what happened "last fall". Their dates are never events.
 */
const REFERENCE =
  /\boriginally\s+(?:appeared|published|posted|ran)\b|\b(?:was|were)\s+(?:first\s+)?(?:published|posted|released)\b|\bcross-?posted\b|\breprinted\b|\bappeared\s+(?:at|on|in)\b|\b(?:last|this\s+past)\s+(?:week|month|year|fall|spring|summer|winter|autumn)\b|\b\d+\s+(?:days|weeks|months|years)\s+ago\b/i;

/** An example or a hypothesis: "For example, ... scheduled to occur on 8 May would need ...". */
const HYPOTHETICAL = /\bfor\s+example\b|\bhypothetical\b|\be\.g\./i;

/** A projection or statistic ("40% of America's workforce will be self-employed by 2020"). */
const STATISTIC = /\d\s*%|\bpercent\b/i;

/** A post's own date line ("December 19, 2016 by"), left in the text by some sources. */
const DATELINE = new RegExp(
  `^(?:[A-Z][a-z]+day,?\\s+)?${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}(?:\\s+by\\b.*)?$`,
  'i',
);

/** Past-tense wording that makes a yearless date the last occurrence, not the next. */
export const PAST_TENSE =
  /\b(?:was|were|had|took\s+place|happened|held|attended|presented|went)\b/i;

/** Why a sentence's dates are not announcements, or undefined when they may be. */
export function nonAnnouncement(
  sentence: string,
): 'reference' | 'statistic' | 'dateline' | 'hypothetical' | undefined {
  if (REFERENCE.test(sentence)) return 'reference';
  if (HYPOTHETICAL.test(sentence)) return 'hypothetical';
  if (STATISTIC.test(sentence)) return 'statistic';
  if (DATELINE.test(sentence.trim())) return 'dateline';
  return undefined;
}

const STOP = new Set([
  'The',
  'A',
  'An',
  'Our',
  'This',
  'That',
  'Its',
  'Their',
  'Your',
  'My',
  'I',
  'We',
  'On',
  'At',
  'In',
  'For',
  'Join',
  'Are',
  'Is',
]);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);
const MONTH_WORD = new RegExp(`^${MONTH_PATTERN}$`, 'i');

/** True for a word with a capital letter anywhere: "Symposium", "iNACOL", "CompetencyWorks", "SXSWedu". */
const isNameWord = (word: string) =>
  /[A-Z]/.test(word) && !STOP.has(word) && !MONTH_WORD.test(word) && !/day$/.test(word);

/**
 * The name an announcement gives an event: the capitalised words right before its kind word
 * ("the iNACOL Symposium", "the CompetencyWorks meet-up"), or undefined when the kind word
 * stands alone ("a pre-conference workshop").
 */
export function namedPhrase(sentence: string, cue: KindCue): string | undefined {
  if (cue.index < 0) return undefined;
  const words = sentence.slice(0, cue.index).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 6; i--) {
    const word = words[i] as string;
    if (/[,.;:!?()"“”]$/.test(word)) break;
    if (isNameWord(word)) kept.unshift(word);
    else if (CONNECTORS.has(word) && kept.length > 0 && i > 0 && isNameWord(words[i - 1] as string))
      kept.unshift(word);
    else break;
  }
  if (kept.length === 0) return undefined;
  let name = `${kept.join(' ')} ${cue.word}`;
  const year = /^\s+(\d{4})\b/.exec(sentence.slice(cue.end));
  if (year) name += ` ${year[1]}`;
  return name;
}

/** The part of a post title after "<Kind>:" ("January 11th Webinar: Advancing ..."). */
export function titleAfterKind(
  title: string,
  kind: EventKind,
): { name: string; index: number } | undefined {
  const hit =
    /\b(webinar|workshop|symposium|conference|summit|meet-?up|session)s?\s*:\s*(.+)$/i.exec(title);
  if (!hit) return undefined;
  const word = (hit[1] as string).toLowerCase();
  const wordKind: EventKind =
    word === 'webinar'
      ? 'webinar'
      : word === 'workshop'
        ? 'workshop'
        : /meet/.test(word)
          ? 'meetup'
          : word === 'session'
            ? 'other'
            : 'conference';
  if (wordKind !== kind) return undefined;
  const name = (hit[2] as string).trim();
  return { name, index: title.length - name.length };
}

/** "Presenters: Paul Leather, New Hampshire ...; David Ruff, ..." → the names only. */
export function presenterList(sentence: string): { people: Person[]; index: number } | undefined {
  const hit = /\b(?:Presenters?|Speakers?|Panelists?|Facilitators?|Featuring)\s*:\s*(.+)$/.exec(
    sentence,
  );
  if (!hit) return undefined;
  const list = (hit[1] as string).replace(/[.\s]+$/, '');
  // With semicolons each entry is "Name, Affiliation[, ...]"; without, commas and "and" separate names.
  const entries = list.includes(';')
    ? list.split(';').map((entry) => entry.split(',')[0] ?? '')
    : list.split(/,\s*(?:and\s+)?|\s+and\s+/);
  const people = entries
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && /^[A-Z]/.test(name))
    .map((name) => ({ name }));
  return people.length > 0 ? { people, index: hit.index } : undefined;
}

/** "(Capacity: 60)" → 60, and the session title on the same line before it, if any. */
export function capacityNote(
  sentence: string,
  isWholeLine: boolean,
): { capacity: number; title?: string } | undefined {
  const hit = /\(\s*capacity\s*:\s*(\d{1,6})\s*\)|\bcapacity\s*:\s*(\d{1,6})\b/i.exec(sentence);
  if (!hit) return undefined;
  const capacity = Number(hit[1] ?? hit[2]);
  const before = sentence.slice(0, hit.index).trim();
  if (isWholeLine && before.length > 0 && !/[.!?]$/.test(before) && /^[A-Z"“]/.test(before)) {
    return { capacity, title: before };
  }
  return { capacity };
}

/**
 * "Name, Affiliation" lines under a session title ("Dr. Kristen Brittingham, Charleston County
 * School District"), as program listings print presenters.
 */
export function presenterLine(sentence: string): Person | undefined {
  const hit =
    /^((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}),\s+[^.!?]+$/u.exec(
      sentence.trim(),
    );
  if (!hit || sentence.length > 120) return undefined;
  return { name: hit[1] as string };
}

/** The place a post title says the author is going to: "San Antonio Here We Come: ...". */
export function titlePlace(title: string): string | undefined {
  const hit = /^((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}.'’-]*),?\s+Here\s+We\s+Come\b/u.exec(
    title,
  );
  return hit ? (hit[1] as string) : undefined;
}

/** "... Symposium in San Antonio" / "... October 25-28 in Orlando, FL": the place right after. */
export function placeAfter(text: string): string | undefined {
  const hit =
    /^,?\s+in\s+((?:[A-Z][\p{L}.'’-]*)(?:\s+[A-Z][\p{L}.'’-]*){0,3}(?:,\s+[A-Z][\p{L}.]+)?)/u.exec(
      text,
    );
  if (!hit) return undefined;
  const place = hit[1] as string;
  return MONTH_WORD.test(place.split(/\s/)[0] ?? '') ? undefined : place;
}

/** Runs of two or more capitalised words ("Charleston County School District"). */
export function properNames(sentence: string): string[] {
  const names: string[] = [];
  for (const hit of sentence.matchAll(/(?:[A-Z][\p{L}'’-]+)(?:\s+(?:of\s+)?[A-Z][\p{L}'’-]+)+/gu)) {
    const words = hit[0].split(/\s+/).filter((word) => !STOP.has(word) && !MONTH_WORD.test(word));
    if (words.length >= 2) names.push(words.join(' '));
  }
  return names;
}

const CANCELLED =
  /\bcancel(?:l?ed|l?ing|s)?\b|\bwill\s+not\s+(?:be\s+)?go(?:ing)?\s+ahead\b|\bcalled\s+off\b/i;
const POSTPONED = /\bpostpone[ds]?\b|\badjourned\b|\bhas\s+been\s+rescheduled\b|\bdelayed\b/i;
// The words that give a new date: "postponed to 2 p.m.", "rescheduling to", "moved the meeting to
// the following week so it will now be on", "Change Date:". The date follows them.
const NEW_DATE_BEFORE =
  /\b(?:(?:postpone[ds]?|reschedul(?:e[ds]?|ing)|mov(?:e[ds]?|ing)|chang(?:e[ds]?|ing))(?:\s+(?:the|it|our|\w+ing|meeting|event|date))*\s+(?:to|until|for)|change\s+date\s*:|will\s+now\s+be(?:\s+held)?(?:\s+on)?|now\s+on)\s+(?:(?:noon|midday|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?)\s+(?:on\s+)?)?(?:the\s+)?$/i;
const INSTEAD_AFTER = /^[^.;]{0,40}\binstead\b/i;
const OLD_DATE_BEFORE =
  /\b(?:was|had\s+been)\s+(?:set|scheduled|planned|due)\s+(?:for|to\s+(?:be\s+held|take\s+place)\s+on)\s+(?:next\s+)?$/i;

/**
 * Words near a date that make it the date of a publication or notice, not of an event:
 * "May 31st 2025: Preliminary Programme announcement", "24th April 2026 – Draft Programme
 * Published", "Update October 12:", "available for downloading ... on September 15".
 */
export const PUBLICATION =
  /\b(?:published|publication|announcement|announced\s+by|release[sd]?\b|notifications?|download(?:ing)?|launched|update\b)/i;

/** Words that make "by <date>" the date of a notice, not a readers' deadline ("an update by"). */
export const NOTICE_BY = /\b(?:announce|update|notif|reschedul|decide|confirm|publish)/i;

/**
 * The status of the event on one date of a sentence: `rescheduled` for a new date ("postponed to
 * June 8", "we will meet on the 29th instead"), `superseded` for the old date beside a new one
 * (no event of its own), `cancelled` or `postponed` when the sentence says so, else undefined.
 */
export function statusOf(
  sentence: string,
  dateIndex: number,
  end: number,
  newDateAt: number | undefined,
): 'cancelled' | 'postponed' | 'rescheduled' | 'superseded' | undefined {
  if (isNewDate(sentence, dateIndex, end)) return 'rescheduled';
  if (newDateAt !== undefined && dateIndex < newDateAt) return 'superseded';
  // A cancellation speaks of the dates near it, not of a later meeting in the same sentence.
  const near = sentence.slice(Math.max(0, dateIndex - 110), end + 80);
  if (CANCELLED.test(near)) return 'cancelled';
  // "The date of the next meeting was set for next Wednesday, 22nd April" (and then moved).
  if (OLD_DATE_BEFORE.test(sentence.slice(Math.max(0, dateIndex - 40), dateIndex)))
    return 'superseded';
  if (POSTPONED.test(near)) return 'postponed';
  return undefined;
}

/** Whether the date at `dateIndex` is the new date of a moved event. */
export function isNewDate(sentence: string, dateIndex: number, end: number): boolean {
  return (
    NEW_DATE_BEFORE.test(sentence.slice(Math.max(0, dateIndex - 60), dateIndex)) ||
    INSTEAD_AFTER.test(sentence.slice(end))
  );
}

const HYBRID =
  /\bhybrid\b|\bin[\s-]person\s+(?:and|or|&)\s+(?:on-?line|virtual)|\bon-?line\s+(?:and|or|&)\s+in[\s-]person|\bpossibility\s+to\s+follow\s+online/i;
const ONLINE =
  /\b(?:on-?line|virtual(?:ly)?|livestream(?:ed)?|live[\s-]stream(?:ed)?|streamed\s+live|webcast|videoconference|video[\s-]call|zoom|(?:microsoft|via|on)\s+teams|google\s+meet|webex|facebook\s+live|live\s+on\s+facebook|youtube\s+live|twitter\s+chat|tweet\s+chat|on\s+the\s+internet)\b/gi;
const IN_PERSON =
  /\bin[\s-]person\b|\bface[\s-](?:to|2)[\s-]face\b|\bvenue\b|\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+(?:HOTEL|HALL|CENTRE|CENTER|LIBRARY|CAMPUS)\b|\bRoom\s+\d|\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*\s+){1,4}(?:Library|Hall|Hotel|Centre|Center|Campus|Auditorium|Museum|School|College|University|Park|Theatre|Theater|Church|Barracks|Club)\b/u;

/**
 * How people attend, from a sentence's words: `mixed` for hybrid events, `online` for webinars,
 * streams, chats and video calls, `offline` for a venue; undefined when it does not say. An
 * "online" that names something else ("Online Learning Conference", "register online", "the
 * online community") does not count.
 */
export function attendanceCue(sentence: string): 'online' | 'offline' | 'mixed' | undefined {
  if (HYBRID.test(sentence)) return 'mixed';
  ONLINE.lastIndex = 0;
  for (let hit = ONLINE.exec(sentence); hit; hit = ONLINE.exec(sentence)) {
    const word = hit[0];
    const after = sentence.slice(hit.index + word.length, hit.index + word.length + 30);
    const before = sentence.slice(Math.max(0, hit.index - 24), hit.index);
    // A capitalised "Online" inside a name, or a word naming something other than the event.
    if (/^[A-Z]/.test(word) && /^\s+[A-Z]/.test(after) && !/^zoom|^facebook|^youtube/i.test(word))
      continue;
    if (
      /^on-?line$|^virtual$/i.test(word) &&
      (/^\s+(?:communit|platform|course|challenge|form|portal|registration|resource|store|shop|survey|application)/i.test(
        after,
      ) ||
        /\b(?:register|registration|apply|book|pay|submit|submitted|available|largest)\s+$/i.test(
          before,
        ))
    )
      continue;
    return 'online';
  }
  if (IN_PERSON.test(sentence)) return 'offline';
  return undefined;
}
