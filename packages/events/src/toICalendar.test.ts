import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Event } from './event';
import { toICalendar } from './toICalendar';

const NOW = '2016-12-19T09:05:00Z';

/** Control characters TEXT cannot hold (all but tab, CR and LF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: what the test strips.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

// From archive-2016-12.txt: "CompetencyWorks is hosting a Leadership webinar on advancing
// competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET. ...
// Presenters: Paul Leather, ...; David Ruff, ...; Chris Sturgis, ..."
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

// From archive-2016-08.txt: "the iNACOL Symposium on October 25-28" ("San Antonio Here We Come").
const symposium: Event = {
  id: '2016-10-25-inacol-symposium',
  title: 'iNACOL Symposium',
  kind: 'conference',
  start: { date: '2016-10-25', timeZone: 'America/Chicago' },
  end: { date: '2016-10-28', timeZone: 'America/Chicago' },
  allDay: true,
  yearInferred: true,
  attendanceMode: 'offline',
  location: { name: 'San Antonio', address: 'San Antonio, TX' },
  presenters: [],
  status: 'scheduled',
  sourcePostId: 'cw-2016-08-san-antonio-here-we-come-competency-ed-at-the-inacol-symposium',
  evidence: [],
};

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

function events(ics: string) {
  return parse(ics)
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
}

/** The physical lines, each with its CRLF removed; fails if a bare CR or LF is left. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines;
}

/** The content lines, unfolded as RFC 5545 3.1 says. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

describe('toICalendar', () => {
  test('writes a VCALENDAR with version, product, scale and name, in CRLF lines', () => {
    const ics = toICalendar(webinar, { now: NOW, name: 'CompetencyWorks events, 2017' });
    const lines = physicalLines(ics);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//CompetencyWorks//Content Kit//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain('X-WR-CALNAME:CompetencyWorks events\\, 2017');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  test('writes the event fields a calendar shows', () => {
    const ics = toICalendar(
      {
        ...webinar,
        registrationUrl: 'https://example.org/register?id=1,2',
        description: 'Findings.',
      },
      { now: NOW },
    );
    const [event] = events(ics);
    expect(event?.uid).toBe(
      '2017-01-11-advancing-competency-education-in-new-england@competencyworks.org',
    );
    expect(event?.summary).toBe('Advancing Competency Education in New England');
    expect(event?.description).toBe(
      'Findings.\n\nPresenters: Paul Leather, David Ruff, Chris Sturgis\n\nRegister: https://example.org/register?id=1,2',
    );
    expect(event?.location).toBe('Online');
    expect(event?.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/register?id=1,2',
    );
    expect(event?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(contentLines(ics)).toContain('DTSTART;TZID=America/New_York:20170111T140000');
    expect(contentLines(ics)).toContain('DTEND;TZID=America/New_York:20170111T150000');
  });

  test('makes UIDs from the event id and a domain, the same on every run', () => {
    const first = toICalendar(webinar, { now: NOW, domain: 'example.org' });
    const second = toICalendar(webinar, { now: '2020-01-01T00:00:00Z', domain: 'example.org' });
    expect(events(first)[0]?.uid).toBe(`${webinar.id}@example.org`);
    expect(events(second)[0]?.uid).toBe(events(first)[0]?.uid);
  });

  test('stamps DTSTAMP from options.now, a Date or an instant, in UTC', () => {
    expect(contentLines(toICalendar(webinar, { now: NOW }))).toContain('DTSTAMP:20161219T090500Z');
    expect(
      contentLines(toICalendar(webinar, { now: new Date('2016-12-19T04:05:00-05:00') })),
    ).toContain('DTSTAMP:20161219T090500Z');
    expect(() => toICalendar(webinar, { now: 'yesterday' })).toThrow(/invalid "now"/);
  });

  test('stamps the current time when no now is given', () => {
    const before = Date.now() - 1000;
    const stamp = events(toICalendar(webinar))[0]?.component.getFirstPropertyValue('dtstamp');
    const ms = stamp instanceof ICAL.Time ? stamp.toJSDate().getTime() : Number.NaN;
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1000);
  });

  test('writes an all-day multi-day event as dates with an exclusive end, and no VTIMEZONE', () => {
    const ics = toICalendar(symposium, { now: NOW });
    expect(contentLines(ics)).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20161025', 'DTEND;VALUE=DATE:20161029']),
    );
    expect(ics).not.toContain('VTIMEZONE');
    const [event] = events(ics);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2016-10-25');
    expect(event?.endDate.toString()).toBe('2016-10-29');
    expect(event?.location).toBe('San Antonio, San Antonio, TX');
  });

  test('gives a one-day all-day event (a deadline) the next day as its end', () => {
    const deadline: Event = {
      ...symposium,
      id: '2016-09-01-deadline',
      kind: 'deadline',
      start: { date: '2016-09-01' },
    };
    delete deadline.end;
    const [event] = events(toICalendar(deadline, { now: NOW }));
    expect(event?.startDate.toString()).toBe('2016-09-01');
    expect(event?.endDate.toString()).toBe('2016-09-02');
  });

  test('treats an event marked allDay as all-day even if a time slipped in', () => {
    const ics = toICalendar(
      { ...symposium, start: { date: '2016-10-25', time: '09:00' } },
      { now: NOW },
    );
    expect(contentLines(ics)).toContain('DTSTART;VALUE=DATE:20161025');
  });

  test('writes a UTC event with Z and no VTIMEZONE', () => {
    const utc: Event = {
      ...webinar,
      start: { date: '2017-01-11', time: '19:00', timeZone: 'UTC' },
      end: { date: '2017-01-11', time: '20:00', timeZone: 'Etc/UTC' },
    };
    const ics = toICalendar(utc, { now: NOW });
    expect(contentLines(ics)).toEqual(
      expect.arrayContaining(['DTSTART:20170111T190000Z', 'DTEND:20170111T200000Z']),
    );
    expect(ics).not.toContain('VTIMEZONE');
  });

  test('writes a time without a zone as floating local time', () => {
    const floating: Event = {
      ...webinar,
      start: { date: '2017-01-11', time: '14:00' },
      end: { date: '2017-01-11', time: '15:30:15' },
    };
    const ics = toICalendar(floating, { now: NOW });
    expect(contentLines(ics)).toEqual(
      expect.arrayContaining(['DTSTART:20170111T140000', 'DTEND:20170111T153015']),
    );
    expect(ics).not.toContain('VTIMEZONE');
    expect(events(ics)[0]?.startDate.zone?.tzid).toBe('floating');
  });

  test('gives a timed event without an end a one-hour DURATION', () => {
    const open: Event = { ...webinar };
    delete open.end;
    const ics = toICalendar(open, { now: NOW });
    expect(contentLines(ics)).toContain('DURATION:PT1H');
    expect(ics).not.toContain('DTEND');
    const [event] = events(ics);
    expect(event?.endDate.toJSDate().toISOString()).toBe('2017-01-11T20:00:00.000Z');
  });

  test('ends a timed event whose end has only a date at midnight after that day', () => {
    const workshop: Event = {
      ...webinar,
      start: { date: '2016-10-25', time: '09:00', timeZone: 'America/Chicago' },
      end: { date: '2016-10-26' },
    };
    expect(contentLines(toICalendar(workshop, { now: NOW }))).toContain(
      'DTEND;TZID=America/Chicago:20161027T000000',
    );
  });

  test('maps the status: cancelled, postponed, rescheduled', () => {
    const status = (s: Event['status']) =>
      events(
        toICalendar({ ...webinar, status: s }, { now: NOW }),
      )[0]?.component.getFirstPropertyValue('status');
    expect(status('cancelled')).toBe('CANCELLED');
    expect(status('postponed')).toBe('TENTATIVE');
    expect(status('rescheduled')).toBe('CONFIRMED');
  });

  test('writes one VTIMEZONE per zone, however many events use it', () => {
    const second: Event = {
      ...webinar,
      id: 'second',
      start: { date: '2017-02-11', time: '14:00', timeZone: 'America/New_York' },
      end: { date: '2017-02-11', time: '15:00', timeZone: 'America/Chicago' },
    };
    const ics = toICalendar([webinar, second, symposium], { now: NOW });
    const zones = parse(ics)
      .getAllSubcomponents('vtimezone')
      .map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['America/Chicago', 'America/New_York']);
    expect(events(ics)).toHaveLength(3);
  });

  test('writes an empty calendar for no events', () => {
    expect(toICalendar([], { now: NOW })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CompetencyWorks//Content Kit//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });

  test('rejects a zone the runtime does not know', () => {
    expect(() =>
      toICalendar(
        { ...webinar, start: { date: '2017-01-11', time: '14:00', timeZone: 'Mars/Olympus' } },
        { now: NOW },
      ),
    ).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
});

describe('toICalendar text', () => {
  test('escapes backslash, semicolon, comma and newlines, and a parser reads them back', () => {
    const title = 'C:\\path; one, two\nthree\r\nfour\rfive';
    const ics = toICalendar({ ...webinar, title }, { now: NOW });
    expect(contentLines(ics)).toContain('SUMMARY:C:\\\\path\\; one\\, two\\nthree\\nfour\\nfive');
    expect(events(ics)[0]?.summary).toBe('C:\\path; one, two\nthree\nfour\nfive');
  });

  test('drops control characters TEXT cannot hold, keeps tabs', () => {
    const ics = toICalendar({ ...webinar, title: 'a\u0000b\u0007c\td\u007f' }, { now: NOW });
    expect(events(ics)[0]?.summary).toBe('abc\td');
  });

  test('folds at 75 octets without splitting a UTF-8 sequence or an escape', () => {
    // Every alignment of a 4-octet emoji, a 2-octet letter and an escape against the fold.
    for (let pad = 0; pad < 12; pad++) {
      const title = `${'x'.repeat(pad)}${'é😀,\\;'.repeat(30)} Résumé`;
      const ics = toICalendar({ ...webinar, title }, { now: NOW });
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const encoder = new TextEncoder();
      const lines = physicalLines(ics);
      for (const [i, line] of lines.entries()) {
        const octets = encoder.encode(line);
        expect(octets.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(octets)).not.toThrow();
        // A folded line never ends inside an escape: an odd run of trailing backslashes.
        if (lines[i + 1]?.startsWith(' ')) {
          expect((/\\*$/.exec(line)?.[0].length ?? 0) % 2).toBe(0);
        }
      }
      expect(events(ics)[0]?.summary).toBe(title);
    }
  });

  test('fills folded lines to 75 octets, continuations to 74 after their space', () => {
    const ics = toICalendar({ ...webinar, title: 'a'.repeat(200) }, { now: NOW });
    const lines = physicalLines(ics);
    const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    // 'SUMMARY:' and 200 letters are 208 octets: 75, then 1 + 74, then 1 + 59.
    expect(lines.slice(start, start + 3).map((l) => l.length)).toEqual([75, 75, 60]);
    expect(lines[start + 3]).toMatch(/^[A-Z]/);
  });

  test('round-trips any text through a real parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        // TEXT cannot hold control characters other than tab and newlines; newlines come back as LF.
        const expected = raw.replace(NOT_TEXT, '').replace(/\r\n|\r/g, '\n');
        // Lone surrogates are not text; the parser cannot get them back either.
        fc.pre(!/\p{Cs}/u.test(expected));
        const ics = toICalendar(
          { ...symposium, description: raw, location: { name: raw } },
          { now: NOW },
        );
        for (const line of physicalLines(ics)) {
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        }
        const [event] = events(ics);
        expect(event?.description ?? '').toBe(expected);
        expect(event?.location ?? '').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
