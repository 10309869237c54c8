import type { Event } from '@competencyworks/events/calendar';
import { toICalendarUtc } from '@competencyworks/events/calendar';

/**
 * Saves an event as an `.ics` file generated in the browser (nothing is fetched). Times are
 * written in UTC, which every calendar imports at the right instant, so the page does not carry
 * a `VTIMEZONE` generator.
 *
 * @example
 * downloadICalendar(webinar); // saves 2017-01-11-advancing-competency-education-in-new-england.ics
 */
export function downloadICalendar(event: Event): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([toICalendarUtc(event)], { type: 'text/calendar' }));
  link.download = `${event.id.replace(/[^\w.-]+/g, '-').slice(0, 80) || 'event'}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
