// Scores detectSeries and detectOrigins on the hand-labelled development set (devset/posts.json).
// Shared by devset.test.ts (which prints the figures and holds the floors) and bench/extract.bench.ts.
import { readFileSync } from 'node:fs';
import { slugify } from '@competencyworks/core';
import { detectOrigins, type Post } from '@competencyworks/posts';
import { detectSeries } from '../src/detectSeries';

/** One hand-labelled post of the development set (see devset/README.md). */
export interface DevPost {
  id: string;
  source: string;
  title: string;
  published?: string;
  text: string;
  series: {
    names: string[];
    position?: number;
    total?: number;
    siblings?: number[];
    kind?: string;
  } | null;
  origin: { publisher: string; date?: string } | null;
  trap?: string;
}

/** A ratio with its counts, so a printed figure says what it is out of. */
export interface Ratio {
  hits: number;
  of: number;
}

/** Every figure the scoring prints. */
export interface DevsetScore {
  seriesRecall: Ratio;
  seriesPrecision: Ratio;
  positions: Ratio;
  totals: Ratio;
  siblings: Ratio;
  falseSeries: string[];
  missedSeries: string[];
  originRecall: Ratio;
  originPrecision: Ratio;
  originDates: Ratio;
  falseOrigins: string[];
  missedOrigins: string[];
}

/** The development set's posts. */
export function readDevset(): DevPost[] {
  const file = new URL('./devset/posts.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { posts: DevPost[] }).posts;
}

/** A dev post as a parser would give it: the text as the excerpt of an archive page. */
export function toPost(dev: DevPost): Post {
  return {
    id: dev.id,
    title: dev.title,
    ...(dev.published !== undefined ? { published: dev.published } : {}),
    authors: [],
    excerpt: dev.text,
    categories: [],
    tags: [],
    origin: [],
    source: { format: 'archive-text' },
  };
}

// Names compare on their words: "Sal Khan’s The One World Schoolhouse" and
// "sal-khans-the-one-world-schoolhouse" are one name.
const sameName = (found: string, names: readonly string[]) =>
  names.some((name) => slugify(name) === slugify(found));

// A publisher compares on its letters, and a found name may be the label's first words ("Larry
// Walsh" for "Larry Walsh, High School Principal") or hold it ("the Reading Zone").
function samePublisher(found: string, label: string): boolean {
  const a = slugify(found);
  const b = slugify(label);
  return a !== '' && (a === b || b.startsWith(`${a}-`) || a.endsWith(`-${b}`));
}

const ratio = (hits: number, of: number): Ratio => ({ hits, of });

/**
 * Runs the detectors as `cw build` chains them (origins, then series over all posts) and scores
 * them against the labels.
 */
export function scoreDevset(devPosts: readonly DevPost[] = readDevset()): DevsetScore {
  const posts = devPosts.map(toPost);
  const origins = posts.map((post) => detectOrigins(post));
  const withOrigins = posts.map((post, i) => ({ ...post, origin: origins[i] ?? [] }));
  const result = detectSeries(withOrigins);
  const seriesById = new Map(result.series.map((series) => [series.id, series]));

  let seriesHits = 0;
  let seriesFound = 0;
  let positions = ratio(0, 0);
  let totals = ratio(0, 0);
  let siblings = ratio(0, 0);
  const falseSeries: string[] = [];
  const missedSeries: string[] = [];
  let originHits = 0;
  let originsFound = 0;
  let originDates = ratio(0, 0);
  const falseOrigins: string[] = [];
  const missedOrigins: string[] = [];

  devPosts.forEach((dev, i) => {
    const membership = result.posts[i]?.series;
    const series = membership !== undefined ? seriesById.get(membership.seriesId) : undefined;
    if (series !== undefined) seriesFound++;
    const label = dev.series;
    if (label === null) {
      if (series !== undefined) falseSeries.push(`${dev.id} "${dev.title}" → "${series.title}"`);
    } else if (series === undefined || !sameName(series.title, label.names)) {
      missedSeries.push(`${dev.id} "${dev.title}"${series ? ` (found "${series.title}")` : ''}`);
    } else {
      seriesHits++;
      if (label.position !== undefined) {
        positions = ratio(
          positions.hits + (membership?.position === label.position ? 1 : 0),
          positions.of + 1,
        );
      }
      if (label.total !== undefined) {
        totals = ratio(totals.hits + (series.total === label.total ? 1 : 0), totals.of + 1);
      }
      for (const sibling of label.siblings ?? []) {
        const named = series.parts.some((part) => part.position === sibling);
        siblings = ratio(siblings.hits + (named ? 1 : 0), siblings.of + 1);
      }
    }

    const found = origins[i] ?? [];
    originsFound += found.length;
    const want = dev.origin;
    if (want === null) {
      for (const origin of found)
        falseOrigins.push(`${dev.id} "${dev.title}" → "${origin.publisher}"`);
      return;
    }
    const match = found.find((origin) => samePublisher(origin.publisher, want.publisher));
    if (match === undefined) {
      missedOrigins.push(
        `${dev.id} "${want.publisher}"${found.length ? ` (found ${found.map((o) => `"${o.publisher}"`).join(', ')})` : ''}`,
      );
      return;
    }
    originHits++;
    if (want.date !== undefined) {
      originDates = ratio(
        originDates.hits + (match.date === want.date ? 1 : 0),
        originDates.of + 1,
      );
    }
  });

  const labelledSeries = devPosts.filter((dev) => dev.series !== null).length;
  const labelledOrigins = devPosts.filter((dev) => dev.origin !== null).length;
  return {
    seriesRecall: ratio(seriesHits, labelledSeries),
    seriesPrecision: ratio(seriesHits, seriesFound),
    positions,
    totals,
    siblings,
    falseSeries,
    missedSeries,
    originRecall: ratio(originHits, labelledOrigins),
    originPrecision: ratio(originHits, originsFound),
    originDates,
    falseOrigins,
    missedOrigins,
  };
}

const percent = ({ hits, of }: Ratio) =>
  of === 0 ? 'n/a' : `${((100 * hits) / of).toFixed(0)}% (${hits}/${of})`;

/** The score as printable lines: one figure per line, then the misses and false finds. */
export function formatDevsetScore(score: DevsetScore): string {
  return [
    `series recall ${percent(score.seriesRecall)}, precision ${percent(score.seriesPrecision)}`,
    `  part numbers ${percent(score.positions)}, totals ${percent(score.totals)}, sibling parts ${percent(score.siblings)}`,
    `  false series on unlabelled posts: ${score.falseSeries.length}`,
    ...score.falseSeries.map((line) => `    ${line}`),
    ...score.missedSeries.map((line) => `  missed ${line}`),
    `origin recall ${percent(score.originRecall)}, precision ${percent(score.originPrecision)}, dates ${percent(score.originDates)}`,
    `  false origins on unlabelled posts: ${score.falseOrigins.length}`,
    ...score.falseOrigins.map((line) => `    ${line}`),
    ...score.missedOrigins.map((line) => `  missed ${line}`),
  ].join('\n');
}
