import { type Evidence, slugify } from '@competencyworks/core';
import { type Post, postText } from '@competencyworks/posts';
import { describe, expect, it } from 'vitest';
import type { Event } from './event';
import { extractEvents } from './extractEvents';

let counter = 0;
function post(
  excerpt: string,
  published: string | null = '2016-12-19',
  title = 'News',
  extra: Partial<Post> = {},
): Post {
  counter += 1;
  return {
    id: `p${counter}-${slugify(title)}`,
    title,
    ...(published !== null ? { published } : {}),
    authors: [],
    excerpt,
    categories: [],
    tags: [],
    origin: [],
    source: { format: 'archive-text' },
    ...extra,
  };
}

/** Every evidence entry points at its sentence in the text the posts give for its field. */
function expectEvidenceInText(events: Event[], posts: Post[]): void {
  for (const event of events) {
    for (const e of event.evidence) {
      const source = posts.find((p) => p.id === e.postId);
      expect(source, e.postId).toBeDefined();
      const text = source ? postText(source, e.field)?.text : undefined;
      expect(text?.slice(e.start, e.end)).toBe(e.sentence);
    }
  }
}

function only(posts: Post[]): Event {
  const { events, issues } = extractEvents(posts);
  expectEvidenceInText(events, posts);
  expect(issues).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0] as Event;
}

const rules = (event: Event) => event.evidence.map((e: Evidence) => e.rule);

