import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { type Event, parseEvent, safeParseEvent } from './event';

const POST = 'cw-2016-12-19-january-11th-webinar-advancing-competency-education-in-new-england';
const SENTENCE =
  'CompetencyWorks is hosting a Leadership webinar on advancing competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET.';

const minimal: Event = {
  id: '2016-09-01-vote-for-pop-up-problems-of-practice',
  title: 'Vote for Pop Up Problems of Practice in CBE',
  kind: 'deadline',
  start: { date: '2016-09-01' },
  allDay: true,
  yearInferred: true,
  attendanceMode: 'unknown',
  presenters: [],
  status: 'scheduled',
  sourcePostId: 'cw-2016-08-15-vote-for-pop-up-problems-of-practice-in-cbe',
  evidence: [],
};

// The January 11 webinar from the December 2016 archive page, with every optional field.
const maximal: Event = {
  id: '2017-01-11-advancing-competency-education-in-new-england',
  title: 'Advancing Competency Education in New England',
  kind: 'webinar',
  description: 'We’ll summarize the findings from Reaching the Tipping Point.',
  start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
  end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
  allDay: false,
  yearInferred: true,
  attendanceMode: 'online',
  location: { name: 'Online', address: 'Zoom', url: 'https://www.competencyworks.org/webinar' },
  registrationUrl: 'https://www.competencyworks.org/register',
  capacity: 60,
  organizer: { name: 'CompetencyWorks', url: 'https://www.competencyworks.org/' },
  presenters: [{ name: 'Paul Leather' }, { name: 'David Ruff' }, { name: 'Chris Sturgis' }],
  parentEventId: '2016-10-25-inacol-symposium',
  status: 'scheduled',
  sourcePostId: POST,
  evidence: [
    {
      postId: POST,
      field: 'excerpt',
      sentence: SENTENCE,
      start: 0,
      end: SENTENCE.length,
      rule: 'event.weekday-month-day-time-range',
    },
  ],
};

const messageOf = (input: unknown): string => {
  const result = safeParseEvent(input);
  if (result.success) throw new Error('expected the event to be refused');
  return result.error.message;
};

