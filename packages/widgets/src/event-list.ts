import { type Event, eventInstants } from '@competencyworks/events/calendar';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { html } from 'lit';
import { CwDataElement } from './_lib/CwDataElement';
import { defineElement } from './_lib/defineElement';
import { readEvents } from './_lib/eventView';
import { context, formatDays } from './_lib/format';
import { heading } from './_lib/heading';
import { drain } from './_lib/readEach';
import { renderEvent } from './_lib/renderEvent';
import { tick } from './_lib/ticker';
import { eventListStyles } from './event-list.styles';

/**
 * Upcoming or past events grouped by month, from `src` (an `events.json` or a bare `Event[]`)
 * or an `items` array. Each event is shown as in `<cw-event-card>`; the list moves events from
 * upcoming to past as they end, on the page's shared timer.
 *
 * @tagname cw-event-list
 * @slot - Fallback content, shown while loading and when loading fails.
 * @slot header - Content above the list.
 * @slot footer - Content below the list.
 * @slot empty - Replaces "No events to show."
 * @slot error - Replaces the error message.
 * @csspart month-group - Each month's `<section>`.
 * @csspart month-heading - Each month's heading ("January 2017").
 * @csspart list - Each month's `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart card - Each event's `<article>` (and every part of `<cw-event-card>`).
 * @cssprop --cw-gap - Space between events and months (default: 1.25em).
 * @cssprop --cw-month-size - Font size of the month headings (default: 1em).
 * @cssprop --cw-accent-color - Color of the date badges (default: currentColor).
 * @cssprop --cw-muted-color - Color of the detail lines (default: inherit).
 * @fires {CwLoadEvent} cw-load - Events were shown.
 * @fires {CwErrorEvent} cw-error - The events file could not be loaded or read.
 * @fires {CwItemActivateEvent} cw-item-activate - A Register link was followed; cancelable.
 */
export class CwEventList extends CwDataElement<Event[]> {
  static override styles: CSSResultGroup = eventListStyles;

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    when: {},
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Events to show instead of `src`. */
  items: readonly Event[] | undefined;

  /** Which events: `upcoming` (not yet ended, soonest first), `past` (latest first) or `all`. */
  when: 'upcoming' | 'past' | 'all' = 'upcoming';

  /** Show at most this many events (0: all). */
  limit = 0;

  /** Level of the month headings, 1 to 6; event titles are one level below. */
  headingLevel = 2;

  /** The last selection, what it was made from, and until when it holds. */
  #selected: Event[] = [];
  #selectedFrom: unknown[] = [];
  #until = 0;

  constructor() {
    super();
    // Re-render on the page's shared timer: events move from upcoming to past as they end.
    tick(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('items') && this.items) {
      const { items } = this;
      this.showValue(() => [...readEvents(items, this.issues)]);
    }
    // A tick of the clock or a new `when` or `limit` can change how many events show: while
    // the data is on screen (not loading, stale or failed), `ready` or `empty` follows it.
    else if (this.data && (this.state === 'ready' || this.state === 'empty')) {
      this.state = this.count(this.data) ? 'ready' : 'empty';
    }
  }

  /**
   * The events `when` and `limit` pick, in order. Kept until the data, the options or the zone
   * change, or the clock passes the next end among them: the ticker asks every 30 seconds, and a
   * 10,000-event file is sorted only when its selection really changes.
   */
  private selected(data: Event[]): Event[] {
    const { when, limit } = this;
    const zone = context(this).timeZone;
    const now = Date.now();
    const from = [data, when, limit, zone];
    if (now < this.#until && from.every((value, index) => value === this.#selectedFrom[index])) {
      return this.#selected;
    }
    const order = when === 'past' ? -1 : 1;
    let until = Infinity;
    const sorted = data
      .map((event) => {
        const span = spanIn(event, zone);
        if (span.end > now) until = Math.min(until, span.end);
        return { event, span };
      })
      // `past` keeps the events that have ended, `upcoming` the others.
      .filter(({ span }) => when === 'all' || (when === 'past') === span.end <= now)
      .sort((a, b) => order * (a.span.start - b.span.start))
      .map(({ event }) => event);
    this.#selectedFrom = from;
    this.#until = until;
    this.#selected = limit > 0 ? sorted.slice(0, limit) : sorted;
    return this.#selected;
  }

  protected override get noun(): string {
    return 'event';
  }

  protected override parse(json: unknown, url: string): Event[] | Promise<Event[]> {
    const zone = context(this).timeZone;
    const events: Event[] = [];
    // Each event's instants are worked out as it is read, so sorting later costs no Intl calls.
    function* withSpans(read: Iterable<Event>) {
      for (const event of read) {
        spanIn(event, zone);
        yield event;
      }
    }
    const reading = drain(withSpans(readEvents(json, this.issues, url)), events);
    return reading ? reading.then(() => events) : events;
  }

  protected override count(data: Event[]): number {
    return this.selected(data).length;
  }

  protected override renderData(data: Event[]): unknown {
    const now = Date.now();
    const options = { level: this.headingLevel + 1, now, ...context(this) };
    const selected = this.selected(data);
    // The cards show a status ("happening now", "ended"): they all render afresh when one of
    // them starts or ends (the next such instant changes), else only new chunks render.
    let changes = Infinity;
    for (const event of selected) {
      const { start, end } = spanIn(event, options.timeZone);
      changes = Math.min(changes, now < start ? start : now < end ? end : Infinity);
    }
    const cards = this.cards(
      selected,
      [selected, options.level, options.lang, options.timeZone, changes],
      (event) => renderEvent(event, options),
    );
    // Events grouped under their month's heading ("January 2017"), in the order they come.
    const months = new Map<string, unknown[]>();
    cards.forEach((card, index) => {
      const month = (selected[index] as Event).start.date.slice(0, 7);
      const list = months.get(month) ?? [];
      months.set(month, list);
      list.push(card);
    });
    return [...months].map(
      ([month, cards]) => html`<section part="month-group" class="month">
        ${heading(
          this.headingLevel,
          formatDays(options.lang, { month: 'long', year: 'numeric' }, `${month}-01`),
          'month-heading',
        )}
        <ul part="list" class="list">${cards}</ul>
      </section>`,
    );
  }
}

/** Each event's start and end in the zone they were last worked out in. */
const spans = new WeakMap<Event, { zone: string; start: number; end: number }>();

function spanIn(event: Event, zone: string): { start: number; end: number } {
  let span = spans.get(event);
  if (span?.zone !== zone) {
    span = { zone, ...eventInstants(event, zone) };
    spans.set(event, span);
  }
  return span;
}

defineElement('cw-event-list', CwEventList);

declare global {
  interface HTMLElementTagNameMap {
    'cw-event-list': CwEventList;
  }
}
