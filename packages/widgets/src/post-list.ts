import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { html, nothing } from 'lit';
import { CwDataElement } from './_lib/CwDataElement';
import { defineElement } from './_lib/defineElement';
import { fetchJson, toLoadError } from './_lib/fetchJson';
import { context } from './_lib/format';
import { CHUNK } from './_lib/pause';
import { type PostPage, type PostView, readPostFeed, readPosts } from './_lib/postView';
import { drain } from './_lib/readEach';
import { renderPost } from './_lib/renderPost';
import { CwLoadEvent } from './events/cw-load';
import { postListStyles } from './post-list.styles';

const FILTERS = ['category', 'tag', 'series'] as const;

/**
 * A list of posts from any JSON Feed 1.0/1.1 (`src`) or from an `items` array, with filters and a
 * "Load more" button that reveals more posts and then follows the feed's `next_url`. Each post
 * shows its title link, date, authors, series badge, excerpt and origin.
 *
 * @tagname cw-post-list
 * @slot - Fallback content (e.g. a server-rendered list of links), shown while loading and when loading fails.
 * @slot header - Content above the list.
 * @slot footer - Content below the list.
 * @slot empty - Replaces "No posts to show."
 * @slot error - Replaces the error message.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart card - Each post's `<article>`.
 * @csspart title - Each post's heading.
 * @csspart link - Each title link.
 * @csspart meta - The line with date and authors.
 * @csspart date - The `<time>` elements.
 * @csspart authors - The authors.
 * @csspart badge - The series part badges.
 * @csspart excerpt - The excerpts.
 * @csspart origin - "Originally published by ...".
 * @csspart load-more - The "Load more" button.
 * @cssprop --cw-gap - Space between posts (default: 1.25em).
 * @cssprop --cw-muted-color - Color of dates, authors and origins (default: inherit).
 * @cssprop --cw-accent-color - Color of the series badges (default: currentColor).
 * @cssprop --cw-title-size - Font size of the titles (default: 1.15em).
 * @cssprop --cw-card-padding - Padding of each card (default: 0).
 * @cssprop --cw-card-background - Background of each card (default: transparent).
 * @fires {CwLoadEvent} cw-load - Posts were shown (also after "Load more").
 * @fires {CwErrorEvent} cw-error - The feed (or its next page) could not be loaded or read.
 * @fires {CwItemActivateEvent} cw-item-activate - A title link was followed; cancelable.
 */
