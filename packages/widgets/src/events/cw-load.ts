/**
 * Fired when a widget has shown its data: after a load, a "Load more", or a cached copy.
 * Bubbles and is composed, so a page can listen on `document`.
 *
 * @example
 * list.addEventListener('cw-load', (event) => console.log(event.count, event.url));
 */
export class CwLoadEvent extends Event {
  constructor(
    /** How many items (posts, events or parts) the widget now shows data for. */
    readonly count: number,
    /** The URL the data came from; undefined when it was set as a property. */
    readonly url: string | undefined,
    /** True when the data came from the page's cache (a refresh may follow). */
    readonly fromCache: boolean,
  ) {
    super('cw-load', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-load': CwLoadEvent;
  }
  interface DocumentEventMap {
    'cw-load': CwLoadEvent;
  }
}