describe('parseEvent', () => {
  it('accepts a minimal all-day event', () => {
    expect(parseEvent(minimal)).toEqual(minimal);
  });

  it('accepts a maximal event', () => {
    expect(parseEvent(maximal)).toEqual(maximal);
  });

  it('accepts a multi-day event whose end is inclusive (October 25-28)', () => {
    const symposium = { ...minimal, start: { date: '2016-10-25' }, end: { date: '2016-10-28' } };
    expect(parseEvent(symposium)).toEqual(symposium);
  });

  it('accepts a floating local time (no zone) and an end equal to the start', () => {
    const event = {
      ...maximal,
      start: { date: '2017-01-11', time: '14:00' },
      end: { date: '2017-01-11', time: '14:00' },
    };
    expect(parseEvent(event)).toEqual(event);
  });

  it('compares ends in another zone by instant: 14:00 New York to 12:30 Los Angeles is fine', () => {
    const event = {
      ...maximal,
      end: { date: '2017-01-11', time: '12:30', timeZone: 'America/Los_Angeles' },
    };
    expect(parseEvent(event)).toEqual(event);
  });

  it.each<[string, unknown, string]>([
    ['no object', 'webinar', 'expected an event object, got "webinar"'],
    [
      'start date as a phrase',
      { ...minimal, start: { date: 'Jan 11' } },
      'start.date: expected a calendar date like 2017-01-11, got "Jan 11"',
    ],
    [
      'end before start',
      { ...minimal, end: { date: '2016-08-31' } },
      'end.date: expected an end at or after the start (2016-09-01), got "2016-08-31"',
    ],
    [
      'end time before start time',
      { ...maximal, end: { date: '2017-01-11', time: '13:00', timeZone: 'America/New_York' } },
      'end.time: expected an end at or after the start (2017-01-11 14:00 America/New_York), got "13:00"',
    ],
    [
      'end before start by instant across zones',
      { ...maximal, end: { date: '2017-01-11', time: '10:30', timeZone: 'America/Los_Angeles' } },
      'end.time: expected an end at or after the start (2017-01-11 14:00 America/New_York), got "10:30"',
    ],
    [
      'all-day event with a start time',
      { ...minimal, start: { date: '2016-09-01', time: '09:00' } },
      'start.time: expected no time on an all-day event, got "09:00"',
    ],
    [
      'all-day event with an end time',
      { ...minimal, end: { date: '2016-09-02', time: '17:00' } },
      'end.time: expected no time on an all-day event, got "17:00"',
    ],
    [
      'timed event without a start time',
      { ...minimal, allDay: false },
      'allDay: expected allDay to be true when the start has no time of day, got false',
    ],
    [
      'zone without a time',
      { ...minimal, start: { date: '2016-09-01', timeZone: 'America/New_York' } },
      'start.timeZone: expected a time zone only together with a time, got "America/New_York"',
    ],
    [
      'zone abbreviation',
      { ...maximal, start: { ...maximal.start, timeZone: 'ET' } },
      'start.timeZone: expected an IANA time zone like America/New_York, got "ET"',
    ],
    [
      '12-hour time',
      { ...maximal, start: { ...maximal.start, time: '2:00 pm' } },
      'start.time: expected a local time like 14:00, got "2:00 pm"',
    ],
    [
      'capacity of zero',
      { ...maximal, capacity: 0 },
      'capacity: expected a capacity of 1 or more, got 0',
    ],
    [
      'fractional capacity',
      { ...maximal, capacity: 60.5 },
      'capacity: expected a capacity as a whole number, got 60.5',
    ],
    ['capacity as text', { ...maximal, capacity: '60' }, 'capacity: expected a capacity, got "60"'],
    [
      'registration URL not http',
      { ...maximal, registrationUrl: 'javascript:alert(1)' },
      'registrationUrl: expected an http or https URL, got "javascript:alert(1)"',
    ],
    [
      'registration URL relative',
      { ...maximal, registrationUrl: '/register' },
      'registrationUrl: expected an http or https URL, got "/register"',
    ],
    [
      'unknown kind',
      { ...minimal, kind: 'party' },
      'kind: expected one of webinar, conference, workshop, meetup, deadline, other, got "party"',
    ],
    [
      'unknown attendance mode',
      { ...minimal, attendanceMode: 'hybrid' },
      'attendanceMode: expected one of online, offline, mixed, unknown, got "hybrid"',
    ],
    [
      'unknown status',
      { ...minimal, status: 'canceled' },
      'status: expected one of scheduled, cancelled, postponed, rescheduled, got "canceled"',
    ],
    [
      'empty title',
      { ...minimal, title: ' ' },
      'title: expected a title, not an empty string, got " "',
    ],
    [
      'missing source post',
      (({ sourcePostId: _, ...rest }) => rest)(minimal),
      'sourcePostId: expected the required field "sourcePostId", got nothing',
    ],
    [
      'presenter without a name',
      { ...minimal, presenters: [{ name: '' }] },
      'presenters[0].name: expected a non-empty name, got ""',
    ],
    [
      'its own parent',
      { ...maximal, parentEventId: maximal.id },
      `parentEventId: expected the id of another event, got "${maximal.id}"`,
    ],
    [
      'location without a name',
      { ...maximal, location: { name: '' } },
      'location.name: expected a place name, not an empty string, got ""',
    ],
    [
      'unknown field',
      { ...minimal, venue: 'San Antonio' },
      'venue: expected only the fields an event defines, got "venue"',
    ],
    [
      'yearInferred as text',
      { ...minimal, yearInferred: 'yes' },
      'yearInferred: expected true or false, got "yes"',
    ],
  ])('refuses %s', (_, input, message) => {
    expect(messageOf(input)).toBe(message);
    expect(() => parseEvent(input)).toThrow(ParseError);
  });

  it.each([undefined, null, 0, [], { start: 'x' }])('safeParseEvent never throws (%j)', (input) => {
    expect(safeParseEvent(input).success).toBe(false);
  });
});
