import { orderedParts } from './orderedParts';
import type { Series, SeriesPart } from './series';

/**
 * A known part in a table of contents; `position` is absent for an unnumbered part.
 *
 * @example
 * const entry: KnownTocEntry = { position: 24, missing: false, part: part24 };
 */
export interface KnownTocEntry {
  position?: number;
  missing: false;
  part: SeriesPart;
}

/**
 * A numbered place in a series for which no part is known (parts 1-20 of a series known from 21).
 *
 * @example
 * const entry: MissingTocEntry = { position: 1, missing: true };
 */
export interface MissingTocEntry {
  position: number;
  missing: true;
}

/**
 * One line of a table of contents: a known part or a missing position.
 *
 * @example
 * for (const entry of tableOfContents(series)) console.log(entry.missing ? `${entry.position}. (missing)` : entry.part.title);
 */
export type TocEntry = KnownTocEntry | MissingTocEntry;

/**
 * The table of contents of a series: one entry for every position from 1 to the highest known
 * position or the stated total, whichever is larger, with missing positions present as
 * `{ position, missing: true }` so a gap is shown, not hidden; then the unnumbered parts.
 *
 * @param series - The series.
 * @returns The entries in reading order.
 * @example
 * // parts 2 and 4 known, total 4
 * tableOfContents(series);
 * //=> [
 * //   { position: 1, missing: true },
 * //   { position: 2, missing: false, part: part2 },
 * //   { position: 3, missing: true },
 * //   { position: 4, missing: false, part: part4 },
 * // ]
 */
export function tableOfContents(series: Pick<Series, 'parts' | 'total'>): TocEntry[] {
  const parts = orderedParts(series);
  const byPosition = new Map<number, SeriesPart>();
  const unnumbered: SeriesPart[] = [];
  for (const part of parts) {
    if (part.position === undefined) unnumbered.push(part);
    else if (!byPosition.has(part.position)) byPosition.set(part.position, part);
  }
  const last = Math.max(series.total ?? 0, ...byPosition.keys());
  const entries: TocEntry[] = [];
  for (let position = 1; position <= last; position++) {
    const part = byPosition.get(position);
    entries.push(
      part === undefined ? { position, missing: true } : { position, missing: false, part },
    );
  }
  for (const part of unnumbered) entries.push({ missing: false, part });
  return entries;
}
