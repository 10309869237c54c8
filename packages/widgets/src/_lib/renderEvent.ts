import type { Event } from '@competencyworks/events';
import { googleCalendarUrl, outlookCalendarUrl } from '@competencyworks/events';
import { html, nothing, type TemplateResult } from 'lit';
import { downloadICalendar } from './calendar';
import { type EventPhase, eventPhase, eventSpan } from './eventView';
import { dateFormat, names, utcDay } from './format';
import { heading } from './heading';
import { safeUrl } from './safeUrl';

const STATUS: Partial<Record<EventPhase | Event['status'], string>> = {
  upcoming: 'Upcoming',
  now: 'Happening now',
  ended: 'Ended',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

/** A time or a time range in `zone`, with the zone's short name unless the time is floating. */
function times(start: number, end: number | undefined, zone: string, lang: string, named: boolean) {
  const format = dateFormat(lang, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
    ...(named ? { timeZoneName: 'short' } : {}),
  });
  return end === undefined ? format.format(start) : format.formatRange(start, end);
}

/**
 * The time line of a timed event: in the event's own zone and, when it reads differently, in
 * the viewer's ("2:00 – 3:00 PM EST, 11:00 AM – 12:00 PM PST your time"). Floating times
 * (no zone) are shown as written.
 *
 * @example
 * eventTimes(webinar, 'America/Los_Angeles', 'en-US');
 * //=> '2:00 – 3:00 PM EST, 11:00 AM – 12:00 PM PST your time'
 */
export function eventTimes(event: Event, viewerZone: string, lang: string): string {
  const span = eventSpan(event, viewerZone);
  const end = event.end?.time ? span.end : undefined;
  const own = event.start.timeZone;
  const here = times(span.start, end, viewerZone, lang, own !== undefined);
  if (!own) return here;
  const there = times(span.start, end, own, lang, true);
  return there === here ? there : `${there}, ${here} your time`;
}

/**
 * The date line: a weekday and date, or a range for multi-day events ("October 25 – 28, 2016").
 *
 * @example
 * eventDates(symposium, 'en-US'); //=> 'October 25 – 28, 2016'
 */
export function eventDates(event: Event, lang: string): string {
  const { start, end } = event;
  if (end && end.date > start.date) {
    return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
      utcDay(start.date),
      utcDay(end.date),
    );
  }
  return dateFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(utcDay(start.date));
}

function place(event: Event): unknown {
  const { location, attendanceMode } = event;
  const url = safeUrl(location?.url);
  const venue = location
    ? html`${url ? html`<a href=${url}>${location.name}</a>` : location.name}${
        location.address ? `, ${location.address}` : ''
      }`
    : undefined;
  if (attendanceMode === 'online') return 'Online';
  if (attendanceMode === 'mixed')
    return venue ? html`Online and at ${venue}` : 'Online and in person';
  return venue ?? nothing;
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
  const day = utcDay(event.start.date);
  const timed = !event.allDay && event.start.time !== undefined;
  const span = eventSpan(event, o.timeZone);
  const status = STATUS[event.status] ?? STATUS[eventPhase(event, o.timeZone, o.now)];
  const register = safeUrl(event.registrationUrl);
  const google = safeUrl(googleCalendarUrl(event));
  const outlook = safeUrl(outlookCalendarUrl(event));
  const where = place(event);
  const presenters = event.presenters.flatMap((p) => p.name || []);
  return html`<article part="card" class="card event" tabindex="-1">
    <p part="date-badge" class="badge" aria-hidden="true">
      <span part="month">${dateFormat(o.lang, { month: 'short', timeZone: 'UTC' }).format(day)}</span>
      <span part="day">${dateFormat(o.lang, { day: 'numeric', timeZone: 'UTC' }).format(day)}</span>
    </p>
    <div class="body">
      ${heading(o.level, event.title, 'title')}
      <p part="when" class="meta">
        <time datetime=${timed ? new Date(span.start).toISOString() : event.start.date}
          >${eventDates(event, o.lang)}</time
        >${timed ? html`, <span part="time">${eventTimes(event, o.timeZone, o.lang)}</span>` : ', all day'}
      </p>
      <p part="status" class="status">${status}</p>
      ${where === nothing ? nothing : html`<p part="place" class="meta">${where}</p>`}
      ${event.capacity ? html`<p part="capacity" class="meta">Capacity: ${event.capacity}</p>` : nothing}
      ${
        presenters[0]
          ? html`<p part="presenters" class="meta">With ${names(presenters, o.lang)}</p>`
          : nothing
      }
      ${event.description ? html`<p part="description">${event.description}</p>` : nothing}
      <p part="actions" class="actions">
        ${register ? html`<a part="register" href=${register} data-id=${event.id}>Register</a>` : nothing}
        <button part="add-to-calendar" type="button" @click=${() => downloadICalendar(event)}>
          Add to calendar (.ics)
        </button>
        ${google ? html`<a part="google" href=${google} rel="noopener" target="_blank">Google Calendar</a>` : nothing}
        ${outlook ? html`<a part="outlook" href=${outlook} rel="noopener" target="_blank">Outlook</a>` : nothing}
      </p>
    </div>
  </article>`;
}
