import {
  addCalendarDays,
  type CalendarDate,
  type Evidence,
  MONTH_PATTERN,
  monthNumber,
  slugify,
  undoTypography,
} from '@competencyworks/core';
import { type Post, type PostField, postFields } from '@competencyworks/posts';
import type { EventDateTime, EventKind } from '../event';
import { findDates } from './dateRules';
import { type Candidate, type EventFacts, postDate } from './extractCandidates';
import { kindCue, nonAnnouncement, PAST_TENSE, properNames } from './extractCues';
import { SentenceCache } from './sentenceCache';

/** An event being assembled from one or more candidates; `sentence` is the one that dated it best. */
export interface Draft extends EventFacts {
  /** Set once ids are assigned. */
  id: string;
  parent?: Draft;
}

const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'for', 'and', 'to', 'at', 'with']);
const tokens = (title: string) =>
  new Set(
    slugify(title, 200)
      .split('-')
      .filter((t) => t && !STOPWORDS.has(t)),
  );

/** Two names for the same thing: most words shared, or one's words all inside the other's. */
function similarTitles(a: string, b: string): boolean {
  const left = tokens(a);
  const right = tokens(b);
  if (left.size === 0 || right.size === 0) return false;
  let shared = 0;
  for (const t of left) if (right.has(t)) shared++;
  const union = left.size + right.size - shared;
  return shared / union >= 0.5 || shared === Math.min(left.size, right.size);
}

const hasTime = (d: EventDateTime | undefined) => d?.time !== undefined;

/**
 * Merges candidates that are one event: same kind, same first day, and the same post or
 * similar names. The merged event keeps the most precise dates, the best-ranked name and
 * every piece of evidence.
 */
export function mergeCandidates(candidates: Candidate[]): Draft[] {
  const drafts: { draft: Draft; posts: Set<Post> }[] = [];
  // Only drafts of the same kind on the same first day can be the same event.
  const byDay = new Map<string, { draft: Draft; posts: Set<Post> }[]>();
  for (const c of candidates) {
    const day = `${c.kind}|${c.start.date}`;
    const sameDay = byDay.get(day) ?? [];
    byDay.set(day, sameDay);
    const same = sameDay.find(
      ({ draft, posts }) =>
        (!hasTime(draft.start) || !hasTime(c.start) || draft.start.time === c.start.time) &&
        (posts.has(c.post) || similarTitles(draft.title.name, c.title.name)),
    );
    if (!same) {
      const draft: Draft = {
        kind: c.kind,
        title: c.title,
        start: { ...c.start },
        yearInferred: c.yearInferred,
        online: c.online,
        inPerson: c.inPerson,
        hybrid: c.hybrid,
        status: c.status,
        presenters: [...c.presenters],
        sentence: c.sentence,
        evidence: [...c.evidence],
        id: '',
      };
      if (c.end) draft.end = { ...c.end };
      if (c.partOfDay !== undefined) draft.partOfDay = c.partOfDay;
      if (c.location !== undefined) draft.location = c.location;
      if (c.capacity !== undefined) draft.capacity = c.capacity;
      if (c.registrationUrl !== undefined) draft.registrationUrl = c.registrationUrl;
      const entry = { draft, posts: new Set([c.post]) };
      drafts.push(entry);
      sameDay.push(entry);
      continue;
    }
    const { draft, posts } = same;
    posts.add(c.post);
    if (c.title.rank > draft.title.rank) draft.title = c.title;
    const moreExact = (hasTime(c.start) && !hasTime(draft.start)) || (c.end && !draft.end);
    if (moreExact || (draft.evidence[0]?.field === 'title' && c.field !== 'title')) {
      draft.sentence = c.sentence;
    }
    if (hasTime(c.start) && !hasTime(draft.start)) {
      draft.start = { ...c.start };
      if (c.end) draft.end = { ...c.end };
      delete draft.partOfDay;
    } else if (c.end && !draft.end) {
      draft.end = { ...c.end };
    }
    if (!c.yearInferred) draft.yearInferred = false;
    if (c.partOfDay !== undefined && !hasTime(draft.start) && draft.partOfDay === undefined) {
      draft.partOfDay = c.partOfDay;
    }
    draft.online ||= c.online;
    draft.inPerson ||= c.inPerson;
    draft.hybrid ||= c.hybrid;
    if (draft.status === 'scheduled') draft.status = c.status;
    if (draft.location === undefined && c.location !== undefined) draft.location = c.location;
    if (draft.capacity === undefined && c.capacity !== undefined) draft.capacity = c.capacity;
    if (draft.registrationUrl === undefined && c.registrationUrl !== undefined) {
      draft.registrationUrl = c.registrationUrl;
    }
    for (const person of c.presenters) {
      if (!draft.presenters.some((p) => p.name === person.name)) draft.presenters.push(person);
    }
    draft.evidence.push(...c.evidence);
  }
  return drafts.map(({ draft }) => draft);
}