describe('extractEvents: dates as announcements write them', () => {
  it('reads a weekday, a yearless date and a time range with a zone, inferring the next year', () => {
    const sentence =
      'CompetencyWorks is hosting a Leadership webinar on advancing competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET.';
    const p = post(
      `${sentence} We'll summarize the findings.`,
      '2016-12-19',
      'January 11th Webinar: Advancing Competency Education in New England',
    );
    const event = only([p]);
    expect(event).toMatchObject({
      id: '2017-01-11-advancing-competency-education-in-new-england',
      title: 'Advancing Competency Education in New England',
      kind: 'webinar',
      start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
      end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
      allDay: false,
      yearInferred: true,
      attendanceMode: 'online',
      sourcePostId: p.id,
    });
    expect(event.evidence).toEqual([
      {
        postId: p.id,
        field: 'title',
        sentence: p.title,
        start: 0,
        end: p.title?.length,
        rule: 'event.month-day',
      },
      {
        postId: p.id,
        field: 'excerpt',
        sentence,
        start: 0,
        end: sentence.length,
        rule: 'event.weekday-month-day-time-range',
      },
    ]);
  });

  it('reports a weekday that disagrees with the date and keeps the date as written', () => {
    const { events, issues } = extractEvents([
      post('Join our webinar on Tuesday, January 11, 2:00-3:00 p.m. ET.'),
    ]);
    expect(events.map((e) => e.start.date)).toEqual(['2017-01-11']);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'weekday-mismatch',
        severity: 'warning',
        path: 'posts[0].excerpt',
        index: 0,
        message: expect.stringContaining('says Tuesday but 2017-01-11 is a Wednesday'),
      }),
    ]);
  });

  it.each([
    ['hyphen', 'The iNACOL Symposium runs October 25-28.'],
    ['en dash', 'The iNACOL Symposium runs October 25–28.'],
    ['em dash and spaces', 'The iNACOL Symposium runs October 25 — 28.'],
    ['"through"', 'The iNACOL Symposium runs October 25 through 28.'],
  ])('reads a day range written with a %s', (_, sentence) => {
    const event = only([post(sentence, '2016-08-17')]);
    expect(event).toMatchObject({
      title: 'iNACOL Symposium',
      kind: 'conference',
      start: { date: '2016-10-25' },
      end: { date: '2016-10-28' },
      allDay: true,
      yearInferred: true,
    });
    expect(rules(event)).toEqual(['event.month-day-range']);
  });

  it('reads a range across months, and across the new year', () => {
    const autumn = only([post('The State Policy Summit is October 30-November 2.', '2016-08-01')]);
    expect([autumn.start, autumn.end, autumn.kind]).toEqual([
      { date: '2016-10-30' },
      { date: '2016-11-02' },
      'conference',
    ]);
    expect(rules(autumn)).toEqual(['event.month-day-to-month-day']);
    const winter = only([post('The Winter Convening runs December 30–January 2.', '2016-12-01')]);
    expect([winter.start.date, winter.end?.date]).toEqual(['2016-12-30', '2017-01-02']);
  });

  it('reads noon, borrowed meridiems and ranges past midnight', () => {
    const at = (text: string) => {
      const event = only([post(text, '2017-01-20')]);
      return [event.start.time, event.end?.date, event.end?.time, event.start.timeZone];
    };
    expect(at('The webinar is on February 2, noon-1 p.m. ET.')).toEqual([
      '12:00',
      '2017-02-02',
      '13:00',
      'America/New_York',
    ]);
    expect(at('The webinar is noon-1 p.m. ET on February 2.')).toEqual([
      '12:00',
      '2017-02-02',
      '13:00',
      'America/New_York',
    ]);
    expect(at('The webinar is on February 2, 11-1 p.m. PT.')).toEqual([
      '11:00',
      '2017-02-02',
      '13:00',
      'America/Los_Angeles',
    ]);
    expect(at('The webinar is on February 2, 10 a.m.-noon CT.')).toEqual([
      '10:00',
      '2017-02-02',
      '12:00',
      'America/Chicago',
    ]);
    expect(at('The reception is on February 2, 10 p.m.-1 a.m.')).toEqual([
      '22:00',
      '2017-02-03',
      '01:00',
      undefined,
    ]);
    expect(at('The webinar is on February 2 at 3:30 pm Eastern.')).toEqual([
      '15:30',
      undefined,
      undefined,
      'America/New_York',
    ]);
  });

  it.each([
    ['ET', 'America/New_York'],
    ['EST', 'America/New_York'],
    ['Eastern', 'America/New_York'],
    ['Eastern Time', 'America/New_York'],
    ['(ET)', 'America/New_York'],
    ['CT', 'America/Chicago'],
    ['Central', 'America/Chicago'],
    ['MT', 'America/Denver'],
    ['Mountain Time', 'America/Denver'],
    ['PT', 'America/Los_Angeles'],
    ['PST', 'America/Los_Angeles'],
    ['Pacific', 'America/Los_Angeles'],
    ['UTC', 'UTC'],
    ['GMT', 'UTC'],
  ])('maps the zone word %s to %s', (word, zone) => {
    const event = only([
      post(`Join the webinar on Wednesday, January 11, 2:00-3:00 p.m. ${word}.`),
    ]);
    expect(event.start).toEqual({ date: '2017-01-11', time: '14:00', timeZone: zone });
    expect(event.end).toEqual({ date: '2017-01-11', time: '15:00', timeZone: zone });
  });

  it('keeps "EST" in July as New York wall time and warns about the season', () => {
    const { events, issues } = extractEvents([
      post('Join the webinar on July 12, 2:00-3:00 p.m. EST.', '2017-06-01'),
    ]);
    expect(events[0]?.start).toEqual({
      date: '2017-07-12',
      time: '14:00',
      timeZone: 'America/New_York',
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'zone-season-mismatch',
        severity: 'warning',
        message: expect.stringContaining('kept 14:00 as America/New_York wall-clock time'),
      }),
    ]);
  });

  it('reads "On October 25th" as a single day', () => {
    const sentence =
      'On October 25th, a pre-conference workshop led by district leaders will share their approach.';
    const event = only([post(sentence, '2016-08-10')]);
    expect(event).toMatchObject({ kind: 'workshop', start: { date: '2016-10-25' }, allDay: true });
    expect(event.end).toBeUndefined();
    expect(event.evidence).toEqual([
      expect.objectContaining({ sentence, start: 0, rule: 'event.month-day' }),
    ]);
  });

  it('gives "the evening of" no invented time: all-day, with the part of day in the description', () => {
    const sentence =
      'Find us at the CompetencyWorks meet-up at the President’s Reception the evening of October 25.';
    const event = only([post(sentence, '2016-08-17')]);
    expect(event).toMatchObject({
      title: 'CompetencyWorks meet-up',
      kind: 'meetup',
      start: { date: '2016-10-25' },
      allDay: true,
      description: `Evening; no time announced. ${sentence}`,
    });
    expect(event.start.time).toBeUndefined();
    expect(rules(event)).toEqual(['event.evening-of-month-day']);
  });

  it.each([
    ['We need your help between now and September 1.', 'event.between-now-and-month-day'],
    ['Please vote for our panel by September 1.', 'event.by-month-day'],
    ['The deadline is September 1 for proposals.', 'event.deadline-month-day'],
  ])('reads a deadline from "%s"', (sentence, rule) => {
    const p = post(sentence, '2016-08-15', 'Vote for Pop Up Problems of Practice in CBE');
    const event = only([p]);
    expect(event).toMatchObject({
      id: '2016-09-01-vote-for-pop-up-problems-of-practice-in-cbe',
      title: 'Vote for Pop Up Problems of Practice in CBE',
      kind: 'deadline',
      start: { date: '2016-09-01' },
      allDay: true,
      yearInferred: true,
      attendanceMode: 'unknown',
    });
    expect(rules(event)).toEqual([rule]);
  });

  it('keeps a written year and does not mark it inferred', () => {
    const event = only([post('The iNACOL Symposium is October 25-28, 2017.', '2016-12-01')]);
    expect(event).toMatchObject({
      start: { date: '2017-10-25' },
      end: { date: '2017-10-28' },
      yearInferred: false,
    });
    expect(rules(event)).toEqual(['event.month-day-year-range']);
  });

  it('reads two dates in one sentence, each with the kind word nearest to it', () => {
    const { events } = extractEvents([
      post('The workshop is on October 24 and the Fall Summit runs October 25-27.', '2016-08-01'),
    ]);
    expect(events.map((e) => [e.kind, e.start.date, e.end?.date])).toEqual([
      ['workshop', '2016-10-24', undefined],
      ['conference', '2016-10-25', '2016-10-27'],
    ]);
  });

  it('reports a day that does not exist and a yearless date in an undated post', () => {
    const bad = extractEvents([post('The webinar is on February 30.', '2017-01-05')]);
    expect(bad.events).toEqual([]);
    expect(bad.issues.map((i) => i.code)).toEqual(['invalid-date']);
    const undated = extractEvents([post('The webinar is on February 3.', null)]);
    expect(undated.events).toEqual([]);
    expect(undated.issues.map((i) => i.code)).toEqual(['year-unknown']);
  });

  it('reads a yearless date in the past tense shortly after it as past, so not an event', () => {
    expect(
      extractEvents([post('The symposium was held on October 25.', '2016-11-02')]).events,
    ).toEqual([]);
    expect(
      extractEvents([post('Thanks to all who came to the meet-up on October 25.', '2016-11-02')])
        .events,
    ).toEqual([]);
  });
});

