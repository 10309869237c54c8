import { collapseWhitespace, type Evidence, type ParseIssue, slugify } from '@competencyworks/core';
import type { Post } from '@competencyworks/posts';
import { type Candidate, postCandidates, postDate } from './_lib/extractCandidates';
import {
  addMentions,
  type Draft,
  indexPosts,
  linkSubEvents,
  mergeCandidates,
} from './_lib/extractMerge';
import { SentenceCache } from './_lib/sentenceCache';
import { type AttendanceMode, type Event, safeParseEvent } from './event';

/**
 * What {@link extractEvents} returns: the events found and every problem met on the way.
 *
 * @example
 * const { events, issues } = extractEvents(posts);
 * //=> { events: [{ id: '2017-01-11-advancing-competency-education-in-new-england', ... }],
 * //     issues: [{ code: 'weekday-mismatch', severity: 'warning', path: 'posts[3].excerpt',
 * //                index: 3, message: 'post "...": "Tuesday, January 11" says Tuesday but ...' }] }
 */
export interface ExtractEventsResult {
  /** One event per real-world event, however many posts announced it, sorted by start date. */
  events: Event[];
  /** Dates that could not be placed, weekdays that disagree with dates, events that failed validation. */
  issues: ParseIssue[];
}

const FIELD_ORDER: Record<Evidence['field'], number> = { title: 0, excerpt: 1, content: 2 };

function attendance(draft: Draft): AttendanceMode {
  if (draft.kind === 'deadline') return 'unknown';
  if (draft.hybrid) return 'mixed';
  if (draft.online) return 'online';
  if (draft.location !== undefined || draft.inPerson) return 'offline';
  return draft.parent
    ? attendance(draft.parent) === 'offline'
      ? 'offline'
      : 'unknown'
    : 'unknown';
}

function description(draft: Draft): string {
  const sentence = collapseWhitespace(draft.sentence);
  if (draft.partOfDay === undefined) return sentence;
  const part = draft.partOfDay.charAt(0).toUpperCase() + draft.partOfDay.slice(1);
  return `${part}; no time announced. ${sentence}`;
}

/**
 * Finds the events that blog posts announce (webinars, conferences, workshops, meet-ups,
 * deadlines) in their titles and text, with every sentence that supports each one.
 *
 * Dates are read as announcements write them: "on Wednesday, January 11, 2:00-3:00 p.m. ET",
 * "October 25-28" (hyphen or en dash), "October 30-November 2", "noon-1 p.m. ET",
 * "On October 25th", "the evening of October 25", "between now and September 1",
 * "by September 1". A date without a year is its next occurrence on or after the post's date
 * (`yearInferred: true`); a written weekday that disagrees with the date is reported. Zone words
 * (ET/EST/EDT/Eastern, CT, MT, PT, UTC/GMT) become IANA zones and the time stays the wall-clock
 * time as announced: "2 p.m. EST" in July is 14:00 America/New_York, with a warning. A part of
 * day ("the evening of") gives no time: the event is all-day and its description says
 * "Evening; no time announced." rather than inventing an hour.
 *
 * Not events: dates before the post's date (citations, obituary life dates), sentences that
 * cite where a post first appeared, statistics ("40% ... by 2020"), a post's own date line,
 * numbers that only look like dates ("541-979-2773", "K-12", "(Part 3)").
 *
 * The same event in several posts is one event with several pieces of evidence; a workshop or
 * meet-up on the days of a conference that its post names is linked to it (`parentEventId`).
 * Every event is checked against `EventSchema`; one that fails is reported and left out.
 *
 * @param posts - Posts from any parser; the content is read when present, else the excerpt, plus the title.
 * @returns `{ events, issues }`.
 * @example
 * const { posts } = readArchiveText(page); // the December 2016 archive page
 * extractEvents(posts).events[0];
 * //=> { id: '2017-01-11-advancing-competency-education-in-new-england',
 * //     title: 'Advancing Competency Education in New England', kind: 'webinar',
 * //     start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
 * //     end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
 * //     allDay: false, yearInferred: true, attendanceMode: 'online',
 * //     presenters: [{ name: 'Paul Leather' }, { name: 'David Ruff' }, { name: 'Chris Sturgis' }],
 * //     status: 'scheduled', sourcePostId: 'cw-2016-12-19-january-11th-webinar-...', evidence: [...] }
 */
export function extractEvents(posts: readonly Post[]): ExtractEventsResult {
  const issues: ParseIssue[] = [];
  const candidates: Candidate[] = [];
  const sentences = new SentenceCache();
  posts.forEach((post, index) => {
    candidates.push(...postCandidates(post, index, issues, sentences));
  });
  const drafts = mergeCandidates(candidates);
  if (drafts.some((d) => d.kind === 'conference')) {
    const indexed = indexPosts(posts, sentences);
    linkSubEvents(drafts, indexed);
    addMentions(drafts, indexed);
  }

  const order = new Map<string, string>();
  posts.forEach((post, index) => {
    if (!order.has(post.id))
      order.set(post.id, `${postDate(post) ?? '9999-99-99'}|${String(index).padStart(9, '0')}`);
  });
  const key = (e: Evidence) => order.get(e.postId) ?? '';
  // Plain code-unit comparisons, so the order never depends on the locale.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const draft of drafts) {
    const seen = new Set<string>();
    draft.evidence = draft.evidence
      .filter((e) => {
        const id = `${e.postId}|${e.field}|${e.start}|${e.end}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .sort(
        (a, b) =>
          cmp(key(a), key(b)) || FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start,
      );
  }

  // By first day, the longer event first (a conference before its workshops), then by name.
  drafts.sort(
    (a, b) =>
      cmp(a.start.date, b.start.date) ||
      cmp(b.end?.date ?? b.start.date, a.end?.date ?? a.start.date) ||
      cmp(a.title.name, b.title.name),
  );
  const ids = new Set<string>();
  for (const draft of drafts) {
    const base = `${draft.start.date}-${slugify(draft.title.name)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    if (id !== base) {
      issues.push({
        code: 'duplicate-event-id',
        severity: 'warning',
        message: `two different events on ${draft.start.date} are both called "${draft.title.name}"; the second is ${id}`,
      });
    }
    ids.add(id);
    draft.id = id;
  }

  const events: Event[] = [];
  for (const draft of drafts) {
    const first = draft.evidence[0];
    const event: Event = {
      id: draft.id,
      title: draft.title.name,
      kind: draft.kind,
      description: description(draft),
      start: draft.start,
      ...(draft.end ? { end: draft.end } : {}),
      allDay: draft.start.time === undefined,
      yearInferred: draft.yearInferred,
      attendanceMode: attendance(draft),
      ...(draft.location !== undefined ? { location: { name: draft.location } } : {}),
      ...(draft.registrationUrl !== undefined ? { registrationUrl: draft.registrationUrl } : {}),
      ...(draft.capacity !== undefined ? { capacity: draft.capacity } : {}),
      presenters: draft.presenters,
      ...(draft.parent ? { parentEventId: draft.parent.id } : {}),
      status: draft.status,
      sourcePostId: first?.postId ?? '',
      evidence: draft.evidence,
    };
    const checked = safeParseEvent(event);
    if (checked.success) {
      events.push(checked.output);
    } else {
      issues.push({
        code: 'invalid-event',
        severity: 'error',
        message: `event "${event.title}" (${event.id}) announced in post ${event.sourcePostId} was left out: ${checked.error.message}`,
      });
    }
  }
  return { events, issues };
}