const normal = (text: string) => undoTypography(text).toLowerCase();
const MONTH_WORDS = new RegExp(`\\b${MONTH_PATTERN}(?![\\w])`, 'g');

interface PostSentences {
  sentences: { field: Evidence['field']; sentence: string; start: number; end: number }[];
  /** Each sentence normalised like `all`, in the same order. */
  normalised: string[];
  /** Lower-cased, typography undone: the whole post, for "does it mention X". */
  all: string;
  /** Each sentence's kind cue (null: none) and proper names, filled in as sub-events ask. */
  kinds: (EventKind | null | undefined)[];
  names: (string[] | undefined)[];
}

/** A normalised name to look for, with its longest word for a first, cheaper look. */
interface Mention {
  name: string;
  word: string;
}

function mention(name: string): Mention {
  const words = name.split(/[^a-z0-9]+/);
  return { name, word: words.reduce((a, b) => (b.length > a.length ? b : a), '') };
}

interface IndexedPost {
  post: Post;
  date: CalendarDate | undefined;
  /**
   * Whether the post may mention `name` (normalised): false when no sentence can hold it. Asked
   * of many posts per event, so it looks at the whole text, normalised once, and splits nothing.
   */
  mayMention: (name: Mention) => boolean;
  /** The post's sentences, split on first use (most posts are never looked at). */
  read: () => PostSentences;
}

