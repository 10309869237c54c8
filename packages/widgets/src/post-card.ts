import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { CwDataElement } from './_lib/CwDataElement';
import { defineElement } from './_lib/defineElement';
import { context } from './_lib/format';
import { type PostView, readPostFeed, readPosts } from './_lib/postView';
import { renderPost } from './_lib/renderPost';
import { postCardStyles } from './post-card.styles';

/**
 * One post as a card: title link, date, authors, series badge ("Part 24"), plain-text excerpt
 * and origin ("Originally published by Getting Smart"). Give it a `post` property (a JSON Feed
 * item or a `Post`), or a JSON Feed `src` and optionally the `item-id` to show.
 *
 * @tagname cw-post-card
 * @slot - Fallback content, shown while loading and when loading fails.
 * @slot header - Content above the card.
 * @slot footer - Content below the card.
 * @slot empty - Replaces "No posts to show."
 * @slot error - Replaces the error message.
 * @csspart card - The `<article>`.
 * @csspart title - The heading.
 * @csspart link - The title link.
 * @csspart meta - The line with date and authors.
 * @csspart date - The `<time>` element.
 * @csspart authors - The authors.
 * @csspart badge - The series part badge.
 * @csspart excerpt - The excerpt.
 * @csspart origin - "Originally published by ...".
 * @cssprop --cw-muted-color - Color of the date, authors and origin (default: inherit).
 * @cssprop --cw-accent-color - Color of the series badge (default: currentColor).
 * @cssprop --cw-title-size - Font size of the title (default: 1.15em).
 * @cssprop --cw-card-padding - Padding of the card (default: 0).
 * @cssprop --cw-card-background - Background of the card (default: transparent).
 * @fires {CwLoadEvent} cw-load - The post was shown.
 * @fires {CwErrorEvent} cw-error - The feed could not be loaded or read.
 * @fires {CwItemActivateEvent} cw-item-activate - The title link was followed; cancelable.
 */
export class CwPostCard extends CwDataElement<PostView | null> {
  static override styles: CSSResultGroup = postCardStyles;

  static override properties: PropertyDeclarations = {
    post: { attribute: false },
    itemId: { attribute: 'item-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The post to show: a JSON Feed item (with or without the `_competencyworks` extension) or a `Post`. */
  post: unknown;

  /** With `src`: the id of the feed item to show (default: the first item). */
  itemId: string | null = null;

  /** Level of the title heading, 1 to 6. */
  headingLevel = 3;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('post') && this.post !== undefined) {
      const { post } = this;
      this.showValue(() => readPosts([post], this.issues).next().value ?? null);
    }
  }

  protected override get noun(): string {
    return 'post';
  }

  protected override parse(json: unknown, url: string): PostView | null {
    // Read only as far as the post shown: the first, or the one with `item-id`.
    for (const view of readPostFeed(json, this.issues, url).rest) {
      if (!this.itemId || view.id === this.itemId) return view;
    }
    return null;
  }

  protected override count(data: PostView | null): number {
    return data ? 1 : 0;
  }

  protected override renderData(data: PostView | null): TemplateResult | undefined {
    return data ? renderPost(data, { level: this.headingLevel, ...context(this) }) : undefined;
  }
}

defineElement('cw-post-card', CwPostCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-post-card': CwPostCard;
  }
}
