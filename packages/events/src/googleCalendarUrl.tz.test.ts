import { describe, expect, test } from 'vitest';
import type { Event } from './event';
import { googleCalendarUrl } from './googleCalendarUrl';

// From archive-2016-12.txt: "... on Wednesday, January 11, 2:00-3:00 p.m. ET. ... Presenters:
// Paul Leather, ...; David Ruff, ...; Chris Sturgis, ..."
const webinar: Event = {
  id: '2017-01-11-advancing-competency-education-in-new-england',
  title: 'Advancing Competency Education in New England',
  kind: 'webinar',
  start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
  end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
  allDay: false,
  yearInferred: true,
  attendanceMode: 'online',
  presenters: [{ name: 'Paul Leather' }, { name: 'David Ruff' }, { name: 'Chris Sturgis' }],
  status: 'scheduled',
  sourcePostId: 'cw-2016-12-19-january-11th-webinar-advancing-competency-education-in-new-england',
  evidence: [],
};

// From archive-2016-08.txt: "the iNACOL Symposium on October 25-28" in San Antonio.
const symposium: Event = {
  ...webinar,
  id: '2016-10-25-inacol-symposium',
  title: 'iNACOL Symposium',
  kind: 'conference',
  start: { date: '2016-10-25', timeZone: 'America/Chicago' },
  end: { date: '2016-10-28', timeZone: 'America/Chicago' },
  allDay: true,
  attendanceMode: 'offline',
  location: { name: 'Henry B. González Convention Center', address: 'San Antonio, TX' },
  presenters: [],
};

const params = (url: string) => new URL(url).searchParams;

describe('googleCalendarUrl', () => {
  test('links the January 11 webinar with wall times in its zone', () => {
    const url = googleCalendarUrl({ ...webinar, registrationUrl: 'https://example.org/r?a=1&b=2' });
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&')).toBe(
      true,
    );
    expect(url).toContain('&dates=20170111T140000/20170111T150000&ctz=America/New_York&');
    const p = params(url);
    expect(p.get('text')).toBe('Advancing Competency Education in New England');
    expect(p.get('details')).toBe(
      'Presenters: Paul Leather, David Ruff, Chris Sturgis\n\nRegister: https://example.org/r?a=1&b=2',
    );
    expect(p.get('location')).toBe('Online');
    expect([...p.keys()]).toEqual(['action', 'text', 'dates', 'ctz', 'details', 'location']);
  });

  test('links an all-day multi-day event with an exclusive end date and no ctz', () => {
    const p = params(googleCalendarUrl(symposium));
    expect(p.get('dates')).toBe('20161025/20161029');
    expect(p.has('ctz')).toBe(false);
    expect(p.get('location')).toBe('Henry B. González Convention Center, San Antonio, TX');
    expect(p.has('details')).toBe(false);
  });

  test('gives a timed event without an end one hour, across a DST change in wall time', () => {
    const open: Event = {
      ...webinar,
      start: { date: '2016-11-06', time: '00:30', timeZone: 'America/New_York' },
    };
    delete open.end;
    // 00:30 EDT plus one real hour is 01:30 EDT, the first of the two 01:30s: said in UTC.
    expect(params(googleCalendarUrl(open)).get('dates')).toBe('20161106T043000Z/20161106T053000Z');
    open.start = { date: '2017-06-14', time: '14:00', timeZone: 'America/New_York' };
    expect(params(googleCalendarUrl(open)).get('dates')).toBe('20170614T140000/20170614T150000');
  });

  test("converts an end in another zone to the start zone's clock", () => {
    const p = params(
      googleCalendarUrl({
        ...webinar,
        end: { date: '2017-01-11', time: '14:00', timeZone: 'America/Chicago' },
      }),
    );
    expect(p.get('dates')).toBe('20170111T140000/20170111T150000');
  });

  test('writes UTC events and ambiguous wall times as instants with Z', () => {
    const utc = params(
      googleCalendarUrl({
        ...webinar,
        start: { date: '2017-01-11', time: '19:00', timeZone: 'UTC' },
        end: { date: '2017-01-11', time: '20:00', timeZone: 'UTC' },
      }),
    );
    expect(utc.get('dates')).toBe('20170111T190000Z/20170111T200000Z');
    expect(utc.has('ctz')).toBe(false);
    const twice = params(
      googleCalendarUrl({
        ...webinar,
        start: { date: '2016-11-06', time: '01:30', timeZone: 'America/New_York' },
        end: { date: '2016-11-06', time: '03:00', timeZone: 'America/New_York' },
      }),
    );
    expect(twice.get('dates')).toBe('20161106T053000Z/20161106T080000Z');
    expect(twice.get('ctz')).toBe('America/New_York');
  });

  test("leaves floating times floating, for the reader's zone", () => {
    const p = params(
      googleCalendarUrl({
        ...webinar,
        start: { date: '2017-01-11', time: '14:00' },
        end: { date: '2017-01-11', time: '15:00' },
      }),
    );
    expect(p.get('dates')).toBe('20170111T140000/20170111T150000');
    expect(p.has('ctz')).toBe(false);
  });
});