describe('extractEvents: kinds, names, people and places', () => {
  it.each([
    ['Join our webinar on March 2.', 'webinar', 'online'],
    ['Join us at the Spring Symposium on March 2.', 'conference', 'unknown'],
    ['The state conference is on March 2.', 'conference', 'unknown'],
    ['A workshop is on March 2.', 'workshop', 'unknown'],
    ['The pre-conference is on March 2.', 'workshop', 'unknown'],
    ['Come to the meet-up on March 2.', 'meetup', 'unknown'],
    ['Come to the meetup on March 2.', 'meetup', 'unknown'],
    ['Come to the reception on March 2.', 'meetup', 'unknown'],
    ['Our session is on March 2.', 'other', 'unknown'],
    ['Voting closes March 2.', 'deadline', 'unknown'],
  ])('"%s" is a %s', (sentence, kind, attendanceMode) => {
    expect(only([post(sentence, '2017-01-20')])).toMatchObject({ kind, attendanceMode });
  });

  it('makes no event from a dated sentence that announces nothing', () => {
    expect(
      extractEvents([post('Schools reopen on March 2 after the storm.', '2017-01-20')]).events,
    ).toEqual([]);
  });

  it('reads presenters (names only), capacity and the session title line under an announcement', () => {
    const text = [
      'On October 25th, a pre-conference workshop led by district leaders will share their approach.',
      '',
      'Putting It All Together: How to Create a Personalized System of Education (Capacity: 60)',
      'Dr. Kristen Brittingham, Charleston County School District',
      'Rebecca Mestaz, Marzano Research',
      '',
      'Presenters: Paul Leather, New Hampshire Department of Education; David Ruff, Great Schools Partnership; Chris Sturgis, MetisNet, CompetencyWorks.',
    ].join('\n');
    const event = only([post(text, '2016-08-10')]);
    expect(event).toMatchObject({
      title: 'Putting It All Together: How to Create a Personalized System of Education',
      capacity: 60,
      presenters: [
        { name: 'Dr. Kristen Brittingham' },
        { name: 'Rebecca Mestaz' },
        { name: 'Paul Leather' },
        { name: 'David Ruff' },
        { name: 'Chris Sturgis' },
      ],
    });
    expect(rules(event)).toEqual([
      'event.month-day',
      'event.capacity-title-line',
      'event.session-presenter-line',
      'event.session-presenter-line',
      'event.presenters-list',
    ]);
  });

  it('takes the registration URL from a "register here" link in HTML content', () => {
    const p = post('', '2016-12-19', 'Webinar: Advancing Competency Education', {
      contentHtml:
        '<p>Join the webinar on Wednesday, January 11, 2:00-3:00 p.m. ET.</p><p>Space is limited, so <a href="https://example.org/register?id=7">register here</a>.</p><p>See <a href="https://example.org/report">the report</a>.</p>',
    });
    const event = only([p]);
    expect(event.registrationUrl).toBe('https://example.org/register?id=7');
    expect(event.evidence.map((e) => [e.field, e.rule, e.sentence])).toEqual([
      ['title', 'event.title-after-kind-colon', 'Webinar: Advancing Competency Education'],
      [
        'content',
        'event.weekday-month-day-time-range',
        'Join the webinar on Wednesday, January 11, 2:00-3:00 p.m. ET.',
      ],
      ['content', 'event.register-here-link', 'Space is limited, so register here.'],
    ]);
  });

  it('reads a date whose month is marked up apart from its period, in a post with a plain title', () => {
    // The body is read only when its HTML may hold a date; "<strong>Jan</strong>. 11" must count.
    const p = post('', '2016-12-19', 'News from the network', {
      contentHtml:
        '<p>CompetencyWorks is hosting a webinar on <strong>Jan</strong>. 11, 2:00-3:00 p.m. ET.</p>',
    });
    expect(only([p]).start).toEqual({
      date: '2017-01-11',
      time: '14:00',
      timeZone: 'America/New_York',
    });
  });

  it('has no registration URL when the text has no links (archive text)', () => {
    expect(
      only([post('Join the webinar on January 11. Register here.')]).registrationUrl,
    ).toBeUndefined();
  });

  it('takes the place from "<Place> Here We Come" in the title and from "in <Place>" after the name', () => {
    const fromTitle = only([
      post(
        'The iNACOL Symposium is on October 25-28.',
        '2016-08-17',
        'San Antonio Here We Come: Competency Ed at the iNACOL Symposium',
      ),
    ]);
    expect(fromTitle).toMatchObject({
      location: { name: 'San Antonio' },
      attendanceMode: 'offline',
    });
    expect(rules(fromTitle)).toEqual(['event.location-from-title', 'event.month-day-range']);
    const inline = only([
      post('The iNACOL Symposium in Orlando, FL runs October 25-28.', '2016-08-17'),
    ]);
    expect(inline.location).toEqual({ name: 'Orlando, FL' });
    const online = only([post('Our webinar on leadership in New England is on January 11.')]);
    expect(online.location).toBeUndefined();
  });
});

