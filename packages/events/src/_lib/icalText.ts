import type { Event } from '../event';

/*
 * The human-readable text the calendar outputs share, so an event reads the same in an
 * `.ics` file, a Google Calendar link and an Outlook link.
 */

/**
 * The description calendars show: the event's description, then who presents, who organizes
 * and where to register (Google and Outlook links have no separate URL field).
 */
export function calendarDetails({
  description,
  presenters,
  organizer,
  registrationUrl,
}: Event): string | undefined {
  return (
    [
      description,
      presenters[0] && `Presenters: ${presenters.map((p) => p.name).join(', ')}`,
      organizer && `Organizer: ${organizer.name}`,
      registrationUrl && `Register: ${registrationUrl}`,
    ]
      .filter(Boolean)
      .join('\n\n') || undefined
  );
}

/** Where it happens, as one line: the place and its address, or "Online" for an online event. */
export function calendarLocation({ location, attendanceMode }: Event): string | undefined {
  return location
    ? [location.name, location.address].filter(Boolean).join(', ')
    : attendanceMode === 'online'
      ? 'Online'
      : undefined;
}

/**
 * A query string from names and values, in order, skipping absent values. Values are
 * percent-encoded, except `/` and `:`, which RFC 3986 allows in a query and which keep zones
 * (`ctz=America/New_York`) and paths readable.
 */
export function calendarQuery(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .flatMap(([k, v]) =>
      v === undefined
        ? []
        : `${k}=${encodeURIComponent(v).replace(/%(2F|3A)/g, decodeURIComponent)}`,
    )
    .join('&');
}
