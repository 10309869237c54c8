import { readFileSync } from 'node:fs';
import type { Evidence } from '@competencyworks/core';
import { type Post, parseArchiveText, postText } from '@competencyworks/posts';
import { describe, expect, it } from 'vitest';
import { extractEvents, safeParseEvent } from '../src/index';

const read = (name: string) =>
  readFileSync(new URL(`./fixtures/seeds/${name}`, import.meta.url), 'utf8');

const august = parseArchiveText(read('archive-2016-08.txt')).posts;
const december = parseArchiveText(read('archive-2016-12.txt')).posts;

function postNamed(posts: Post[], title: string): Post {
  const found = posts.find((p) => p.title?.startsWith(title));
  if (!found) throw new Error(`no post titled "${title}..." in the seed page`);
  return found;
}

/** Evidence for `sentence` in `field` of `post`, at the offset where it really is. */
function at(post: Post, field: Evidence['field'], sentence: string, rule: string): Evidence {
  const text = postText(post, field)?.text ?? '';
  const start = text.indexOf(sentence);
  expect(start, `"${sentence}" in ${post.id}`).toBeGreaterThanOrEqual(0);
  return { postId: post.id, field, sentence, start, end: start + sentence.length, rule };
}

describe('events on the December 2016 seed page', () => {
  const { events, issues } = extractEvents(december);
  const announcement = postNamed(december, 'January 11th Webinar');

  it('finds exactly one event: the January 11 webinar, year inferred, in New York time', () => {
    expect(issues).toEqual([]);
    expect(events).toEqual([
      {
        id: '2017-01-11-advancing-competency-education-in-new-england',
        title: 'Advancing Competency Education in New England',
        kind: 'webinar',
        description:
          'CompetencyWorks is hosting a Leadership webinar on advancing competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET.',
        start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
        end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
        allDay: false,
        yearInferred: true,
        attendanceMode: 'online',
        presenters: [{ name: 'Paul Leather' }, { name: 'David Ruff' }, { name: 'Chris Sturgis' }],
        status: 'scheduled',
        sourcePostId: announcement.id,
        evidence: [
          at(
            announcement,
            'title',
            'January 11th Webinar: Advancing Competency Education in New England',
            'event.month-day',
          ),
          at(
            announcement,
            'excerpt',
            'CompetencyWorks is hosting a Leadership webinar on advancing competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET.',
            'event.weekday-month-day-time-range',
          ),
          at(
            announcement,
            'excerpt',
            // The page has a no-break space after "Partnership;" and before "on October".
            'Presenters: Paul Leather, New Hampshire Department of Education; David Ruff, Great Schools Partnership;\u00a0Chris Sturgis, MetisNet, CompetencyWorks.',
            'event.presenters-list',
          ),
        ],
      },
    ]);
  });

  it('makes no event from the obituary post (life dates, a phone number)', () => {
    const obituary = postNamed(december, 'With Much Sadness');
    expect(obituary.excerpt).toContain('Jan. 28, 1950 – Nov. 30, 2016');
    expect(obituary.excerpt).toContain('541-979-2773');
    expect(extractEvents([obituary])).toEqual({ events: [], issues: [] });
    const fromObituary = events.flatMap((e) => e.evidence).filter((e) => e.postId === obituary.id);
    expect(fromObituary).toEqual([]);
  });

  it('passes EventSchema', () => {
    for (const event of events) expect(safeParseEvent(event).success).toBe(true);
  });
});

