import {
  type Event,
  eventInstants,
  googleCalendarUrl,
  outlookCalendarUrl,
} from '@competencyworks/events/calendar';
import { html, nothing, type TemplateResult } from 'lit';
import { downloadICalendar } from './calendar';

import { dateFormat, formatDays, names } from './format';
import { heading } from './heading';
import { safeUrl } from './safeUrl';

// Statuses that say more than where the event is in time.
const STATUS: Partial<Record<Event['status'], string>> = {
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

/** A day as `YYYY-MM-DD` in a zone (the Canadian English format is ISO's). */
const dayIn = (ms: number, timeZone: string): string =>
  dateFormat('en-CA', { timeZone }).format(ms);

/**
 * The time line of a timed event, from its `eventInstants` in the viewer's zone: in the event's
 * own zone and, when it reads differently, in the viewer's ("2:00 – 3:00 PM EST, 11:00 AM –
 * 12:00 PM PST your time"). The viewer's part names the day too when it is not the event's own
 * day there (east of UTC an afternoon in New York is the next morning). Floating times (no zone)
 * are shown as written.
 *
 * @example
 * eventTimes(webinar, eventInstants(webinar, 'Asia/Kolkata'), 'Asia/Kolkata', 'en-US');
 * //=> '2:00 – 3:00 PM EST, Thu, Jan 12, 12:30 – 1:30 AM GMT+5:30 your time'
 */
export function eventTimes(
  event: Event,
  span: { start: number; end: number },
  viewerZone: string,
  lang: string,
): string {
  const own = event.start.timeZone;
  // A time or, when the event gives an end time, a range; named unless the time is floating.
  const times = (timeZone: string, withDay?: boolean) => {
    const format = dateFormat(lang, {
      ...(withDay && { weekday: 'short', month: 'short', day: 'numeric' }),
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: own ? 'short' : undefined,
    });
    return event.end?.time ? format.formatRange(span.start, span.end) : format.format(span.start);
  };
  const there = own ? times(own) : '';
  const here = times(
    viewerZone,
    !!own &&
      (dayIn(span.start, viewerZone) !== event.start.date ||
        dayIn(span.end, viewerZone) !== (event.end?.date ?? event.start.date)),
  );
  return !own || there === here ? here : `${there}, ${here} your time`;
}

/**
 * The date line: a weekday and date, or a range for multi-day events ("October 25 – 28, 2016").
 *
 * @example
 * eventDates(symposium, 'en-US'); //=> 'October 25 – 28, 2016'
 */
export const eventDates = ({ start, end }: Event, lang: string): string =>
  end && end.date > start.date
    ? formatDays(lang, { dateStyle: 'long' }, start.date, end.date)
    : formatDays(lang, { dateStyle: 'full' }, start.date);

/** Where: "Online", the venue (linked when it has a URL) or both; undefined when unknown. */
function place({ location, attendanceMode }: Event): unknown {
  if (attendanceMode === 'online') return 'Online';
  const url = safeUrl(location?.url);
  const venue =
    location &&
    html`${url ? html`<a href=${url}>${location.name}</a>` : location.name}${
      location.address && `, ${location.address}`
    }`;
  if (attendanceMode === 'mixed')
    return venue ? html`Online and at ${venue}` : 'Online and in person';
  return venue;
}

/**
 * One event's card: date badge, title, dates and times, status, place, capacity, presenters,
 * description, and the register and calendar actions. Shared by `<cw-event-card>` and
 * `<cw-event-list>`.
 *
 * @example
 * renderEvent(webinar, { level: 3, lang: 'en-US', timeZone: 'UTC', now: Date.now() });
 */
export function renderEvent(
  event: Event,
  o: { level: number; lang: string; timeZone: string; now: number },
): TemplateResult {
  const { start, presenters } = event;
  const timed = !event.allDay && start.time !== undefined;
  const span = eventInstants(event, o.timeZone);
  const register = safeUrl(event.registrationUrl);
  const where = place(event);
  const status =
    STATUS[event.status] ??
    (o.now < span.start ? 'Upcoming' : o.now < span.end ? 'Happening now' : 'Ended');
  const presenterNames = presenters.flatMap((p) => p.name || []);
  // The Google Calendar and Outlook links are built on fixed https: origins: no safeUrl needed.
  return html`<article part="card" class="card event" tabindex="-1">
    <p part="date-badge" class="badge" aria-hidden="true">
      <span part="month">${formatDays(o.lang, { month: 'short' }, start.date)}</span>
      <span part="day">${formatDays(o.lang, { day: 'numeric' }, start.date)}</span>
    </p>
    <div class="body">
      ${heading(o.level, event.title, 'title')}
      <p part="when" class="meta">
        <time datetime=${timed ? new Date(span.start).toISOString() : start.date}
          >${eventDates(event, o.lang)}</time
        >${timed ? html`, <span part="time">${eventTimes(event, span, o.timeZone, o.lang)}</span>` : ', all day'}
      </p>
      <p part="status">${status}</p>
      ${where && html`<p part="place" class="meta">${where}</p>`}
      ${event.capacity ? html`<p part="capacity" class="meta">Capacity: ${event.capacity}</p>` : nothing}
      ${presenterNames[0] && html`<p part="presenters" class="meta">With ${names(presenterNames, o.lang)}</p>`}
      ${event.description && html`<p part="description">${event.description}</p>`}
      <p part="actions">
        ${register && html`<a part="register" href=${register} data-id=${event.id}>Register<span class="sr">: ${event.title}</span></a>`}
        <button part="add-to-calendar" type="button" @click=${() => downloadICalendar(event)}>
          Add to calendar (.ics)<span class="sr">: ${event.title}</span>
        </button>
        <a part="google" href=${googleCalendarUrl(event)} rel="noopener" target="_blank"
          >Google Calendar<span class="sr">: ${event.title} (opens in a new tab)</span></a
        >
        <a part="outlook" href=${outlookCalendarUrl(event)} rel="noopener" target="_blank"
          >Outlook<span class="sr">: ${event.title} (opens in a new tab)</span></a
        >
      </p>
    </div>
  </article>`;
}
