/**
 * Fired when a widget could not load or read its data. The widget shows an error (or keeps its
 * fallback content) and a Retry button. Bubbles and is composed.
 *
 * @example
 * list.addEventListener('cw-error', (event) => report(event.kind, event.message));
 */
export class CwErrorEvent extends Event {
  constructor(
    /** What failed: `http`, `timeout`, `network`, `offline`, `json`, `format` or `url`. */
    readonly kind: string,
    /** A sentence saying what went wrong. */
    readonly message: string,
    /** The URL that failed, when there was one. */
    readonly url: string | undefined,
    /** The HTTP status for `http` failures, else 0. */
    readonly status: number,
  ) {
    super('cw-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-error': CwErrorEvent;
  }
  interface DocumentEventMap {
    'cw-error': CwErrorEvent;
  }
}
