import type { Post } from '@competencyworks/posts';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { extractEvents } from './extractEvents';

// Runs under UTC, America/Los_Angeles and Asia/Kolkata: nothing here may depend on the machine's zone.

let counter = 0;
function post(excerpt: string, published: string): Post {
  counter += 1;
  return {
    id: `p${counter}`,
    title: 'News',
    published,
    authors: [],
    excerpt,
    categories: [],
    tags: [],
    origin: [],
    source: { format: 'archive-text' },
  };
}

/** The instant a wall-clock time in a zone names, through the zone database. */
function instant(date: string, time: string, zone: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new TZDate(y, m - 1, d, hh, mm, zone).getTime();
}

describe(`extractEvents in the machine zone ${process.env.TZ}`, () => {
  it('reads "Wednesday, January 11, 2:00-3:00 p.m. ET" as 19:00-20:00 UTC', () => {
    const { events } = extractEvents([
      post('Join our webinar on Wednesday, January 11, 2:00-3:00 p.m. ET.', '2016-12-19'),
    ]);
    const [event] = events;
    expect(event?.start).toEqual({
      date: '2017-01-11',
      time: '14:00',
      timeZone: 'America/New_York',
    });
    expect(instant('2017-01-11', '14:00', 'America/New_York')).toBe(Date.UTC(2017, 0, 11, 19));
    expect(instant('2017-01-11', '15:00', 'America/New_York')).toBe(Date.UTC(2017, 0, 11, 20));
  });

  it('lets the zone database pick the offset: ET in July is EDT, four hours behind UTC', () => {
    const { events, issues } = extractEvents([
      post('Join our webinar on July 12, 2:00-3:00 p.m. ET.', '2017-06-01'),
    ]);
    expect(issues).toEqual([]);
    const start = events[0]?.start;
    expect(start).toEqual({ date: '2017-07-12', time: '14:00', timeZone: 'America/New_York' });
    expect(instant('2017-07-12', '14:00', 'America/New_York')).toBe(Date.UTC(2017, 6, 12, 18));
  });

  it('keeps "EST" in July as the wall time announced, with a warning; "EDT" in July and "EST" in January are fine', () => {
    const july = extractEvents([post('Join our webinar on July 12, 2 p.m. EST.', '2017-06-01')]);
    expect(july.events[0]?.start).toEqual({
      date: '2017-07-12',
      time: '14:00',
      timeZone: 'America/New_York',
    });
    expect(july.issues.map((i) => i.code)).toEqual(['zone-season-mismatch']);
    expect(
      extractEvents([post('Join our webinar on July 12, 2 p.m. EDT.', '2017-06-01')]).issues,
    ).toEqual([]);
    expect(
      extractEvents([post('Join our webinar on January 12, 2 p.m. EST.', '2016-12-01')]).issues,
    ).toEqual([]);
    const january = extractEvents([
      post('Join our webinar on January 12, 2 p.m. PDT.', '2016-12-01'),
    ]);
    expect(january.issues.map((i) => i.code)).toEqual(['zone-season-mismatch']);
  });

  it('keeps wall times that fall in a daylight-saving gap or overlap as written', () => {
    const { events, issues } = extractEvents([
      post('The webinar is on Sunday, March 12, 2:30-3:30 a.m. ET.', '2017-03-01'),
      post('The webinar is on Sunday, November 6, 1:30-2:30 a.m. ET.', '2016-11-01'),
    ]);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.start.date, e.start.time, e.end?.time])).toEqual([
      ['2016-11-06', '01:30', '02:30'],
      ['2017-03-12', '02:30', '03:30'],
    ]);
  });

  it('infers the year from the post’s own calendar date, not the machine’s', () => {
    // 23:30 in New York on December 31 is already January 1 in UTC and in Kolkata.
    const lateNight = extractEvents([
      post('Join our webinar on January 1.', '2016-12-31T23:30:00-05:00'),
      post('Join our webinar on December 31.', '2016-12-31T23:30:00-05:00'),
    ]);
    expect(lateNight.events.map((e) => e.start.date)).toEqual(['2016-12-31', '2017-01-01']);
    expect(lateNight.events.every((e) => e.yearInferred)).toBe(true);
  });
});