describe('extractEvents: untitled posts', () => {
  function untitled(excerpt: string): Post {
    const { title: _, ...rest } = post(excerpt);
    return rest;
  }

  it('names an event an untitled post announces by the sentence, else by its kind', () => {
    const named = untitled(
      'Join the Leadership webinar on Wednesday, January 11, 2:00-3:00 p.m. ET.',
    );
    expect(only([named]).title).toBe('Leadership webinar');
    const unnamed = untitled('Join our webinar on Wednesday, January 11, 2:00-3:00 p.m. ET.');
    const event = only([unnamed]);
    expect(event).toMatchObject({ title: 'Webinar', kind: 'webinar', sourcePostId: unnamed.id });
    expect(event.evidence.every((e) => e.field === 'excerpt')).toBe(true);
  });
});

describe('extractEvents: one event per real event', () => {
  it('merges the same event announced in two posts into one with both sentences as evidence', () => {
    const first = post('Save the date: the iNACOL Symposium is October 25-28.', '2016-06-01');
    const second = post('See you at the iNACOL Symposium on October 25–28!', '2016-08-17');
    const event = only([second, first]);
    expect(event.sourcePostId).toBe(first.id);
    expect(event.evidence.map((e) => e.postId)).toEqual([first.id, second.id]);
  });

  it('keeps different events on the same day apart and links a workshop to its symposium', () => {
    const { events, issues } = extractEvents([
      post(
        'Are you going to the iNACOL Symposium in October? On October 25th, a pre-conference workshop will run all day.',
        '2016-08-10',
        'Curious?',
      ),
      post(
        'See you at the iNACOL Symposium on October 25-28. Find us at the CompetencyWorks meet-up the evening of October 25.',
        '2016-08-17',
      ),
    ]);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.id, e.kind, e.parentEventId])).toEqual([
      ['2016-10-25-inacol-symposium', 'conference', undefined],
      ['2016-10-25-competencyworks-meet-up', 'meetup', '2016-10-25-inacol-symposium'],
      ['2016-10-25-curious', 'workshop', '2016-10-25-inacol-symposium'],
    ]);
    expect(events[0]?.evidence.map((e) => e.rule)).toEqual([
      'event.mention-by-name',
      'event.month-day-range',
    ]);
  });

  it('finds a conference named with a no-break or a zero-width space inside its name', () => {
    for (const name of ['iNACOL\u00A0Symposium', 'iNACOL Sym\u200Bposium']) {
      const { events } = extractEvents([
        post(`Are you going to the ${name} in October?`, '2016-08-10', 'Curious?'),
        post('See you at the iNACOL Symposium on October 25-28.', '2016-08-17'),
      ]);
      expect(
        events.map((e) => e.evidence.map((x) => x.rule)),
        name,
      ).toEqual([['event.mention-by-name', 'event.month-day-range']]);
    }
  });

  it('does not link a workshop to a conference its posts never name', () => {
    const { events } = extractEvents([
      post('The Fall Summit is October 25-28.', '2016-08-10'),
      post('Our district workshop is on October 26.', '2016-08-11'),
    ]);
    expect(events.find((e) => e.kind === 'workshop')?.parentEventId).toBeUndefined();
  });

  it('gives stable ids and reports two different events with the same id', () => {
    const posts = [
      post('Join our webinar on March 2 at 1 p.m. ET.', '2017-01-20', 'Webinar: Policy Update'),
      post('Join our webinar on March 2 at 4 p.m. ET.', '2017-01-21', 'Webinar: Policy Update'),
    ];
    const first = extractEvents(posts);
    expect(first.events.map((e) => e.id)).toEqual([
      '2017-03-02-policy-update',
      '2017-03-02-policy-update-2',
    ]);
    expect(first.issues.map((i) => i.code)).toEqual(['duplicate-event-id']);
    expect(extractEvents(posts).events).toEqual(first.events);
  });

  it('validates every event against EventSchema', () => {
    const { events } = extractEvents([
      post('Join our webinar on March 2, 1-2 p.m. ET.', '2017-01-20'),
    ]);
    expect(events[0]?.allDay).toBe(false);
    expect(events[0]?.evidence.length).toBeGreaterThan(0);
  });
});

