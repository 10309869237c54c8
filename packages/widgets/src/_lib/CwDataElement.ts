import {
  html,
  LitElement,
  noChange,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { CwErrorEvent } from '../events/cw-error';
import { CwItemActivateEvent } from '../events/cw-item-activate';
import { CwLoadEvent } from '../events/cw-load';
import { cache, fetchJson, type LoadError, loadError, toLoadError } from './fetchJson';
import { context } from './format';
import { CHUNK } from './pause';
import { safeUrl } from './safeUrl';

const idle = (callback: () => void) => (globalThis.requestIdleCallback ?? setTimeout)(callback);

/** The states every widget goes through, reflected in its `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error' | 'stale' | 'offline';

/**
 * What every CompetencyWorks widget shares: loading `src` through the page-wide request cache,
 * the states, the live region, the fallback content, Retry, and the three events. Items the
 * readers skip (a malformed field) are named once per load in a `console.warn`.
 *
 * @slot - Fallback content (e.g. a server-rendered list of links): shown while loading and when loading fails.
 * @slot header - Content above the widget.
 * @slot footer - Content below the widget.
 * @slot empty - Replaces the "nothing to show" message.
 * @slot error - Replaces the error message.
 * @csspart base - The wrapper of everything the widget renders.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The default "nothing to show" message.
 * @csspart error - The error block (message, Retry, fallback).
 * @csspart error-message - The default error message.
 * @csspart retry - The Retry buttons.
 * @csspart notice - "Showing saved ..." when a refresh failed or the viewer is offline.
 * @csspart live-region - The polite live region (visually hidden).
 * @cssprop --cw-color - Text color (default: inherit).
 * @cssprop --cw-font - Font shorthand (default: inherit).
 * @cssprop --cw-link-color - Link color (default: inherit).
 * @cssprop --cw-focus-ring - Outline of focused links and buttons (default: 2px solid currentColor).
 * @cssprop --cw-radius - Corner radius of buttons and cards (default: 0.25em).
 * @cssprop --cw-button-background - Button background (default: transparent).
 * @fires {CwLoadEvent} cw-load - Data was shown (from the network, the cache or a property).
 * @fires {CwErrorEvent} cw-error - Data could not be loaded or read.
 * @fires {CwItemActivateEvent} cw-item-activate - The user followed an item's link; cancelable.
 */
export abstract class CwDataElement<T> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    ttl: { type: Number },
    timeout: { type: Number },
    state: { reflect: true },
    data: { state: true },
    failure: { state: true },
    live: { state: true },
    rendered: { state: true },
  };

  /** URL of the JSON to show (http or https only; relative URLs resolve against the page). */
  src: string | null = null;

  /** Seconds a loaded response stays fresh; after that it is shown at once and refreshed (stale-while-revalidate). */
  ttl = 300;

  /** Milliseconds to wait for a response before giving up with an error. */
  timeout = 10_000;

  /**
   * Where the widget is: `loading`, `ready`, `empty`, `error`, `stale` (cached data shown while
   * refreshing, or after a failed refresh) or `offline`. Reflected; set by the widget, read it.
   */
  state: WidgetState = 'empty';

  /** The data on screen. */
  protected data: T | undefined;

  /** The last failure, cleared by a successful load. */
  protected failure: LoadError | undefined;

  /** The polite live region's text. */
  protected live = '';

  /**
   * How many cards a list has rendered so far: a chunk, then a chunk more each time the last
   * card comes within a screen's height of the viewport (see cards).
   */
  protected rendered = CHUNK;

  /** What the cards on screen were rendered from, how many there are, and whether more wait. */
  #cardsKey: unknown[] = [];
  #cardsShown = 0;
  #cardsWaiting = false;
  /** Watches the last card while more wait; made on first use (a server has no such thing). */
  #watch: IntersectionObserver | undefined;

  /** Items the readers skipped while reading the data being shown, reported once by `show`. */
  protected readonly issues: string[] = [];

  #controller: AbortController | undefined;

  /** What the widget lists, singular ("post"); every noun here takes a plain "s". */
  protected abstract get noun(): string;
  /**
   * Reads fetched JSON; throws a LoadError of kind `format` when it is not the expected shape.
   * A promise when reading a long list pauses the main thread (see drain).
   */
  protected abstract parse(json: unknown, url: string): T | Promise<T>;
  /** How many items the data shows (0 means the `empty` state). */
  protected abstract count(data: T): number;
  /** Renders the data. */
  protected abstract renderData(data: T): unknown;

  readonly #online = () => {
    if (this.state === 'offline' || this.state === 'error') this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // A page's first use of Intl costs Chromium 16-28 ms (it loads ICU): pay it for this
    // element's lang and zone when the page is idle (e.g. while `src` loads), not in the first
    // render with data.
    idle(() => context(this));
    addEventListener('online', this.#online);
    // Reconnected after being moved while a load was in flight: start it again.
    if (this.hasUpdated && (this.state === 'loading' || this.state === 'stale')) this.load();
  }

  /**
   * Adopts a server-rendered (declarative) shadow root (see ssr.ts): the data it carries seeds the
   * page-wide cache under `src` as of when it was rendered, so the first render shows it in the
   * same frame without a request (and refreshes it as usual once older than `ttl`). Where Lit's
   * hydration support is loaded, Lit hydrates the root instead.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (root && !(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport) {
      // The only script in the root is the data's (inert: its type is not JavaScript's). A root
      // without it, or with damaged JSON, throws here: then the element loads `src` as usual.
      const seed = root.querySelector('script');
      try {
        cache.set(safeUrl(this.src) as string, {
          data: JSON.parse(seed?.text as string),
          at: Number((seed as HTMLScriptElement).dataset.at),
        });
      } catch {}
      root.replaceChildren();
    }
    return super.createRenderRoot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#online);
    this.#controller?.abort();
  }

  /**
   * While cards wait (see cards), watches the last one: when it comes within a screen's height
   * of the viewport, a chunk more renders, in a task of its own. So the page holds the cards
   * the visitor has scrolled to, not all 10,000, and a frame lays out a chunk, not the list.
   */
  protected override updated(): void {
    // The observer stays while the element is moved: it watches the same card, which reports
    // crossing the viewport again once back in the page.
    this.#watch?.disconnect();
    if (this.#cardsWaiting) {
      this.#watch ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) this.rendered += CHUNK;
        },
        { rootMargin: '100%' },
      );
      this.#watch.observe([...this.renderRoot.querySelectorAll('li')].pop() as Element);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src) this.load();
  }

  /**
   * Loads `src` again (what Retry does). Resolves when the widget has settled.
   *
   * @example
   * await list.load();
   */
  async load(): Promise<void> {
    this.#controller?.abort();
    const { src } = this;
    if (!src) return;
    const url = safeUrl(src);
    if (!url) return this.#fail(loadError('url', 'Only http: and https: URLs can be loaded.'), src);
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    const cached = cache.get(url);
    let shown = false;
    if (cached) {
      try {
        // A small file shows in this very task; a long one after its slices are read.
        let data = this.parse(cached.data, url);
        if (data instanceof Promise) {
          this.#loading();
          data = await data;
        }
        if (signal.aborted) return;
        this.show(data, url, true);
        shown = true;
      } catch {
        // A cached response that does not parse is simply refetched.
      }
      if (shown && Date.now() - cached.at < this.ttl * 1000) return;
    }
    if (shown) this.state = 'stale';
    else this.#loading();
    try {
      const data = await this.parse(await fetchJson(url, this.timeout, signal), url);
      if (!signal.aborted) this.show(data, url, false);
    } catch (error) {
      if (!signal.aborted) this.#fail(toLoadError(error), url, shown);
    }
  }

  /**
   * Shows data set as a property: what `read` returns, or the error state (with `cw-error`) when
   * it throws, so no value a page sets can throw on the page or leave a wrong `state`.
   */
  protected showValue(read: () => T): void {
    try {
      this.show(read(), undefined, false);
    } catch (error) {
      this.#fail(toLoadError(error), undefined);
    }
  }

  /** Puts data on screen, settles the state and announces it; reports skipped items once. */
  protected show(data: T, url: string | undefined, fromCache: boolean): void {
    if (data !== this.data) this.rendered = CHUNK;
    this.data = data;
    this.failure = undefined;
    const count = this.count(data);
    this.state = count ? 'ready' : 'empty';
    this.live = count ? `Loaded ${this.plural(count)}` : `No ${this.noun}s to show`;
    this.warnIssues(url);
    this.dispatchEvent(new CwLoadEvent(count, url, fromCache));
  }

  /** Names the items skipped since the last call in one `console.warn`. */
  protected warnIssues(url: string | undefined): void {
    if (this.issues.length) {
      console.warn(
        `<${this.localName}> skipped what it could not read in ${url ?? 'its data'}: ${this.issues.join(', ')}`,
      );
      this.issues.length = 0;
    }
  }

  #loading(): void {
    this.state = 'loading';
    this.live = `Loading ${this.noun}s…`;
  }

  #fail(error: LoadError, url: string | undefined, keepData?: boolean): void {
    this.issues.length = 0;
    this.failure = error;
    this.state = error.kind === 'offline' ? 'offline' : keepData ? 'stale' : 'error';
    this.report(error, url, `Could not load ${this.noun}s`);
  }

  /** Announces a failure in plain words and fires `cw-error` with the technical detail. */
  protected report(error: LoadError, url: string | undefined, message: string): void {
    this.live = message;
    this.dispatchEvent(new CwErrorEvent(error.kind, error.message, url, error.status));
  }

  /**
   * The `<li>` cards of the first `rendered` items, so a long list never blocks the page nor
   * fills it: the rest follow a chunk at a time as the visitor scrolls towards them (see
   * updated). Cards already on screen from the same `key` (the list and whatever else the
   * cards show) are passed as `noChange`, which Lit skips, so each chunk costs only its new
   * cards.
   */
  protected cards<I>(items: readonly I[], key: unknown[], card: (item: I) => unknown): unknown[] {
    const shown = Math.min(items.length, this.rendered);
    const done = key.every((value, index) => value === this.#cardsKey[index])
      ? this.#cardsShown
      : 0;
    this.#cardsKey = key;
    this.#cardsShown = shown;
    // On the server the first chunk is the fragment (what the live element first shows).
    this.#cardsWaiting = shown < items.length;
    return items
      .slice(0, shown)
      .map((item, index) => (index < done ? noChange : html`<li part="item">${card(item)}</li>`));
  }

  /** "1 post", "5 posts". */
  protected plural(count: number): string {
    return `${count} ${this.noun}${count === 1 ? '' : 's'}`;
  }

  /** Turns a click on an item link (`a[data-id]`) into a cancelable `cw-item-activate`. */
  protected activate(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[data-id]') as HTMLAnchorElement | null;
    if (link && !this.dispatchEvent(new CwItemActivateEvent(link.dataset.id ?? '', link.href))) {
      event.preventDefault();
    }
  }

  override render(): unknown {
    const { state, data, failure, noun } = this;
    // Set again by cards when this render shows a list with cards still to come.
    this.#cardsWaiting = false;
    const retry = html`<button part="retry" type="button" @click=${this.load}>Retry</button>`;
    return html`<div part="base" aria-busy=${state === 'loading' || (state === 'stale' && !failure)} @click=${this.activate}>
        <slot name="header"></slot>
        ${
          state === 'loading'
            ? // Fallback content (any element without a slot, or text) instead of the skeleton.
              [...this.childNodes].some((node) =>
                node.nodeType === 1 ? !(node as Element).slot : /\S/.test(node.textContent ?? ''),
              )
              ? html`<slot></slot>`
              : html`<div part="skeleton" class="skeleton"></div>`
            : state === 'empty'
              ? html`<slot name="empty"><p part="empty">No ${noun}s to show.</p></slot>`
              : data === undefined || state === 'error'
                ? html`<div part="error">
                    <slot name="error"><p part="error-message">${`Sorry, the ${noun}s could not be loaded${failure?.kind === 'offline' ? ' while offline' : ''}.`}</p></slot>
                    ${retry}
                    <slot></slot>
                  </div>`
                : [
                    this.renderData(data),
                    failure
                      ? html`<p part="notice">Showing saved ${noun}s; newer ones could not be loaded. ${retry}</p>`
                      : nothing,
                  ]
        }
        <slot name="footer"></slot>
      </div>
      <div part="live-region" class="sr" role="status">${this.live}</div>`;
  }
}
