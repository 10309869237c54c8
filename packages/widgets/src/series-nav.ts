import type { Series, SeriesPart } from '@competencyworks/series';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { html, nothing } from 'lit';
import { CwDataElement } from './_lib/CwDataElement';
import { defineElement } from './_lib/defineElement';
import { loadError } from './_lib/fetchJson';
import { count, type Json, readEach, text } from './_lib/readEach';
import { safeUrl } from './_lib/safeUrl';
import { serverPage } from './_lib/serverPage';
import { seriesNavStyles } from './series-nav.styles';

/** A part from remote data, field by field; relative links resolve against `base`, unsafe ones go. */
function readPart(part: Json, base: string | undefined): SeriesPart {
  const read: SeriesPart = { evidence: [] };
  const position = count(part, 'position');
  const postId = text(part, 'postId');
  const title = text(part, 'title');
  const url = safeUrl(text(part, 'url'), base);
  if (position !== undefined) read.position = position;
  if (postId) read.postId = postId;
  if (title) read.title = title;
  if (url) read.url = url;
  return read;
}

/** A series from remote data: a title and a list of parts, else not a series; bad parts are skipped. */
function readSeries(value: unknown, issues: string[], base?: string): Series | undefined {
  const series = value as Json | null;
  if (typeof series?.title !== 'string' || !Array.isArray(series.parts)) return undefined;
  const read: Series = {
    id: typeof series.id === 'string' ? series.id : '',
    title: series.title,
    kind: 'series',
    parts: readEach(series.parts, 'parts', (part) => readPart(part, base), issues),
  };
  const total = typeof series.total === 'number' && series.total > 0 ? series.total : undefined;
  if (total) read.total = total;
  return read;
}

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
      this.showValue(() => readSeries(series, this.issues) ?? null);
    }
  }

  private isCurrent(part: SeriesPart): boolean {
    // On the server there is no page: only an explicit `current` marks a part.
    const current = this.current ?? serverPage.url ?? location.href;
    return part.postId === current || (!!part.url && part.url === safeUrl(current));
  }

  protected override get noun(): string {
    return 'part';
  }

  protected override parse(json: unknown, url: string): Series | null {
    const single = readSeries(json, this.issues, url);
    const all = single ? [json] : (json as { series?: unknown })?.series;
    if (!Array.isArray(all)) {
      throw loadError('format', 'The response is not a series file (no "series" or "parts").');
    }
    // Relative part links resolve against the file they came from; unsafe ones are dropped.
    const found = single
      ? [single]
      : all.flatMap((series, index) => {
          const read = readSeries(series, this.issues, url);
          if (!read) this.issues.push(`series[${index}]`);
          return read ?? [];
        });
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
        <summary part="toc-summary">${parts.length === 1 ? 'The only part' : `All ${parts.length} parts`}</summary>
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
