import type { Series, SeriesPart } from '@competencyworks/series';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { html, nothing } from 'lit';
import { CwDataElement } from './_lib/CwDataElement';
import { defineElement } from './_lib/defineElement';
import { loadError } from './_lib/fetchJson';
import { safeUrl } from './_lib/safeUrl';
import { seriesNavStyles } from './series-nav.styles';

const isSeries = (value: unknown): value is Series =>
  typeof (value as Series)?.title === 'string' && Array.isArray((value as Series).parts);

/**
 * The parts that are objects (remote data may hold anything), with absolute http(s) links only
 * (relative ones resolved against `base`).
 */
const resolve = (parts: SeriesPart[], base?: string): SeriesPart[] =>
  parts.flatMap((each) => {
    if (typeof each !== 'object' || !each) return [];
    const { url, ...part } = each;
    const href = safeUrl(url, base);
    return href ? { ...part, url: href } : part;
  });

const title = (part: SeriesPart) => part.title || `Part ${part.position ?? ''}`.trim();

/**
 * Navigation for a post that is part of a series: "Part 3 of the series ...", previous and next
 * links, and a collapsible table of contents with `aria-current="page"` on the current part.
 * Give it a `series` property, or `src` (`series.json` or `series/<slug>.json`) with `series-id`.
 *
 * @tagname cw-series-nav
 * @slot - Fallback content, shown while loading and when loading fails.
 * @slot header - Content above the navigation.
 * @slot footer - Content below the navigation.
 * @slot empty - Replaces "No parts to show."
 * @slot error - Replaces the error message.
 * @csspart nav - The `<nav>`.
 * @csspart position - "Part 3 of 5 in the series ..." ("Part 3 in the series ..." when the total is unknown).
 * @csspart series-title - The series title in that sentence.
 * @csspart pager - The previous/next list.
 * @csspart previous - The link to the previous part.
 * @csspart next - The link to the next part.
 * @csspart toc - The `<details>` table of contents.
 * @csspart toc-summary - Its `<summary>` ("All 5 parts").
 * @csspart parts - The `<ol>` of parts.
 * @csspart part - Each part's `<li>`.
 * @csspart part-link - Each part's link.
 * @fires {CwLoadEvent} cw-load - The series was shown.
 * @fires {CwErrorEvent} cw-error - The series file could not be loaded or read.
 * @fires {CwItemActivateEvent} cw-item-activate - A part link was followed; cancelable.
 */
export class CwSeriesNav extends CwDataElement<Series | null> {
  static override styles: CSSResultGroup = seriesNavStyles;

  static override properties: PropertyDeclarations = {
    series: { attribute: false },
    seriesId: { attribute: 'series-id' },
    current: {},
    tocOpen: { type: Boolean, attribute: 'toc-open' },
  };

  /** The series to show (a `Series` from @competencyworks/series). */
  series: Series | undefined;

  /** With `src` pointing at `series.json`: the id of the series (default: the one containing `current`). */
  seriesId: string | null = null;

  /** The current part: its post id or URL (default: the page's URL). */
  current: string | null = null;

  /** Open the table of contents at first. */
  tocOpen = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('series') && this.series) {
      const { series } = this;
      this.show(
        isSeries(series) ? { ...series, parts: resolve(series.parts) } : null,
        undefined,
        false,
      );
    }
  }

  private isCurrent(part: SeriesPart): boolean {
    const current = this.current ?? location.href;
    return part.postId === current || (!!part.url && part.url === safeUrl(current));
  }

  protected override get noun(): string {
    return 'part';
  }

  protected override parse(json: unknown, url: string): Series | null {
    const all = isSeries(json) ? [json] : (json as { series?: unknown })?.series;
    if (!Array.isArray(all)) {
      throw loadError('format', 'The response is not a series file (no "series" or "parts").');
    }
    // Resolve relative part links against the file they came from; drop unsafe ones.
    const found = all
      .filter(isSeries)
      .map((series) => ({ ...series, parts: resolve(series.parts, url) }));
    return (
      (this.seriesId
        ? found.find((s) => s.id === this.seriesId)
        : (found.find((s) => s.parts.some((p) => this.isCurrent(p))) ?? found[0])) ?? null
    );
  }

  protected override count(data: Series | null): number {
    return data?.parts.length ?? 0;
  }

  protected override renderData(series: Series | null): unknown {
    if (!series) return nothing;
    const parts = [...series.parts].sort(
      (a, b) => (a.position ?? Infinity) - (b.position ?? Infinity),
    );
    const index = parts.findIndex((p) => this.isCurrent(p));
    const here = parts[index];
    const link = (part: SeriesPart | undefined, rel: string, before: string, after = '') =>
      part?.url
        ? html`<li><a part=${rel === 'prev' ? 'previous' : rel} rel=${rel} href=${part.url} data-id=${part.postId ?? part.url}>${before}${title(part)}${after}</a></li>`
        : nothing;
    return html`<nav part="nav" aria-label=${`Series: ${series.title}`}>
      <p part="position">
        ${here ? `Part ${here.position ?? index + 1}${series.total ? ` of ${series.total}` : ''} in the series` : 'A series:'}
        <cite part="series-title">${series.title}</cite>
      </p>
      ${
        here
          ? html`<ul part="pager" class="pager">
            ${link(parts[index - 1], 'prev', '← Previous: ')}
            ${link(parts[index + 1], 'next', 'Next: ', ' →')}
          </ul>`
          : nothing
      }
      <details part="toc" ?open=${this.tocOpen}>
        <summary part="toc-summary">All ${parts.length} parts</summary>
        <ol part="parts" class="parts">
          ${parts.map(
            (part) =>
              html`<li part="part" value=${part.position ?? nothing}>${
                part.url
                  ? html`<a part="part-link" href=${part.url} data-id=${part.postId ?? part.url} aria-current=${part === here ? 'page' : nothing}>${title(part)}</a>`
                  : html`<span aria-current=${part === here ? 'page' : nothing}>${title(part)}</span>`
              }</li>`,
          )}
        </ol>
      </details>
    </nav>`;
  }
}

defineElement('cw-series-nav', CwSeriesNav);

declare global {
  interface HTMLElementTagNameMap {
    'cw-series-nav': CwSeriesNav;
  }
}
