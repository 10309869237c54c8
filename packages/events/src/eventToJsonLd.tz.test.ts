import { describe, expect, test } from 'vitest';
import type { Event } from './event';
import { eventToJsonLd } from './eventToJsonLd';

// From archive-2016-12.txt: "... on Wednesday, January 11, 2:00-3:00 p.m. ET. ... Presenters:
// Paul Leather, ...; David Ruff, ...; Chris Sturgis, ... Register here."
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

// From archive-2016-08.txt: "On October 25th, a pre-conference workshop led by some of the
// leaders in the Charleston County School District ..." and "Putting It All Together: How to
// Create a Personalized System of Education (Capacity: 60)", part of the iNACOL Symposium.
const workshop: Event = {
  id: '2016-10-25-putting-it-all-together-how-to-create-a-personalized-system-of-education',
  title: 'Putting It All Together: How to Create a Personalized System of Education',
  kind: 'workshop',
  description: 'A full-day pre-conference workshop led by Charleston County School District.',
  start: { date: '2016-10-25', timeZone: 'America/Chicago' },
  allDay: true,
  yearInferred: true,
  attendanceMode: 'offline',
  location: {
    name: 'iNACOL Symposium',
    address: 'San Antonio, TX',
    url: 'https://example.org/venue',
  },
  registrationUrl: 'https://example.org/register',
  capacity: 60,
  organizer: { name: 'iNACOL', url: 'https://example.org/inacol' },
  presenters: [{ name: 'Charleston County School District team' }],
  parentEventId: '2016-10-25-inacol-symposium',
  status: 'scheduled',
  sourcePostId: 'cw-2016-08-workshop',
  evidence: [],
};

describe('eventToJsonLd (events)', () => {
  test('describes the January 11 webinar as an online EducationEvent with zoned dates', () => {
    expect(eventToJsonLd({ ...webinar, registrationUrl: 'https://example.org/register' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'EducationEvent',
      '@id':
        'https://competencyworks.org/#event-2017-01-11-advancing-competency-education-in-new-england',
      name: 'Advancing Competency Education in New England',
      startDate: '2017-01-11T14:00:00-05:00',
      endDate: '2017-01-11T15:00:00-05:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/register' },
      url: 'https://example.org/register',
      performer: [
        { '@type': 'Person', name: 'Paul Leather' },
        { '@type': 'Person', name: 'David Ruff' },
        { '@type': 'Person', name: 'Chris Sturgis' },
      ],
    });
  });

  test('describes an in-person workshop with capacity, organizer and its symposium', () => {
    expect(eventToJsonLd(workshop, { siteUrl: 'https://example.org/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'EducationEvent',
      '@id':
        'https://example.org/#event-2016-10-25-putting-it-all-together-how-to-create-a-personalized-system-of-education',
      name: 'Putting It All Together: How to Create a Personalized System of Education',
      description: 'A full-day pre-conference workshop led by Charleston County School District.',
      startDate: '2016-10-25',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'iNACOL Symposium',
        address: 'San Antonio, TX',
        url: 'https://example.org/venue',
      },
      url: 'https://example.org/register',
      maximumAttendeeCapacity: 60,
      organizer: { '@type': 'Organization', name: 'iNACOL', url: 'https://example.org/inacol' },
      performer: [{ '@type': 'Person', name: 'Charleston County School District team' }],
      superEvent: { '@id': 'https://example.org/#event-2016-10-25-inacol-symposium' },
    });
  });

  test('keeps the inclusive end date of an all-day multi-day event', () => {
    const doc = eventToJsonLd({ ...workshop, end: { date: '2016-10-28' } });
    expect([doc.startDate, doc.endDate]).toEqual(['2016-10-25', '2016-10-28']);
  });

  test('uses the offset in force on the day, across daylight saving', () => {
    const on = (date: string, time: string, timeZone?: string) =>
      eventToJsonLd({ ...webinar, start: { date, time, ...(timeZone ? { timeZone } : {}) } })
        .startDate;
    expect(on('2017-06-14', '14:00', 'America/New_York')).toBe('2017-06-14T14:00:00-04:00');
    expect(on('2017-01-11', '10:00', 'Asia/Kolkata')).toBe('2017-01-11T10:00:00+05:30');
    expect(on('2017-01-11', '10:00', 'UTC')).toBe('2017-01-11T10:00:00Z');
    expect(on('2017-01-11', '10:00')).toBe('2017-01-11T10:00:00');
    // Skipped by the spring-forward change: it means 03:30 EDT, as RFC 5545 reads it.
    expect(on('2017-03-12', '02:30', 'America/New_York')).toBe('2017-03-12T03:30:00-04:00');
  });

  test('chooses the type from the kind and maps attendance and status', () => {
    expect(eventToJsonLd({ ...webinar, kind: 'meetup' })['@type']).toBe('Event');
    expect(eventToJsonLd({ ...webinar, kind: 'conference' })['@type']).toBe('EducationEvent');
    const unknown = eventToJsonLd({ ...webinar, attendanceMode: 'unknown', status: 'cancelled' });
    expect(unknown.eventAttendanceMode).toBeUndefined();
    expect(unknown.location).toBeUndefined();
    expect(unknown.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(eventToJsonLd({ ...webinar, status: 'postponed' }).eventStatus).toBe(
      'https://schema.org/EventPostponed',
    );
  });

  test('puts a mixed event at both its place and online', () => {
    const doc = eventToJsonLd({ ...workshop, attendanceMode: 'mixed' });
    expect(doc.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(doc.location).toEqual([
      expect.objectContaining({ '@type': 'Place', name: 'iNACOL Symposium' }),
      { '@type': 'VirtualLocation', url: 'https://example.org/register' },
    ]);
  });

  test('takes custom @ids for the event and its parent', () => {
    const doc = eventToJsonLd(workshop, { eventIri: (id) => `urn:cw:event:${id}` });
    expect(doc['@id']).toBe(`urn:cw:event:${workshop.id}`);
    expect(doc.superEvent).toEqual({ '@id': 'urn:cw:event:2016-10-25-inacol-symposium' });
  });

  test('is plain JSON', () => {
    const doc = eventToJsonLd(workshop);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
