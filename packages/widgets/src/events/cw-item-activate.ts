/**
 * Fired when the user follows an item's link (a post title, an event title, a series part).
 * Cancelable: call `preventDefault()` to stop the navigation, e.g. to route inside a single-page
 * app. Bubbles and is composed.
 *
 * @example
 * list.addEventListener('cw-item-activate', (event) => {
 *   event.preventDefault();
 *   router.push(event.url);
 * });
 */
export class CwItemActivateEvent extends Event {
  constructor(
    /** The item's id (post id, event id or the part's post id or URL). */
    readonly itemId: string,
    /** The absolute http(s) URL the link points to. */
    readonly url: string,
  ) {
    super('cw-item-activate', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-item-activate': CwItemActivateEvent;
  }
  interface DocumentEventMap {
    'cw-item-activate': CwItemActivateEvent;
  }
}
