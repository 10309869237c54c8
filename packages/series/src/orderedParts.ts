import type { Series, SeriesPart } from './series';

/**
 * The parts of a series in reading order: numbered parts by position, then the parts without a
 * position (a column's issues, a reference whose number is unknown) in the order given.
 *
 * @param series - The series; it is not changed.
 * @returns A new array of the same part records.
 * @example
 * orderedParts({ ...series, parts: [part24, part21, columnPart, part22] });
 * //=> [part21, part22, part24, columnPart]
 */
export function orderedParts(series: Pick<Series, 'parts'>): SeriesPart[] {
  const numbered: SeriesPart[] = [];
  const unnumbered: SeriesPart[] = [];
  for (const part of series.parts) {
    (part.position === undefined ? unnumbered : numbered).push(part);
  }
  // Array#sort is stable, so parts sharing a position (invalid, but possible in raw input) keep their order.
  numbered.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return [...numbered, ...unnumbered];
}
