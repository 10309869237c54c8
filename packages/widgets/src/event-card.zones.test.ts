// Runs once per browser zone (see vitest.config.ts, project browser-zones). The instants were
// worked out by hand from the offsets: 2:00 p.m. in New York on January 11, 2017 is 19:00 UTC.
import { describe, expect, it } from 'vitest';
import { mount, rendered, shadow, webinar } from '../test/helpers';
import type { CwEventCard } from './event-card';
import './event-card';

// Chromium's zone database calls Kolkata by its older name.
const zone = Intl.DateTimeFormat()
  .resolvedOptions()
  .timeZone.replace('Asia/Calcutta', 'Asia/Kolkata');

/** The event's own day, as the date line must show it in every zone. */
const days: Record<string, string> = {
  '2017-01-11': 'January 11, 2017',
  '2017-01-12': 'January 12, 2017',
  '2017-03-12': 'March 12, 2017',
};

/** An event at a wall time in New York, one hour long. */
const at = (date: string, start: string, end: string) => ({
  ...webinar,
  start: { date, time: start, timeZone: 'America/New_York' },
  end: { date, time: end, timeZone: 'America/New_York' },
});

// Event -> the viewer's part of the time line, per zone.
const cases: Record<string, [ReturnType<typeof at>, string][]> = {
  // UTC+5:30: 19:00 UTC is 00:30 on the 12th.
  'Asia/Kolkata': [
    [at('2017-01-11', '14:00', '15:00'), 'Thu, Jan 12, 12:30 – 1:30 AM GMT+5:30 your time'],
    // 01:30 in New York (06:30 UTC) is noon the same day.
    [at('2017-01-12', '01:30', '02:30'), '12:00 – 1:00 PM GMT+5:30 your time'],
  ],
  // UTC+13:45 in January (Chatham summer time): 19:00 UTC is 08:45 on the 12th.
  'Pacific/Chatham': [
    [at('2017-01-11', '14:00', '15:00'), 'Thu, Jan 12, 8:45 – 9:45 AM GMT+13:45 your time'],
  ],
  // West of New York, a night event falls on the day before.
  'America/Los_Angeles': [
    [at('2017-01-11', '14:00', '15:00'), '11:00 AM – 12:00 PM PST your time'],
    [at('2017-01-12', '01:30', '02:30'), 'Wed, Jan 11, 10:30 – 11:30 PM PST your time'],
  ],
  // March 12, 2017: New York is on summer time (UTC-4), London not yet (UTC+0): 18:00, not 19:00.
  'Europe/London': [
    [at('2017-03-12', '14:00', '15:00'), '6:00 – 7:00 PM GMT your time'],
    [at('2017-03-12', '20:30', '21:30'), 'Mon, Mar 13, 12:30 – 1:30 AM GMT your time'],
  ],
};

describe(`<cw-event-card> in ${zone}`, () => {
  it.each(cases[zone] ?? [])('shows %o as "%s"', async (event, expected) => {
    const card = await mount<CwEventCard>('<cw-event-card></cw-event-card>');
    card.event = event;
    await rendered(card);
    const time = shadow(card).querySelector('[part=time]')?.textContent?.replace(/\s+/g, ' ');
    expect(time?.split(', ').slice(1).join(', ') || time).toBe(expected);
    // The date line stays the event's own day.
    expect(shadow(card).querySelector('[part=when] time')?.textContent).toContain(
      days[event.start.date],
    );
  });

  it('runs in one of the zones above', () => {
    expect(Object.keys(cases)).toContain(zone);
  });
});