/** Wraps every post for the passes that look for mentions, sorted by date (undated last). */
export function indexPosts(
  posts: readonly Post[],
  cache: SentenceCache = new SentenceCache(),
): IndexedPost[] {
  const indexed = posts.map((post): IndexedPost => {
    let fields: PostField[] | undefined;
    let lower: string | undefined;
    const asked = new Map<string, boolean>();
    let whole: string | undefined;
    let cached: PostSentences | undefined;
    return {
      post,
      date: postDate(post),
      mayMention: ({ name, word }) => {
        // A sentence is a piece of its field's text and normalising maps character by
        // character, so a name (without a line break) in a normalised sentence is in the
        // normalised text. Lower-casing alone is cheaper and keeps the name's longest word
        // (typography becomes punctuation or spaces, never letters), unless a zero-width space,
        // which normalising deletes, joins a word.
        if (name.includes('\n')) return true;
        // Sub-events of one conference ask the same posts about the same name.
        const known = asked.get(name);
        if (known !== undefined) return known;
        fields ??= postFields(post);
        lower ??= fields.map(({ text }) => text.toLowerCase()).join('\n');
        let answer = true;
        if (!lower.includes(word) && !lower.includes('\u200b')) answer = false;
        else {
          whole ??= fields.map(({ text }) => normal(text)).join('\n');
          answer = whole.includes(name);
        }
        asked.set(name, answer);
        return answer;
      },
      read: () => {
        if (!cached) {
          fields ??= postFields(post);
          // Plain loops and literals: this runs over every sentence of most posts.
          const sentences: PostSentences['sentences'] = [];
          const normalised: string[] = [];
          for (const { field, text } of fields) {
            for (const { sentence, start, end } of cache.split(post, field, text)) {
              sentences.push({ field, sentence, start, end });
              normalised.push(normal(sentence));
            }
          }
          cached = { sentences, normalised, all: normalised.join('\n'), kinds: [], names: [] };
        }
        return cached;
      },
    };
  });
  const key = (p: IndexedPost) => p.date ?? '9999-99-99';
  return indexed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Whether a sentence's own dates and months allow it to speak of an event on these days:
 * no other day named, and any month named is one the event runs in.
 */
function datesAgree(sentence: string, draft: Draft): boolean {
  const first = draft.start.date;
  const last = draft.end?.date ?? first;
  for (const mention of findDates(sentence)) {
    const day = `-${String(mention.month).padStart(2, '0')}-${String(mention.day).padStart(2, '0')}`;
    if (!first.endsWith(day) && !last.endsWith(day)) return false;
  }
  const months = new Set([Number(first.slice(5, 7)), Number(last.slice(5, 7))]);
  for (const hit of sentence.matchAll(MONTH_WORDS)) {
    if (!/^[A-Z]/.test(hit[0])) continue;
    const month = monthNumber(hit[0]);
    if (month !== undefined && !months.has(month)) return false;
  }
  return true;
}

/**
 * The dated posts written in the year before an event, up to its last day: the only ones that
 * can speak of it ahead of time. `posts` is sorted by date, so this is two binary searches.
 */
function postsBefore(posts: IndexedPost[], draft: Draft): IndexedPost[] {
  const from = addCalendarDays(draft.start.date, -366);
  const to = draft.end?.date ?? draft.start.date;
  const bound = (value: string, after: boolean) => {
    let lo = 0;
    let hi = posts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const date = posts[mid]?.date ?? '9999-99-99';
      if (date < value || (after && date === value)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return posts.slice(bound(from, false), bound(to, true));
}

const hasEvidence = (draft: Draft, postId: string, at: { field: string; start: number }) =>
  draft.evidence.some((e) => e.postId === postId && e.field === at.field && e.start === at.start);

/** A conference sub-events may belong to: its draft, its name to look for, the posts announcing it. */
interface Conference {
  parent: Draft;
  name: Mention;
  posts: Set<string>;
}

/**
 * Links sub-events to their conference: a workshop, meet-up or session starting on the
 * conference's days (or the day before, for a pre-conference) whose announcing post is the
 * conference's or names it. A sub-event of an in-person conference is attended in person.
 */
export function linkSubEvents(drafts: Draft[], posts: IndexedPost[]): void {
  const byId = new Map(posts.map((p) => [p.post.id, p]));
  // The conferences by each day they run (and the day before), in order, so a sub-event looks
  // only at those on its day: an archive of many years holds hundreds of conferences and
  // thousands of workshops.
  const byDay = new Map<CalendarDate, Conference[]>();
  for (const parent of drafts) {
    if (parent.kind !== 'conference' || parent.title.rank < 1) continue;
    const conference: Conference = {
      parent,
      name: mention(normal(parent.title.name)),
      posts: new Set(parent.evidence.map((e) => e.postId)),
    };
    const to = parent.end?.date ?? parent.start.date;
    for (
      let day = addCalendarDays(parent.start.date, -1);
      day <= to;
      day = addCalendarDays(day, 1)
    ) {
      byDay.set(day, [...(byDay.get(day) ?? []), conference]);
    }
  }
  for (const child of drafts) {
    if (child.kind !== 'workshop' && child.kind !== 'meetup' && child.kind !== 'other') continue;
    for (const { parent, name, posts: parentPosts } of byDay.get(child.start.date) ?? []) {
      const linked = child.evidence.some((e) => {
        if (parentPosts.has(e.postId)) return true;
        const post = byId.get(e.postId);
        return post?.mayMention(name) === true && post.read().all.includes(name.name);
      });
      if (!linked) continue;
      child.parent = parent;
      break;
    }
  }
}

/**
 * Adds the sentences that speak of an event without dating it: a conference named in a post
 * before it ("Are you going to the iNACOL Symposium in October?"), and a sub-event described in
 * a post about its conference by its kind and a name it shares ("the full-day workshop with the
 * Charleston County School District team").
 */
export function addMentions(drafts: Draft[], posts: IndexedPost[]): void {
  for (const draft of drafts) {
    const named =
      draft.kind === 'conference' && draft.title.rank >= 1 && tokens(draft.title.name).size >= 2;
    if (named) {
      const name = normal(draft.title.name);
      const wanted = mention(name);
      for (const p of postsBefore(posts, draft)) {
        if (!p.mayMention(wanted)) continue;
        const { sentences, normalised, all } = p.read();
        if (!all.includes(name)) continue;
        sentences.forEach((s, i) => {
          if (!normalised[i]?.includes(name) || hasEvidence(draft, p.post.id, s)) return;
          if (nonAnnouncement(s.sentence) || PAST_TENSE.test(s.sentence)) return;
          if (!datesAgree(s.sentence, draft)) return;
          draft.evidence.push({ postId: p.post.id, ...s, rule: 'event.mention-by-name' });
        });
      }
    }
    const parent = draft.parent;
    if (!parent) continue;
    const parentName = normal(parent.title.name);
    const title = normal(draft.title.name);
    const own = new Set(
      draft.evidence
        .flatMap((e) => properNames(e.sentence))
        .filter((n) => !parentName.includes(normal(n)) && !title.includes(normal(n))),
    );
    if (own.size === 0) continue;
    const parentMention = mention(parentName);
    for (const p of postsBefore(posts, draft)) {
      if (!p.mayMention(parentMention)) continue;
      const { sentences, all } = p.read();
      if (!all.includes(parentName)) continue;
      const read = p.read();
      sentences.forEach((s, i) => {
        // The cheap tests, cached per sentence for every sub-event that asks, first.
        if (sentenceKind(read, i) !== draft.kind) return;
        if (!sentenceNames(read, i).some((n) => own.has(n))) return;
        if (hasEvidence(draft, p.post.id, s)) return;
        if (nonAnnouncement(s.sentence) || !datesAgree(s.sentence, draft)) return;
        draft.evidence.push({ postId: p.post.id, ...s, rule: 'event.mention-by-kind-and-name' });
      });
    }
  }
}

/** The kind of event sentence `i` names, read once per sentence. */
function sentenceKind(read: PostSentences, i: number): EventKind | undefined {
  let kind = read.kinds[i];
  if (kind === undefined) {
    kind = kindCue(read.sentences[i]?.sentence ?? '', undefined)?.kind ?? null;
    read.kinds[i] = kind;
  }
  return kind ?? undefined;
}

/** The proper names in sentence `i`, read once per sentence. */
function sentenceNames(read: PostSentences, i: number): readonly string[] {
  let found = read.names[i];
  if (found === undefined) {
    found = properNames(read.sentences[i]?.sentence ?? '');
    read.names[i] = found;
  }
  return found;
}
