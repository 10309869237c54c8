import { describe, expect, test } from 'vitest';
import type { Event } from './event';
import { outlookCalendarUrl } from './outlookCalendarUrl';

// From archive-2016-12.txt: "... on Wednesday, January 11, 2:00-3:00 p.m. ET."
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

const params = (url: string) => new URL(url).searchParams;

describe('outlookCalendarUrl', () => {
  test('links the January 11 webinar with UTC instants computed through its zone', () => {
    const url = outlookCalendarUrl(webinar);
    expect(
      url.startsWith(
        'https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&',
      ),
    ).toBe(true);
    const p = params(url);
    expect(p.get('subject')).toBe('Advancing Competency Education in New England');
    expect(p.get('startdt')).toBe('2017-01-11T19:00:00Z');
    expect(p.get('enddt')).toBe('2017-01-11T20:00:00Z');
    expect(p.get('allday')).toBe('false');
    expect(p.get('body')).toBe('Presenters: Paul Leather, David Ruff, Chris Sturgis');
    expect(p.get('location')).toBe('Online');
  });

  test('uses daylight time in summer', () => {
    const p = params(
      outlookCalendarUrl({
        ...webinar,
        start: { date: '2017-06-14', time: '14:00', timeZone: 'America/New_York' },
        end: { date: '2017-06-14', time: '15:30', timeZone: 'America/New_York' },
      }),
    );
    expect([p.get('startdt'), p.get('enddt')]).toEqual([
      '2017-06-14T18:00:00Z',
      '2017-06-14T19:30:00Z',
    ]);
  });

  test('links an all-day event with dates, an exclusive end and allday=true', () => {
    const p = params(
      outlookCalendarUrl({
        ...webinar,
        start: { date: '2016-10-25' },
        end: { date: '2016-10-28' },
        allDay: true,
      }),
    );
    expect([p.get('startdt'), p.get('enddt'), p.get('allday')]).toEqual([
      '2016-10-25',
      '2016-10-29',
      'true',
    ]);
  });

  test('gives a timed event without an end one hour, and floating times no Z', () => {
    const open: Event = { ...webinar, start: { date: '2017-01-11', time: '14:00' } };
    delete open.end;
    const p = params(outlookCalendarUrl(open));
    expect([p.get('startdt'), p.get('enddt')]).toEqual([
      '2017-01-11T14:00:00',
      '2017-01-11T15:00:00',
    ]);
  });

  test('targets Microsoft 365 when asked', () => {
    expect(outlookCalendarUrl(webinar, { host: 'outlook.office.com' })).toMatch(
      /^https:\/\/outlook\.office\.com\/calendar\/0\/deeplink\/compose\?/,
    );
  });
});
