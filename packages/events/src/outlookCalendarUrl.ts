import { isoSeconds } from './_lib/icalFormat';
import { calendarDetails, calendarLocation, calendarQuery } from './_lib/icalText';
import { endOrDefault, eventSpan, utcText } from './_lib/zoneTimes';
import type { Event } from './event';

/**
 * Options for {@link outlookCalendarUrl}.
 *
 * @example
 * const options: OutlookCalendarUrlOptions = { host: 'outlook.office.com' };
 * outlookCalendarUrl(webinar, options);
 * //=> 'https://outlook.office.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&...'
 */
export interface OutlookCalendarUrlOptions {
  /** `outlook.live.com` (personal accounts, the default) or `outlook.office.com` (Microsoft 365). */
  host?: 'outlook.live.com' | 'outlook.office.com';
}

/**
 * An Outlook on the web "add event" link for an event, prefilled with its subject, times,
 * body and location.
 *
 * - Timed in a zone: `startdt`/`enddt` are UTC instants (`2017-01-11T19:00:00Z`) computed
 *   through the event's zone, so Outlook shows them in the reader's zone. Without a zone:
 *   times without `Z`, which Outlook reads in the reader's zone.
 * - All-day: `allday=true` with dates, the end exclusive (the day after the last day), as
 *   Outlook stores all-day events.
 * - A timed event without an end lasts one hour, as in {@link toICalendar}.
 *
 * @param event - The event.
 * @param options - Which Outlook: personal (`outlook.live.com`) or Microsoft 365.
 * @returns The link.
 *
 * @example
 * outlookCalendarUrl(webinar);
 * //=> 'https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose' +
 * //   '&rru=addevent&subject=Advancing%20Competency%20Education%20in%20New%20England' +
 * //   '&startdt=2017-01-11T19:00:00Z&enddt=2017-01-11T20:00:00Z&allday=false' +
 * //   '&body=Presenters:%20Paul%20Leather%2C%20David%20Ruff%2C%20Chris%20Sturgis&location=Online'
 */
export function outlookCalendarUrl(event: Event, options: OutlookCalendarUrlOptions = {}): string {
  const span = eventSpan(event);
  const query = calendarQuery({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    ...(span.allDay
      ? { startdt: span.start, enddt: span.endExclusive }
      : {
          startdt: utcText(span.start, isoSeconds),
          enddt: utcText(endOrDefault(span), isoSeconds),
        }),
    allday: String(span.allDay),
    body: calendarDetails(event),
    location: calendarLocation(event),
  });
  return `https://${options.host ?? 'outlook.live.com'}/calendar/0/deeplink/compose?${query}`;
}
