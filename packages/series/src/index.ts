export { type AdjacentParts, adjacentParts } from './adjacentParts';
export { type DetectSeriesResult, detectSeries } from './detectSeries';
export { orderedParts } from './orderedParts';
export {
  parseSeries,
  type Series,
  type SeriesKind,
  type SeriesPart,
  SeriesPartSchema,
  SeriesSchema,
  safeParseSeries,
} from './series';
export {
  type KnownTocEntry,
  type MissingTocEntry,
  type TocEntry,
  tableOfContents,
} from './tableOfContents';
export {
  type CreativeWorkSeriesJsonLd,
  type CreativeWorkSeriesJsonLdOptions,
  type SeriesPartJsonLd,
  toJsonLd,
} from './toJsonLd';