export class CwPostList extends CwDataElement<PostPage> {
  static override styles: CSSResultGroup = postListStyles;

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    limit: { type: Number },
    category: {},
    tag: {},
    series: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    visible: { state: true },
    loadingMore: { state: true },
  };

  /** Posts to show instead of `src`: JSON Feed items (with or without the extension) or `Post` objects. */
  items: readonly unknown[] | undefined;

  /** How many posts to show at first and to add per "Load more" (0: all loaded posts). */
  limit = 0;

  /** Show only posts in this category (name or slug, any case). */
  category: string | null = null;

  /** Show only posts with this tag (name or slug, any case). */
  tag: string | null = null;

  /** Show only posts of this series (its id). */
  series: string | null = null;

  /** Level of each post title's heading, 1 to 6. */
  headingLevel = 3;

  private visible = 0;
  private loadingMore = false;

  /** The posts that pass the filters, read from the data only as far as needed. */
  #posts: PostView[] = [];
  /** How many of the data's posts read so far `#posts` has been filtered from. */
  #scanned = 0;
  #more: AbortController | undefined;

  protected override get noun(): string {
    return 'post';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('items') && this.items) {
      const { items } = this;
      this.showValue(() => ({ read: [], rest: readPosts(items, this.issues), next: undefined }));
    } else if (
      this.data &&
      (this.state === 'ready' || this.state === 'empty') &&
      ['limit', ...FILTERS].some((key) => changed.has(key))
    ) {
      this.#reset(this.data);
      this.state = this.count() ? 'ready' : 'empty';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#more?.abort();
  }

  protected override show(data: PostPage, url: string | undefined, fromCache: boolean): void {
    if (data !== this.data) this.#reset(data);
    super.show(data, url, fromCache);
  }

  /** Filters new data (or the same data by new filters) and shows its first `limit` posts. */
  #reset(data: PostPage): void {
    this.#posts = [];
    this.#scanned = 0;
    this.visible = this.limit > 0 ? this.limit : Infinity;
    this.rendered = CHUNK;
    this.#fill(data);
  }

  /**
   * Reads and filters posts until one more than `visible` pass (so Load more knows whether
   * there are more) or the data ends: with a limit, a 10,000-item feed costs `limit + 1` posts.
   */
  #fill(data: PostPage): void {
    const wanted = FILTERS.map((name) => this[name]?.trim().toLowerCase());
    const { read } = data;
    while (this.#posts.length <= this.visible) {
      if (this.#scanned === read.length) {
        const next = data.rest.next();
        if (next.done) return;
        read.push(next.value);
      }
      const post = read[this.#scanned++] as PostView;
      if (FILTERS.every((name, index) => !wanted[index] || post[name].includes(wanted[index]))) {
        this.#posts.push(post);
      }
    }
  }

  /** Whether the list will read every post: no limit, or a filter that may match few. */
  get #readsAll(): boolean {
    return !(this.limit > 0) || FILTERS.some((name) => this[name]?.trim());
  }

  protected override parse(json: unknown, url: string): PostPage | Promise<PostPage> {
    const page = readPostFeed(json, this.issues, url);
    // Posts it will all read are read now, pausing the main thread between slices.
    const reading = this.#readsAll && drain(page.rest, page.read);
    return reading ? reading.then(() => page) : page;
  }

  protected override count(): number {
    return Math.min(this.#posts.length, this.visible);
  }

  /**
   * Shows the next `limit` posts, fetching the feed's next page when all loaded posts are shown,
   * then moves focus to the first new post. What the "Load more" button does. Resolves once the
   * new posts, or the message saying they could not be loaded, are on screen.
   *
   * @example
   * await list.loadMore();
   */
  async loadMore(): Promise<void> {
    const { data } = this;
    if (!data || this.loadingMore) return;
    const before = this.count();
    const { next } = data;
    if (this.#posts.length <= before && next) {
      this.loadingMore = true;
      this.#more?.abort();
      this.#more = new AbortController();
      const { signal } = this.#more;
      try {
        const { rest, next: after } = readPostFeed(
          await fetchJson(next, this.timeout, signal),
          this.issues,
          next,
        );
        if (this.#readsAll) await drain(rest, data.read);
        signal.throwIfAborted();
        // The posts read so far (all of them: Load more fetches only then) and the filtered
        // ones stay, so the cards on screen keep their place; a new object is new data.
        this.data = { read: data.read, rest, next: after };
      } catch (error) {
        this.loadingMore = false;
        if (signal.aborted) return;
        this.report(toLoadError(error), next, 'Could not load more posts');
        // Like a successful load, resolve once the message is on screen.
        await this.updateComplete;
        return;
      }
      this.loadingMore = false;
    }
    this.visible = before + (this.limit > 0 ? this.limit : Infinity);
    this.rendered = before + CHUNK;
    this.#fill(this.data as PostPage);
    this.warnIssues(next);
    const total = this.count();
    const added = total - before;
    this.state = total ? 'ready' : 'empty';
    this.live = added ? `Loaded ${this.plural(added)} more` : 'No more posts';
    this.dispatchEvent(new CwLoadEvent(total, next, false));
    if (!added) return;
    await this.updateComplete;
    // The first new card (a focusable article that names the post) takes focus, with a ring
    // whether Load more was clicked or pressed; Tab then reaches its link.
    this.renderRoot.querySelectorAll('li')[before]?.querySelector('article')?.focus();
  }

  protected override renderData(data: PostPage): unknown {
    const posts = this.#posts;
    const options = { level: this.headingLevel, ...context(this) };
    // New data, filters or limit make a new `posts`; with a new lang or zone, every card
    // renders afresh.
    const cards = this.cards(
      posts.slice(0, this.count()),
      [posts, options.level, options.lang, options.timeZone],
      (post) => renderPost(post, options),
    );
    return html`<ul part="list" class="list">${cards}</ul>
      ${
        posts.length > this.visible || data.next
          ? html`<button
              part="load-more"
              type="button"
              aria-disabled=${this.loadingMore}
              @click=${this.loadMore}
            >
              ${this.loadingMore ? 'Loading…' : 'Load more'}
            </button>`
          : nothing
      }`;
  }
}

defineElement('cw-post-list', CwPostList);

declare global {
  interface HTMLElementTagNameMap {
    'cw-post-list': CwPostList;
  }
}
