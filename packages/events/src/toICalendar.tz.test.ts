import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Event, EventDateTime } from './event';
import { eventToJsonLd } from './eventToJsonLd';
import { googleCalendarUrl } from './googleCalendarUrl';
import { outlookCalendarUrl } from './outlookCalendarUrl';
import { toICalendar } from './toICalendar';

// These run under TZ=UTC, America/Los_Angeles and Asia/Kolkata: every instant below must come
// out the same whatever the machine's zone.

const NOW = '2016-12-19T09:05:00Z';

function timed(id: string, start: EventDateTime, end?: EventDateTime): Event {
  return {
    id,
    title: id,
    kind: 'webinar',
    start,
    ...(end ? { end } : {}),
    allDay: false,
    yearInferred: false,
    attendanceMode: 'online',
    presenters: [],
    status: 'scheduled',
    sourcePostId: 'cw-post',
    evidence: [],
  };
}

const ny = (date: string, time: string): EventDateTime => ({
  date,
  time,
  timeZone: 'America/New_York',
});

/** Each event's start and end instants as ical.js, an independent parser, reads them. */
function instants(ics: string): Record<string, [string, string]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const result: Record<string, [string, string]> = {};
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    result[event.uid.split('@')[0] ?? ''] = [
      event.startDate.toJSDate().toISOString(),
      event.endDate.toJSDate().toISOString(),
    ];
  }
  return result;
}

