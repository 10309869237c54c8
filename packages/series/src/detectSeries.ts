import { type ParseIssue, slugify } from '@competencyworks/core';
import type { Post } from '@competencyworks/posts';
import type { MemberClaim, PartReference } from './_lib/claimTypes';
import { columnPrefix } from './_lib/columnPrefix';
import { readPost, titleEvidence } from './_lib/readPost';
import { SeriesBuilder } from './_lib/seriesBuilder';
import type { Series } from './series';

/**
 * What {@link detectSeries} returns.
 *
 * @example
 * const { series, posts, issues }: DetectSeriesResult = detectSeries(parseArchiveText(page).posts);
 */
export interface DetectSeriesResult {
  /** Every series found, in order of first appearance, parts in reading order. */
  series: Series[];
  /** Copies of the input posts, in the same order; members have `series` filled in. */
  posts: Post[];
  /** Disagreements between posts, reported rather than settled silently. */
  issues: ParseIssue[];
}

/**
 * Finds the series, tours, multipart posts and columns that posts belong to, from their words:
 *
 * - a statement in the title or text (`series.ordinal-in-series`, `series.ordinal-in-tour`,
 *   `series.numbered-in-series`, `series.member-in-series`, ...): "This is the twenty-fourth
 *   article in the series X.", "This is the ninth post of my X tour.", "This is Part 2 of 5 in
 *   our series on X", "This post is part of the X series" (ordinals in words or digits up to 999);
 * - else a part in the title (`series.title-part`, kind `multipart`): "X (Part 3)", "X: Part II",
 *   "X, Part 2 of 5: Subtitle"; or "X (continued)" (`series.title-continued`), which makes the
 *   post titled exactly "X", when present, part 1;
 * - else a column (`series.column-known-form` / `series.column-shared-prefix`): the words before
 *   a title's first ": ", when they have a column's form ("... of the Week", "Weekly ...",
 *   "... Roundup", "... Digest") or when at least two posts share them (two to eight words, no
 *   digits). Column parts have no position and read oldest first.
 *
 * A member's text may name other parts: "Start with the first post on NYC Big Takeaways"
 * (`series.ordinal-part-reference`) and "Read Part 1 and Part 2" (`series.sibling-part-reference`)
 * add those parts, with their evidence, a URL when the words are a link, and the post when one in
 * the input has that URL or title. Mentions of a series that this post is not part of ("Check out
 * the series on CCSD.", "read our series on ...") and "Part of the problem", "in part 3 of the
 * report" give nothing.
 *
 * A series' id is the slug of its title, so the same series found in two runs has the same id.
 * When two posts claim one position, the first (in input order) keeps it, the other is kept
 * without a position, and a `series-position-conflict` issue says so; differing kinds or totals
 * are reported the same way. The input is not changed.
 *
 * @param posts - Posts from any parser.
 * @returns The series, copies of the posts with `series` membership filled in, and the issues.
 * @example
 * const { series, posts: withSeries, issues } = detectSeries(parseArchiveText(december).posts);
 * series[0];
 * //=> { id: 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 * //     title: 'Implementing Competency Education in K-12 Systems: Insights from Local Leaders',
 * //     kind: 'series',
 * //     parts: [{ position: 21, postId: 'cw-2016-12-12-making-mid-course-corrections-and-refinements',
 * //               title: 'Making Mid-Course Corrections and Refinements', evidence: [...] }, ...] }
 * withSeries[1].series;
 * //=> { seriesId: 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders',
 * //     position: 24, evidence: { field: 'excerpt', rule: 'series.ordinal-in-series', ... } }
 * issues; //=> []
 */
export function detectSeries(posts: readonly Post[]): DetectSeriesResult {
  const builder = new SeriesBuilder(posts);
  const readings = posts.map(readPost);
  const claims: (MemberClaim | undefined)[] = readings.map((reading) => reading.claim);

  // "X (continued)" makes the post titled exactly "X" part 1.
  const byTitle = new Map<string, number>();
  posts.forEach((post, index) => {
    const id = slugify(post.title ?? '');
    if (id !== '' && !byTitle.has(id)) byTitle.set(id, index);
  });
  readings.forEach((reading) => {
    if (reading.claim?.evidence.rule !== 'series.title-continued') return;
    const base = byTitle.get(slugify(reading.claim.title));
    if (base !== undefined && claims[base] === undefined) {
      claims[base] = { ...reading.claim, position: 1 };
    }
  });

  // Columns: posts that are no other kind of member, by title prefix.
  const prefixes = posts.map((post, index) =>
    claims[index] || post.title === undefined ? undefined : columnPrefix(post.title),
  );
  // Count distinct titles: the same post read twice (from two sources) is not two issues.
  const shared = new Map<string, Set<string>>();
  prefixes.forEach((prefix, index) => {
    if (prefix === undefined) return;
    const id = slugify(prefix.prefix);
    let titles = shared.get(id);
    if (titles === undefined) {
      titles = new Set();
      shared.set(id, titles);
    }
    titles.add(slugify(posts[index]?.title ?? ''));
  });
  prefixes.forEach((prefix, index) => {
    const post = posts[index];
    if (prefix === undefined || post === undefined) return;
    const count = shared.get(slugify(prefix.prefix))?.size ?? 0;
    if (!prefix.knownForm && count < 2) return;
    const rule = prefix.knownForm ? 'series.column-known-form' : 'series.column-shared-prefix';
    claims[index] = { title: prefix.prefix, kind: 'column', evidence: titleEvidence(post, rule) };
  });

  claims.forEach((claim, index) => {
    if (claim !== undefined) builder.addMember(index, claim);
  });

  // A referenced part that is a post in the input, found by URL or title, becomes a member too.
  const byUrl = new Map<string, number>();
  posts.forEach((post, index) => {
    if (post.url !== undefined && !byUrl.has(post.url)) byUrl.set(post.url, index);
  });
  const targetOf = (reference: PartReference): number | undefined =>
    (reference.url !== undefined ? byUrl.get(reference.url) : undefined) ??
    (reference.title !== undefined ? byTitle.get(slugify(reference.title)) : undefined);
  readings.forEach((reading, index) => {
    const seriesId = builder.seriesOf(index);
    const claim = reading.claim;
    if (seriesId === undefined || claim === undefined) return;
    for (const reference of reading.references) {
      const target = targetOf(reference);
      if (target !== undefined && builder.seriesOf(target) === undefined) {
        builder.addMember(target, {
          title: claim.title,
          kind: claim.kind,
          ...(reference.position !== undefined ? { position: reference.position } : {}),
          evidence: reference.evidence,
        });
      }
      const targetPost = target !== undefined ? posts[target] : undefined;
      builder.addReference(
        seriesId,
        reference,
        targetPost !== undefined && builder.seriesOf(target ?? -1) === seriesId
          ? targetPost.id
          : undefined,
      );
    }
  });

  const series = builder.finish();
  const withSeries = posts.map((post, index) => {
    const membership = builder.memberships.get(index);
    return membership !== undefined ? { ...post, series: membership } : { ...post };
  });
  return { series, posts: withSeries, issues: builder.issues };
}
