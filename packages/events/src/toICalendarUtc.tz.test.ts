import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Event, EventDateTime } from './event';
import { toICalendar } from './toICalendar';
import { toICalendarUtc } from './toICalendarUtc';

// Runs under TZ=UTC, America/Los_Angeles and Asia/Kolkata: the output must not depend on the
// machine's zone.

const NOW = '2016-12-19T09:05:00Z';

function event(id: string, start: EventDateTime, end?: EventDateTime, allDay = false): Event {
  return {
    id,
    title: `Title of ${id}`,
    kind: 'webinar',
    start,
    ...(end ? { end } : {}),
    allDay,
    yearInferred: false,
    attendanceMode: 'online',
    presenters: [{ name: 'Paul Leather' }, { name: 'Chris Sturgis' }],
    status: 'scheduled',
    sourcePostId: 'cw-post',
    evidence: [],
  };
}

const ny = (date: string, time?: string): EventDateTime => ({
  date,
  ...(time ? { time } : {}),
  timeZone: 'America/New_York',
});

// From archive-2016-12.txt: "Wednesday, January 11, 2:00-3:00 p.m. ET".
const webinar = event(
  '2017-01-11-advancing-competency-education-in-new-england',
  ny('2017-01-11', '14:00'),
  ny('2017-01-11', '15:00'),
);

/** Each event's start and end as ical.js, an independent parser, reads them. */
function instants(ics: string): Record<string, [string, string]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const out: Record<string, [string, string]> = {};
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const read = new ICAL.Event(vevent);
    out[read.uid] = [
      read.startDate.toJSDate().toISOString(),
      read.endDate.toJSDate().toISOString(),
    ];
  }
  return out;
}

describe('toICalendarUtc', () => {
  test('writes zoned times as UTC instants, without VTIMEZONE', () => {
    const ics = toICalendarUtc(webinar, { now: NOW });
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART:20170111T190000Z');
    expect(lines).toContain('DTEND:20170111T200000Z');
    expect(ics).not.toContain('VTIMEZONE');
    expect(ics).not.toContain('TZID');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//CompetencyWorks//Content Kit//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines).toContain('DTSTAMP:20161219T090500Z');
    expect(lines).toContain('DESCRIPTION:Presenters: Paul Leather\\, Chris Sturgis');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  test('every event reads at the same instants as the TZID calendar, in ical.js', () => {
    const list = [
      webinar,
      // Summer time, a one-hour default (no end), the day after a fall-back change, a skipped time.
      event('summer', ny('2016-07-20', '09:30'), ny('2016-07-20', '11:00')),
      event('no-end', ny('2016-12-01', '16:00')),
      event('overlap', ny('2016-11-06', '01:30'), ny('2016-11-06', '03:00')),
      event('gap', ny('2017-03-12', '02:30'), ny('2017-03-12', '04:00')),
      event(
        'kolkata',
        { date: '2016-09-05', time: '18:00', timeZone: 'Asia/Kolkata' },
        { date: '2016-09-05', time: '19:30', timeZone: 'Asia/Kolkata' },
      ),
    ];
    const utc = instants(toICalendarUtc(list, { now: NOW }));
    expect(utc).toEqual(instants(toICalendar(list, { now: NOW })));
    expect(utc['summer@competencyworks.org']).toEqual([
      '2016-07-20T13:30:00.000Z',
      '2016-07-20T15:00:00.000Z',
    ]);
    expect(utc['gap@competencyworks.org']?.[0]).toBe('2017-03-12T07:30:00.000Z');
    expect(toICalendarUtc(list[2] as Event, { now: NOW })).toContain('DURATION:PT1H');
  });

  test('all-day and floating events are written as toICalendar writes them', () => {
    const symposium = event('symposium', ny('2016-10-25'), ny('2016-10-28'), true);
    const floating = event(
      'floating',
      { date: '2016-10-01', time: '10:00' },
      { date: '2016-10-01', time: '12:00' },
    );
    const ics = toICalendarUtc([symposium, floating], { now: NOW, name: 'Events' });
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20161025');
    expect(lines).toContain('DTEND;VALUE=DATE:20161029');
    expect(lines).toContain('DTSTART:20161001T100000');
    expect(lines).toContain('DTEND:20161001T120000');
    expect(lines).toContain('X-WR-CALNAME:Events');
    expect(ics).toBe(toICalendar([symposium, floating], { now: NOW, name: 'Events' }));
  });

  test('rejects an invalid "now" like toICalendar', () => {
    expect(() => toICalendarUtc(webinar, { now: 'yesterday' })).toThrow(/invalid "now"/);
  });
});
