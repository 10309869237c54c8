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
  type CreativeWorkSeriesJsonLd,
  type CreativeWorkSeriesJsonLdOptions,
  type SeriesPartJsonLd,
  seriesToJsonLd,
} from './seriesToJsonLd';
export {
  type KnownTocEntry,
  type MissingTocEntry,
  type TocEntry,
  tableOfContents,
} from './tableOfContents';
