import { formatDate, formatDateTime } from './_lib/icalFormat';
import { calendarDetails, calendarLocation, calendarQuery } from './_lib/icalText';
import { isUtcZone } from './_lib/zone';
import { endOrDefault, eventSpan, inZone, utcText } from './_lib/zoneTimes';
import type { Event } from './event';

/**
 * A Google Calendar "add event" link for an event, prefilled with its title, times,
 * description and location.
 *
 * - Timed in a zone: wall-clock times with `ctz` set to the start's zone, so Google shows the
 *   event at the right instant in the reader's own zone (an end in another zone is converted
 *   to the start's clock). In UTC, or when a daylight-saving change makes a wall time
 *   ambiguous or skips it: instants with `Z`. Without a zone: floating times, which Google
 *   reads in the reader's calendar zone.
 * - All-day: `YYYYMMDD/YYYYMMDD` with an exclusive end (the day after the last day).
 * - A timed event without an end lasts one hour, as in {@link toICalendar}.
 *
 * @param event - The event.
 * @returns The link.
 *
 * @example
 * googleCalendarUrl(webinar);
 * //=> 'https://calendar.google.com/calendar/render?action=TEMPLATE' +
 * //   '&text=Advancing%20Competency%20Education%20in%20New%20England' +
 * //   '&dates=20170111T140000/20170111T150000&ctz=America/New_York' +
 * //   '&details=Presenters:%20Paul%20Leather%2C%20David%20Ruff%2C%20Chris%20Sturgis&location=Online'
 * googleCalendarUrl(symposium); // October 25-28, all day
 * //=> 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=iNACOL%20Symposium' +
 * //   '&dates=20161025/20161029&location=San%20Antonio%2C%20TX'
 */
export function googleCalendarUrl(event: Event): string {
  const span = eventSpan(event);
  let dates: string;
  let ctz: string | undefined;
  if (span.allDay) {
    dates = `${formatDate(span.start)}/${formatDate(span.endExclusive)}`;
  } else {
    const { start } = span;
    const end = endOrDefault(span);
    const zone = end.utc === undefined ? undefined : start.zone;
    if (zone !== undefined && !isUtcZone(zone)) ctz = zone;
    // A wall time the zone shows twice or never goes as UTC, as in toICalendar, so Google
    // cannot pick the other reading.
    dates =
      zone === undefined || (ctz && !start.ambiguous && !end.ambiguous)
        ? `${formatDateTime(start.wall)}/${formatDateTime((ctz ? inZone(end, ctz) : end).wall)}`
        : `${utcText(start, formatDateTime)}/${utcText(end, formatDateTime)}`;
  }
  const query = calendarQuery({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    ctz,
    details: calendarDetails(event),
    location: calendarLocation(event),
  });
  return `https://calendar.google.com/calendar/render?${query}`;
}
