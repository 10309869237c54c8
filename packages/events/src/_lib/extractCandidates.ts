import {
  type CalendarDate,
  type Evidence,
  type ParseIssue,
  type Person,
  parseUrl,
  type SentenceSpan,
} from '@competencyworks/core';
import { POST_CUES, type Post, type PostField, postFields } from '@competencyworks/posts';
import type { EventDateTime, EventKind, EventStatus } from '../event';
import { type DateMention, findDates, findTimes } from './dateRules';
import {
  attendanceCue,
  capacityNote,
  DEADLINE_CONTEXT,
  EVENT_VERBS,
  isNewDate,
  type KindCue,
  kindCue,
  NOTICE_BY,
  namedPhrase,
  PUBLICATION,
  placeAfter,
  presenterLine,
  presenterList,
  statusOf,
  titleAfterKind,
  titlePlace,
} from './extractCues';
import { announcedDates } from './extractDates';
import { SentenceCache } from './sentenceCache';

type Field = PostField['field'];

/** A name for an event and how much to trust it (a session title line beats a post title). */
export interface TitleChoice {
  name: string;
  /** 3: session title line, 2: "<Kind>: name" post title, 1: named in the sentence, 0: post title. */
  rank: number;
}

/** What a sentence tells of an event, and what a merged event keeps of its sentences. */
export interface EventFacts {
  kind: EventKind;
  title: TitleChoice;
  start: EventDateTime;
  end?: EventDateTime;
  yearInferred: boolean;
  partOfDay?: string;
  online: boolean;
  /** Said to be in person (a venue, "in person"), or hybrid ("in person and online"). */
  inPerson: boolean;
  hybrid: boolean;
  status: EventStatus;
  location?: string;
  capacity?: number;
  registrationUrl?: string;
  presenters: Person[];
  sentence: string;
  evidence: Evidence[];
}

/** One sentence's event, before events announced in several places are merged. */
export interface Candidate extends EventFacts {
  postIndex: number;
  post: Post;
  field: Field;
  /** Where the announcing sentence starts in the field's text, to attach nearby facts. */
  offset: number;
}

/** The calendar date a post was published on, in the post's own terms (no zone conversion). */
export function postDate(post: Post): CalendarDate | undefined {
  return post.published?.slice(0, 10);
}

// findDates reads a date only where a capitalised or all-capitals month name meets a day number,
// or in a numeric date with a year or after a weekday: a body that cannot hold one (the post's
// shared pre-scan, postCues, tells) is neither rendered nor read, which saves rendering the many
// posts that date nothing.
const DATE_WORDS = POST_CUES.eventDate;

/** A short line that starts with (or labels) a time: "Time: 20:00", "6-7 p.m. EST", "7pm (GMT)". */
const TIME_LINE =
  /^\s*(?:[A-Za-z]+(?:\s+[a-z]+)?\s*:\s*)?(?:noon|midday|\d{1,2}(?:[:.]\d\d)?\s*(?:-|–|[ap]\.?\s?m\b|\s*[:.]|\s+to\b|$))/i;

/** How people attend, from the line before or the two lines after a sentence, when they date nothing. */
function nearbyAttendance(spans: SentenceSpan[], at: number): ReturnType<typeof attendanceCue> {
  for (const i of [at - 1, at + 1, at + 2]) {
    const line = spans[i]?.sentence;
    if (line === undefined || findDates(line).length > 0) continue;
    const mode = attendanceCue(line);
    if (mode !== undefined) return mode;
  }
  return undefined;
}

/** The evidence rule for a date mention: its shape, e.g. `event.weekday-month-day-time-range`. */
function dateRule(mention: DateMention): string {
  const parts = ['event'];
  if (mention.prefix && mention.prefix !== 'on') parts.push(mention.prefix);
  if (mention.weekday !== undefined) parts.push('weekday');
  parts.push(
    mention.order === 'day-month'
      ? 'day-month'
      : mention.order === 'numeric'
        ? 'numeric-date'
        : 'month-day',
  );
  if (mention.year !== undefined || mention.endYear !== undefined) parts.push('year');
  if (mention.endDay !== undefined) {
    parts.push(mention.endMonth !== mention.month ? 'to-month-day' : 'range');
  }
  if (mention.partOfDay !== undefined && mention.prefix === undefined)
    parts.push(mention.partOfDay);
  if (mention.time) parts.push(mention.time.finish !== undefined ? 'time-range' : 'time');
  return parts.join('-').replace('event-', 'event.');
}

