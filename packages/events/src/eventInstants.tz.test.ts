import { describe, expect, it } from 'vitest';
import type { Event } from './event';
import { eventInstants } from './eventInstants';

const base: Event = {
  id: 'e',
  title: 'E',
  kind: 'webinar',
  start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
  end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
  allDay: false,
  yearInferred: true,
  attendanceMode: 'online',
  presenters: [],
  status: 'scheduled',
  sourcePostId: 'p',
  evidence: [],
};
const at = (iso: string) => Date.parse(iso);

describe('eventInstants', () => {
  it('reads zoned times exactly, whatever the viewer zone', () => {
    for (const viewer of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata']) {
      expect(eventInstants(base, viewer)).toEqual({
        start: at('2017-01-11T19:00:00Z'),
        end: at('2017-01-11T20:00:00Z'),
      });
    }
  });

  it('gives a timed event without an end one hour', () => {
    const { end: _end, ...noEnd } = base;
    expect(eventInstants(noEnd, 'UTC')).toEqual({
      start: at('2017-01-11T19:00:00Z'),
      end: at('2017-01-11T20:00:00Z'),
    });
  });

  it('ends a timed event whose end has no time at midnight after that day, as the .ics does', () => {
    const workshop: Event = { ...base, end: { date: '2017-01-12' } };
    expect(eventInstants(workshop, 'UTC').end).toBe(at('2017-01-13T05:00:00Z'));
  });

  it('reads whole days and floating times in the viewer zone', () => {
    const symposium: Event = {
      ...base,
      allDay: true,
      start: { date: '2016-10-25' },
      end: { date: '2016-10-28' },
    };
    expect(eventInstants(symposium, 'America/Chicago')).toEqual({
      start: at('2016-10-25T05:00:00Z'),
      end: at('2016-10-29T05:00:00Z'),
    });
    const floating: Event = {
      ...base,
      start: { date: '2017-01-11', time: '09:00' },
      end: { date: '2017-01-11', time: '10:00' },
    };
    expect(eventInstants(floating, 'Asia/Kolkata')).toEqual({
      start: at('2017-01-11T03:30:00Z'),
      end: at('2017-01-11T04:30:00Z'),
    });
  });
});