describe('events on the August 2016 seed page', () => {
  const { events, issues } = extractEvents(august);
  const curious = postNamed(august, 'Curious about Competency-Based Education?');
  const sanAntonio = postNamed(august, 'San Antonio Here We Come');
  const vote = postNamed(august, 'Vote for Pop Up Problems');
  const byId = (id: string) => events.find((e) => e.id === id);

  it('finds exactly four events, with no issues', () => {
    expect(issues).toEqual([]);
    expect(events.map((e) => e.id)).toEqual([
      '2016-09-01-vote-for-pop-up-problems-of-practice-in-cbe',
      '2016-10-25-inacol-symposium',
      '2016-10-25-competencyworks-meet-up',
      '2016-10-25-putting-it-all-together-how-to-create-a-personalized-system-of-education',
    ]);
  });

  it('the iNACOL Symposium: October 25-28, all day, in San Antonio, from two posts', () => {
    expect(byId('2016-10-25-inacol-symposium')).toEqual({
      id: '2016-10-25-inacol-symposium',
      title: 'iNACOL Symposium',
      kind: 'conference',
      description:
        'I’ve just been looking at the schedule for the competency education strand at the iNACOL Symposium on October 25-28.',
      start: { date: '2016-10-25' },
      end: { date: '2016-10-28' },
      allDay: true,
      yearInferred: true,
      attendanceMode: 'offline',
      location: { name: 'San Antonio' },
      presenters: [],
      status: 'scheduled',
      sourcePostId: curious.id,
      evidence: [
        at(
          curious,
          'excerpt',
          'Are you going to the iNACOL Symposium in October?',
          'event.mention-by-name',
        ),
        at(sanAntonio, 'title', sanAntonio.title ?? '', 'event.location-from-title'),
        at(
          sanAntonio,
          'excerpt',
          'I’ve just been looking at the schedule for the competency education strand at the iNACOL Symposium\u00a0on October 25-28.',
          'event.month-day-range',
        ),
      ],
    });
  });

  it('the pre-conference workshop: October 25, capacity 60, a sub-event of the symposium, from two posts', () => {
    expect(
      byId('2016-10-25-putting-it-all-together-how-to-create-a-personalized-system-of-education'),
    ).toEqual({
      id: '2016-10-25-putting-it-all-together-how-to-create-a-personalized-system-of-education',
      title: 'Putting It All Together: How to Create a Personalized System of Education',
      kind: 'workshop',
      description:
        'On October 25th, a pre-conference workshop led by some of the leaders in the Charleston County School District will be sharing their approach and lessons learned.',
      start: { date: '2016-10-25' },
      allDay: true,
      yearInferred: true,
      attendanceMode: 'offline',
      capacity: 60,
      presenters: [{ name: 'Dr. Kristen Brittingham' }, { name: 'Rebecca Mestaz' }],
      parentEventId: '2016-10-25-inacol-symposium',
      status: 'scheduled',
      sourcePostId: curious.id,
      evidence: [
        at(
          curious,
          'excerpt',
          'On October 25th, a pre-conference workshop led by some of the leaders in the Charleston County School District will be sharing their approach and lessons learned.',
          'event.month-day',
        ),
        at(
          curious,
          'excerpt',
          'Putting It All Together: How to Create a Personalized System of Education (Capacity: 60)',
          'event.capacity-title-line',
        ),
        at(
          curious,
          'excerpt',
          'Dr. Kristen Brittingham, Charleston County School District',
          'event.session-presenter-line',
        ),
        at(curious, 'excerpt', 'Rebecca Mestaz, Marzano Research', 'event.session-presenter-line'),
        at(
          sanAntonio,
          'excerpt',
          'For anyone new to competency education trying to understand or to think about how to move forward, I definitely recommend starting with the full-day workshop with the Charleston County School District team.',
          'event.mention-by-kind-and-name',
        ),
      ],
    });
  });

  it('the CompetencyWorks meet-up: the evening of October 25, with no invented time', () => {
    const sentence =
      'And we’ll be posting information about where to find us for the CompetencyWorks meet-up at the President’s Reception the evening of October 25.';
    expect(byId('2016-10-25-competencyworks-meet-up')).toEqual({
      id: '2016-10-25-competencyworks-meet-up',
      title: 'CompetencyWorks meet-up',
      kind: 'meetup',
      description: `Evening; no time announced. ${sentence}`,
      start: { date: '2016-10-25' },
      allDay: true,
      yearInferred: true,
      attendanceMode: 'offline',
      presenters: [],
      parentEventId: '2016-10-25-inacol-symposium',
      status: 'scheduled',
      sourcePostId: sanAntonio.id,
      evidence: [at(sanAntonio, 'excerpt', sentence, 'event.evening-of-month-day')],
    });
  });

  it('the SXSWedu vote deadline: September 1', () => {
    expect(byId('2016-09-01-vote-for-pop-up-problems-of-practice-in-cbe')).toEqual({
      id: '2016-09-01-vote-for-pop-up-problems-of-practice-in-cbe',
      title: 'Vote for Pop Up Problems of Practice in CBE',
      kind: 'deadline',
      description: 'We need your help between now and September 1.',
      start: { date: '2016-09-01' },
      allDay: true,
      yearInferred: true,
      attendanceMode: 'unknown',
      presenters: [],
      status: 'scheduled',
      sourcePostId: vote.id,
      evidence: [
        at(
          vote,
          'excerpt',
          'We need your help between now and September 1.',
          'event.between-now-and-month-day',
        ),
      ],
    });
  });

  it('makes no event from origin notes, "by 2020", "(Part 3)" or the screenshot caption', () => {
    const others = august.filter((p) => p !== curious && p !== sanAntonio && p !== vote);
    expect(extractEvents(others)).toEqual({ events: [], issues: [] });
  });

  it('passes EventSchema, and every parent id names an event found', () => {
    for (const event of events) {
      expect(safeParseEvent(event).success).toBe(true);
      if (event.parentEventId) expect(byId(event.parentEventId)).toBeDefined();
    }
  });

  it('gives the same events whatever order the posts come in', () => {
    expect(extractEvents([...august].reverse()).events).toEqual(events);
  });
});