const isWholeLine = (text: string, span: SentenceSpan) =>
  (span.start === 0 || text[span.start - 1] === '\n') &&
  (span.end === text.length || text[span.end] === '\n');

/** The name of an event announced by an untitled post that names it nowhere else: its kind. */
function untitledEventName(kind: EventKind): string {
  return kind === 'other' ? 'Event' : `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/**
 * Every event one post announces, with the facts around it (presenters, capacity, registration
 * link, place) attached to the nearest announcement before them.
 */
export function postCandidates(
  post: Post,
  postIndex: number,
  issues: ParseIssue[],
  sentences: SentenceCache = new SentenceCache(),
): Candidate[] {
  const reference = postDate(post);
  const candidates: Candidate[] = [];
  // An untitled post (an aside, a status update) has an empty title field: no sentence there.
  const postTitle = post.title ?? '';
  const fields: PostField[] = [{ field: 'title', text: postTitle, links: [] }];
  const spansByField: SentenceSpan[][] = [sentences.split(post, 'title', postTitle)];
  const where = (field: Field) => ({ path: `posts[${postIndex}].${field}`, index: postIndex });
  const evidence = (field: Field, span: SentenceSpan, rule: string): Evidence => ({
    postId: post.id,
    field,
    sentence: span.sentence,
    start: span.start,
    end: span.end,
    rule,
  });

  // The title's kind word, read once and only when a sentence needs it.
  let titleCue: { cue: KindCue | undefined } | undefined;
  let titleMode: { mode: ReturnType<typeof attendanceCue> } | undefined;
  const scan = (f: number) => {
    const field = fields[f]?.field ?? 'title';
    const spans = spansByField[f] ?? [];
    spans.forEach((span, s) => {
      const { sentence } = span;
      // A date line whose time is on the next line ("Date: 19th of November 2025" / "Time: 20:00")
      // is read with it.
      const following = spans[s + 1]?.sentence;
      const read =
        following !== undefined &&
        TIME_LINE.test(following) &&
        DATE_WORDS.test(sentence) &&
        findTimes(sentence).length === 0 &&
        findDates(following).length === 0
          ? `${sentence}\n${following}`
          : sentence;
      const { mentions, dates } = announcedDates(read, reference, (code, detail, mention) => {
        // A yearless date in an undated post, or a doubtful one, matters only where it could be
        // an event.
        if (
          (code === 'year-unknown' || code === 'date-far-from-post') &&
          kindCue(sentence, mention.prefix) === undefined
        )
          return;
        issues.push({
          code,
          severity: 'warning',
          message: `post "${post.title ?? post.id}": ${detail}`,
          ...where(field),
        });
      });
      const newDateAt = mentions.find((m) => isNewDate(sentence, m.dateIndex, m.end))?.dateIndex;
      for (const { mention, start, end, yearInferred } of dates) {
        const status = statusOf(sentence, mention.dateIndex, mention.end, newDateAt);
        // The old date beside a new one, and "until" that ends something other than an event
        // ("delayed until 19 July", "accessible until 18 December"), announce nothing.
        if (status === 'superseded') continue;
        const moved = status === 'rescheduled';
        if (mention.prefix === 'until' && !moved && !DEADLINE_CONTEXT.test(sentence)) continue;
        // "the week of March 9th" names no day of an event.
        if (
          /\bweek\s+of\s+$/i.test(
            sentence.slice(Math.max(0, mention.dateIndex - 10), mention.dateIndex),
          )
        )
          continue;
        const around = sentence.slice(Math.max(0, mention.index - 50), mention.end + 50);
        const near = mentions.length > 1 ? mention.dateIndex : undefined;
        const notice = mention.prefix === 'by' && NOTICE_BY.test(sentence);
        const prefix = (moved && mention.prefix === 'until') || notice ? undefined : mention.prefix;
        let cue = kindCue(sentence, prefix, near);
        let kind = cue?.kind;
        if (notice && kind === 'deadline') continue;
        // A publication or notice date beside its words, unless a named kind of event is there.
        if (
          PUBLICATION.test(around) &&
          (kind === undefined || kind === 'other' || kind === 'deadline')
        )
          continue;
        titleCue ??= { cue: kindCue(postTitle, undefined) };
        if (kind === undefined) {
          // A list line that starts with its date ("October 2: High Schools") under a title that
          // names the kind of event ("Open House Nights").
          const leads = sentence.slice(0, mention.dateIndex).trim() === '';
          // A date on a line of its own ("Sunday 4th March") heads the line after it.
          const heading = leads && sentence.slice(mention.end).trim().length <= 1;
          const nextLine = heading ? spans[s + 1]?.sentence : undefined;
          const nextCue =
            nextLine !== undefined && !DATE_WORDS.test(nextLine)
              ? kindCue(nextLine, undefined)
              : undefined;
          const nextSays =
            nextLine !== undefined &&
            !DATE_WORDS.test(nextLine) &&
            (nextCue !== undefined || EVENT_VERBS.test(nextLine) || findTimes(nextLine).length > 0);
          if (
            !EVENT_VERBS.test(sentence) &&
            mention.time === undefined &&
            status === undefined &&
            !nextSays &&
            !(leads && field !== 'title' && titleCue.cue !== undefined)
          )
            continue;
          kind = nextCue?.kind ?? titleCue.cue?.kind ?? 'other';
          cue = undefined;
        }
        // How people attend: this sentence, else the lines around it that date nothing (a heading
        // before, "Where:" or "Venue:" after), else the title.
        titleMode ??= { mode: attendanceCue(postTitle) };
        const mode =
          attendanceCue(read) ??
          nearbyAttendance(spans, s) ??
          (field !== 'title' ? titleMode.mode : undefined) ??
          (kind === 'webinar' ? 'online' : undefined);
        const candidate: Candidate = {
          postIndex,
          post,
          field,
          offset: span.start,
          sentence,
          kind,
          title: { name: post.title ?? untitledEventName(kind), rank: 0 },
          start,
          yearInferred,
          online: mode === 'online',
          inPerson: mode === 'offline',
          hybrid: mode === 'mixed',
          status: status ?? 'scheduled',
          presenters: [],
          evidence: [evidence(field, span, dateRule(mention))],
        };
        if (end) candidate.end = end;
        if (mention.partOfDay !== undefined) candidate.partOfDay = mention.partOfDay;

        // The name: "<Kind>: name" in the post title, else the capitalised words before the
        // kind word, else the kind word in the title, else the post title itself.
        const afterKind = titleAfterKind(postTitle, kind);
        const named = cue ? namedPhrase(sentence, cue) : undefined;
        const titleNamed =
          titleCue.cue?.kind === kind ? namedPhrase(postTitle, titleCue.cue) : undefined;
        if (afterKind) {
          candidate.title = { name: afterKind.name, rank: 2 };
          const titleSpan = { sentence: postTitle, start: 0, end: postTitle.length };
          candidate.evidence.push(evidence('title', titleSpan, 'event.title-after-kind-colon'));
        } else if (named) {
          candidate.title = { name: named, rank: 1 };
        } else if (titleNamed) {
          candidate.title = { name: titleNamed, rank: 1 };
        }
        const place =
          placeAfter(sentence.slice(mention.end)) ??
          (cue && cue.index >= 0 ? placeAfter(sentence.slice(cue.end)) : undefined);
        if (place && !candidate.online) candidate.location = place;
        candidates.push(candidate);
      }
    });
  };
  scan(0);
  // With an announcement in the title, the body is read for its facts whatever it holds.
  const [, body] = postFields(post, candidates.length > 0 ? undefined : 'eventDate');
  if (body.text) {
    fields.push(body);
    spansByField.push(sentences.split(post, body.field, body.text));
    scan(1);
  }
  if (candidates.length === 0) return candidates;
  attachFacts(candidates, fields, spansByField, evidence);
  return candidates;
}

/** The candidate a fact at `offset` of `field` belongs to: the nearest announcement before it. */
function nearest(
  candidates: Candidate[],
  field: Field,
  offset: number,
  accept: (candidate: Candidate) => boolean,
): Candidate | undefined {
  const pool = candidates.filter(accept);
  const sameField = pool.filter((c) => c.field === field);
  let before: Candidate | undefined;
  for (const c of sameField)
    if (c.offset <= offset && (!before || c.offset >= before.offset)) before = c;
  if (before) return before;
  let after: Candidate | undefined;
  for (const c of sameField)
    if (c.offset > offset && (!after || c.offset < after.offset)) after = c;
  return after ?? pool[0];
}

function attachFacts(
  candidates: Candidate[],
  fields: PostField[],
  spansByField: SentenceSpan[][],
  evidence: (field: Field, span: SentenceSpan, rule: string) => Evidence,
): void {
  const notDeadline = (c: Candidate) => c.kind !== 'deadline';
  fields.forEach(({ field, text, links }, f) => {
    const spans = spansByField[f] ?? [];
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s] as SentenceSpan;
      const { sentence } = span;
      const list = presenterList(sentence);
      if (list) {
        const target = nearest(candidates, field, span.start, notDeadline);
        if (target) {
          for (const person of list.people) addPerson(target.presenters, person);
          target.evidence.push(evidence(field, span, 'event.presenters-list'));
        }
      }
      const note = capacityNote(sentence, isWholeLine(text, span));
      if (note) {
        const target = nearest(
          candidates,
          field,
          span.start,
          (c) => c.kind === 'workshop' || c.kind === 'other' || c.kind === 'conference',
        );
        if (target) {
          target.capacity = note.capacity;
          if (note.title) target.title = { name: note.title, rank: 3 };
          target.evidence.push(
            evidence(field, span, note.title ? 'event.capacity-title-line' : 'event.capacity'),
          );
          // Program listings put "Name, Affiliation" lines under the session title.
          for (let next = s + 1; next < spans.length && note.title; next++) {
            const line = spans[next] as SentenceSpan;
            const person = isWholeLine(text, line) ? presenterLine(line.sentence) : undefined;
            if (!person) break;
            addPerson(target.presenters, person);
            target.evidence.push(evidence(field, line, 'event.session-presenter-line'));
          }
        }
      }
      if (links.length > 0 && /\bregist|\bsign\s+up\b|\bRSVP\b/i.test(sentence)) {
        for (const link of links) {
          if (link.start < span.start || link.end > span.end) continue;
          const label = text.slice(link.start, link.end);
          const url = parseUrl(link.href);
          if (!url || !/\bregist|\bhere\b|\bsign\s+up\b|\bRSVP\b/i.test(label)) continue;
          const target = nearest(candidates, field, span.start, notDeadline);
          if (target && target.registrationUrl === undefined) {
            target.registrationUrl = url;
            target.evidence.push(evidence(field, span, 'event.register-here-link'));
          }
          break;
        }
      }
    }
  });
  const title = fields[0]?.text ?? '';
  const place = titlePlace(title);
  if (place) {
    const offline = candidates.filter((c) => !c.online && c.kind !== 'deadline');
    const conferences = offline.filter((c) => c.kind === 'conference');
    const targets = conferences.length > 0 ? conferences : offline.length === 1 ? offline : [];
    for (const target of targets) {
      if (target.location !== undefined) continue;
      target.location = place;
      target.evidence.push(
        evidence(
          'title',
          { sentence: title, start: 0, end: title.length },
          'event.location-from-title',
        ),
      );
    }
  }
}

function addPerson(people: Person[], person: Person): void {
  if (!people.some((p) => p.name === person.name)) people.push(person);
}