describe('toICalendar instants, read back by ical.js', () => {
  test('the January 11 webinar, 2:00-3:00 p.m. ET, is 19:00-20:00 UTC', () => {
    const webinar = timed('webinar', ny('2017-01-11', '14:00'), ny('2017-01-11', '15:00'));
    const ics = toICalendar(webinar, { now: NOW });
    expect(instants(ics)).toEqual({
      webinar: ['2017-01-11T19:00:00.000Z', '2017-01-11T20:00:00.000Z'],
    });
    // The zone came from our VTIMEZONE (ical.js knows no zones of its own).
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(vevent && new ICAL.Event(vevent).startDate.zone?.tzid).toBe('America/New_York');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  test('an event across the November fall-back lasts its real three and a half hours', () => {
    // 00:30 EDT (-04:00) to 03:00 EST (-05:00).
    const ics = toICalendar(timed('fall', ny('2016-11-06', '00:30'), ny('2016-11-06', '03:00')), {
      now: NOW,
    });
    expect(instants(ics)).toEqual({
      fall: ['2016-11-06T04:30:00.000Z', '2016-11-06T08:00:00.000Z'],
    });
  });

  test('an event across the March spring-forward lasts its real two hours', () => {
    // 01:00 EST (-05:00) to 04:00 EDT (-04:00).
    const ics = toICalendar(timed('spring', ny('2017-03-12', '01:00'), ny('2017-03-12', '04:00')), {
      now: NOW,
    });
    expect(instants(ics)).toEqual({
      spring: ['2017-03-12T06:00:00.000Z', '2017-03-12T08:00:00.000Z'],
    });
  });

  test('summer and winter events in one calendar get their own offsets', () => {
    const ics = toICalendar(
      [
        timed('june', ny('2016-06-15', '14:00')),
        timed('december', ny('2018-12-05', '14:00')),
        timed('march', ny('2017-03-13', '14:00')),
      ],
      { now: NOW },
    );
    expect(instants(ics)).toEqual({
      june: ['2016-06-15T18:00:00.000Z', '2016-06-15T19:00:00.000Z'],
      december: ['2018-12-05T19:00:00.000Z', '2018-12-05T20:00:00.000Z'],
      march: ['2017-03-13T18:00:00.000Z', '2017-03-13T19:00:00.000Z'],
    });
  });

  test('writes US and EU rules as yearly RRULEs (second Sunday, last Sunday)', () => {
    const ics = toICalendar(
      [
        timed('ny', ny('2017-01-11', '14:00')),
        timed('london', { date: '2017-07-11', time: '14:00', timeZone: 'Europe/London' }),
      ],
      { now: NOW },
    );
    const lines = ics.split('\r\n');
    expect(lines).toContain('RRULE:FREQ=YEARLY;UNTIL=20170312T070000Z;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;UNTIL=20171029T010000Z;BYMONTH=10;BYDAY=-1SU');
    expect(instants(ics).london).toEqual(['2017-07-11T13:00:00.000Z', '2017-07-11T14:00:00.000Z']);
  });

  test('zones south of the equator, without daylight saving, and with irregular rules', () => {
    const ics = toICalendar(
      [
        timed('sydney', { date: '2017-01-11', time: '10:00', timeZone: 'Australia/Sydney' }),
        timed('sydney-winter', { date: '2017-07-11', time: '10:00', timeZone: 'Australia/Sydney' }),
        timed('kolkata', { date: '2017-01-11', time: '10:00', timeZone: 'Asia/Kolkata' }),
        // Iran's daylight saving followed the solar calendar (March 21/22), not a weekday rule.
        timed('tehran-summer', { date: '2016-06-11', time: '14:00', timeZone: 'Asia/Tehran' }),
        timed('tehran-winter', { date: '2017-01-11', time: '14:00', timeZone: 'Asia/Tehran' }),
        timed('tehran-2017', { date: '2017-06-11', time: '14:00', timeZone: 'Asia/Tehran' }),
      ],
      { now: NOW },
    );
    expect(instants(ics)).toEqual({
      sydney: ['2017-01-10T23:00:00.000Z', '2017-01-11T00:00:00.000Z'],
      'sydney-winter': ['2017-07-11T00:00:00.000Z', '2017-07-11T01:00:00.000Z'],
      kolkata: ['2017-01-11T04:30:00.000Z', '2017-01-11T05:30:00.000Z'],
      'tehran-summer': ['2016-06-11T09:30:00.000Z', '2016-06-11T10:30:00.000Z'],
      'tehran-winter': ['2017-01-11T10:30:00.000Z', '2017-01-11T11:30:00.000Z'],
      'tehran-2017': ['2017-06-11T09:30:00.000Z', '2017-06-11T10:30:00.000Z'],
    });
    const lines = ics.split('\r\n');
    expect(lines).toContain('RDATE:20160321T000000');
    const kolkata = ics.slice(
      ics.indexOf('TZID:Asia/Kolkata'),
      ics.indexOf('END:VTIMEZONE', ics.indexOf('TZID:Asia/Kolkata')),
    );
    expect(kolkata.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
  });

  test('a wall time the clocks show twice or skip is written in UTC, as RFC 5545 reads it', () => {
    const ics = toICalendar(
      [
        // 01:30 on 2016-11-06 happens twice in New York: RFC 5545 means the first, EDT.
        timed('twice', ny('2016-11-06', '01:30'), ny('2016-11-06', '03:00')),
        // 02:30 on 2017-03-12 never happens: RFC 5545 reads it with the offset before, EST.
        timed('never', ny('2017-03-12', '02:30'), ny('2017-03-12', '04:00')),
      ],
      { now: NOW },
    );
    expect(ics).toContain('DTSTART:20161106T053000Z');
    expect(ics).toContain('DTSTART:20170312T073000Z');
    expect(instants(ics)).toEqual({
      twice: ['2016-11-06T05:30:00.000Z', '2016-11-06T08:00:00.000Z'],
      never: ['2017-03-12T07:30:00.000Z', '2017-03-12T08:00:00.000Z'],
    });
  });

  test('an all-day event reads back as the same dates whatever the zone', () => {
    const symposium: Event = {
      ...timed('symposium', { date: '2016-10-25', timeZone: 'America/Chicago' }),
      end: { date: '2016-10-28', timeZone: 'America/Chicago' },
      allDay: true,
    };
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(symposium, { now: NOW })));
    const vevent = calendar.getFirstSubcomponent('vevent');
    const event = vevent && new ICAL.Event(vevent);
    expect(event?.startDate.toString()).toBe('2016-10-25');
    expect(event?.endDate.toString()).toBe('2016-10-29');
  });
});

describe('every events output agrees on the instants', () => {
  const cases: [Event, string, string][] = [
    [
      timed('webinar', ny('2017-01-11', '14:00'), ny('2017-01-11', '15:00')),
      '2017-01-11T19:00:00Z',
      '2017-01-11T20:00:00Z',
    ],
    [
      timed('fall', ny('2016-11-06', '00:30'), ny('2016-11-06', '03:00')),
      '2016-11-06T04:30:00Z',
      '2016-11-06T08:00:00Z',
    ],
    [
      timed('twice', ny('2016-11-06', '01:30'), ny('2016-11-06', '03:00')),
      '2016-11-06T05:30:00Z',
      '2016-11-06T08:00:00Z',
    ],
    [
      timed('never', ny('2017-03-12', '02:30'), ny('2017-03-12', '04:00')),
      '2017-03-12T07:30:00Z',
      '2017-03-12T08:00:00Z',
    ],
    [
      timed('summer-no-end', ny('2016-06-15', '14:00')),
      '2016-06-15T18:00:00Z',
      '2016-06-15T19:00:00Z',
    ],
  ];

  test.each(cases)('%o', (event, start, end) => {
    const ics = instants(toICalendar(event, { now: NOW }))[event.id];
    expect(ics?.map((s) => s.replace('.000Z', 'Z'))).toEqual([start, end]);

    const outlook = new URL(outlookCalendarUrl(event)).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt')]).toEqual([start, end]);

    const jsonLd = eventToJsonLd(event);
    expect(new Date(jsonLd.startDate).toISOString()).toBe(start.replace('Z', '.000Z'));
    if (event.end)
      expect(new Date(jsonLd.endDate ?? '').toISOString()).toBe(end.replace('Z', '.000Z'));

    // Google takes wall times in `ctz`; read them back through ical.js's copy of the zone.
    const google = new URL(googleCalendarUrl(event)).searchParams;
    expect(google.get('ctz')).toBe('America/New_York');
    const [gStart = '', gEnd = ''] = google.get('dates')?.split('/') ?? [];
    const zone = new ICAL.Component(ICAL.parse(toICalendar(event, { now: NOW })))
      .getAllSubcomponents('vtimezone')
      .map((c) => new ICAL.Timezone(c))[0];
    const read = (s: string) => {
      if (s.endsWith('Z'))
        return new Date(
          s.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
        )
          .toISOString()
          .replace('.000Z', 'Z');
      const time = ICAL.Time.fromDateTimeString(
        `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}`,
      );
      if (zone) time.zone = zone;
      return time.toJSDate().toISOString().replace('.000Z', 'Z');
    };
    expect([read(gStart), read(gEnd)]).toEqual([start, end]);
  });
});
