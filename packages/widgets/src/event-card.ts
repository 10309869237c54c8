import type { Event } from '@competencyworks/events/calendar';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { CwDataElement } from './_lib/CwDataElement';
import { defineElement } from './_lib/defineElement';
import { readEvents } from './_lib/eventView';
import { context } from './_lib/format';
import { renderEvent } from './_lib/renderEvent';
import { tick } from './_lib/ticker';
import { eventCardStyles } from './event-card.styles';

/**
 * One event: date badge, dates, times in the event's zone and the viewer's, a live status
 * (upcoming, happening now, ended), place, capacity, presenters, a Register link, and
 * "Add to calendar" (an `.ics` made in the browser) with Google Calendar and Outlook links.
 * Give it an `event` property, or `src` (an `events.json`) and the `event-id` to show.
 *
 * @tagname cw-event-card
 * @slot - Fallback content, shown while loading and when loading fails.
 * @slot header - Content above the card.
 * @slot footer - Content below the card.
 * @slot empty - Replaces "No events to show."
 * @slot error - Replaces the error message.
 * @csspart card - The `<article>`.
 * @csspart date-badge - The calendar-page badge (month and day).
 * @csspart month - The badge's month.
 * @csspart day - The badge's day.
 * @csspart title - The heading.
 * @csspart when - The date and time line.
 * @csspart time - The times (own zone, then the viewer's).
 * @csspart status - "Upcoming", "Happening now", "Ended", "Cancelled" or "Postponed".
 * @csspart place - "Online" or the venue.
 * @csspart capacity - "Capacity: 60".
 * @csspart presenters - "With ...".
 * @csspart description - The description.
 * @csspart actions - The links and button row.
 * @csspart register - The Register link.
 * @csspart add-to-calendar - The button that saves an `.ics` file.
 * @csspart google - The Google Calendar link.
 * @csspart outlook - The Outlook link.
 * @cssprop --cw-accent-color - Color of the date badge (default: currentColor).
 * @cssprop --cw-muted-color - Color of the detail lines (default: inherit).
 * @cssprop --cw-title-size - Font size of the title (default: 1.15em).
 * @cssprop --cw-gap - Space between the badge and the text (default: 1em).
 * @cssprop --cw-card-padding - Padding of the card (default: 0).
 * @cssprop --cw-card-background - Background of the card (default: transparent).
 * @fires {CwLoadEvent} cw-load - The event was shown.
 * @fires {CwErrorEvent} cw-error - The events file could not be loaded or read.
 * @fires {CwItemActivateEvent} cw-item-activate - The Register link was followed; cancelable.
 */
export class CwEventCard extends CwDataElement<Event | null> {
  static override styles: CSSResultGroup = eventCardStyles;

  static override properties: PropertyDeclarations = {
    event: { attribute: false },
    eventId: { attribute: 'event-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The event to show (an `Event` from @competencyworks/events). */
  event: Event | undefined;

  /** With `src`: the id of the event to show (default: the first event). */
  eventId: string | null = null;

  /** Level of the title heading, 1 to 6. */
  headingLevel = 3;

  constructor() {
    super();
    // Re-render on the page's shared timer: the status moves from upcoming to now to ended.
    tick(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('event') && this.event) {
      const { event } = this;
      this.showValue(() => readEvents([event], this.issues).next().value ?? null);
    }
  }

  protected override get noun(): string {
    return 'event';
  }

  protected override parse(json: unknown, url: string): Event | null {
    // Read only as far as the event shown: the first, or the one with `event-id`.
    for (const event of readEvents(json, this.issues, url)) {
      if (!this.eventId || event.id === this.eventId) return event;
    }
    return null;
  }

  protected override count(data: Event | null): number {
    return data ? 1 : 0;
  }

  protected override renderData(data: Event | null): TemplateResult | undefined {
    return data
      ? renderEvent(data, { level: this.headingLevel, now: Date.now(), ...context(this) })
      : undefined;
  }
}

defineElement('cw-event-card', CwEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-event-card': CwEventCard;
  }
}