describe('extractEvents: no false events', () => {
  it.each([
    [
      'a phone number',
      'Donations may be made in Diane’s honor by visiting or calling 541-979-2773.',
      '2016-12-09',
    ],
    ['obituary life dates', 'Diane Smith, Jan. 28, 1950 – Nov. 30, 2016', '2016-12-09'],
    ['life dates in an undated post', 'Diane Smith, Jan. 28, 1950 – Nov. 30, 2016', null],
    [
      'K-12',
      'CompetencyWorks is a resource about competency education in the K-12 education system.',
      '2016-12-09',
    ],
    [
      'a statistic with a year',
      'According to one study, 40% of America’s workforce will be self-employed by 2020.',
      '2016-08-18',
    ],
    [
      'a statistic with a day',
      'Experts say 40% of workers will be self-employed by September 1, 2030.',
      '2016-08-18',
    ],
    [
      '"in its seventh year"',
      'Chugach received the award in its seventh year after creating a performance-based system.',
      '2016-12-20',
    ],
    [
      'an origin note',
      'This post originally appeared at Getting Smart on July 25, 2016.',
      '2016-08-18',
    ],
    [
      'an origin note dated after the post',
      'This post originally appeared at Getting Smart on July 25, 2016.',
      '2016-07-01',
    ],
    ['a screenshot caption', 'Screenshot 2016-08-15 10.49.52', '2016-08-15'],
    ['a post date line', 'December 19, 2016 by\n\nJoin our webinar.', '2016-12-19'],
    ['a month without a day', 'The school will open this coming September.', '2016-08-11'],
    [
      '"last fall"',
      'Last fall, Amanda presented at the iNACOL symposium on October 25.',
      '2016-08-18',
    ],
  ])('from %s', (_, text, published) => {
    expect(extractEvents([post(text, published)])).toEqual({ events: [], issues: [] });
  });

  it('from "(Part 3)" in a title', () => {
    expect(
      extractEvents([
        post('Read Part 1 and Part 2', null, 'Rethinking the Achievement Gap (Part 3)'),
      ]),
    ).toEqual({ events: [], issues: [] });
  });
});

describe('extractEvents: dates far from the post are never dropped silently', () => {
  it('keeps a date more than a year after the post, with a warning that says why it is doubtful', () => {
    const { events, issues } = extractEvents([
      post('The webinar will take place on 12 March 2019.', '2017-11-01'),
    ]);
    expect(events.map((e) => e.start.date)).toEqual(['2019-03-12']);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'date-far-from-post',
        severity: 'warning',
        message: expect.stringContaining('496 days after the post; the event was kept'),
      }),
    ]);
  });

  it('reports a yearless date read as just past when its next occurrence is most of a year away', () => {
    const { events, issues } = extractEvents([
      post('The webinar is on December 10 at 2 p.m. ET.', '2016-12-19'),
    ]);
    expect(events).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'date-far-from-post',
        message: expect.stringContaining(
          'was read as 2016-12-10, before the post, so no event was made; its next occurrence, 2017-12-10, is 356 days after the post',
        ),
      }),
    ]);
  });
});
