import { type ParseIssue, slugify } from '@competencyworks/core';
import { copyPost, type Post } from '@competencyworks/posts';
import type { MemberClaim, PartReference } from './_lib/claimTypes';
import { columnPrefix } from './_lib/columnPrefix';
import { type PostReading, readPost, titleEvidence } from './_lib/readPost';
import { SeriesBuilder } from './_lib/seriesBuilder';
import type { Series } from './series';

/**
 * What {@link detectSeries} returns.
 *
 * @example
 * const { series, posts, issues }: DetectSeriesResult = detectSeries(readArchiveText(page).posts);
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
 * A series needs evidence of more than one part. A title alone ("X – Part 1") is such evidence
 * only with a part number above 1 or a total ("Part 1 of 3"); otherwise another post must claim
 * the same series or the post must name another part. Statements ("This post is part of the X
 * series") and columns carry their own evidence. Drops the claims without it, in place.
 */
function dropLoneFirstParts(
  claims: (MemberClaim | undefined)[],
  readings: readonly PostReading[],
  slug: (text: string) => string,
): void {
  const claimants = new Map<string, number>();
  for (const claim of claims) {
    if (claim === undefined) continue;
    const id = slug(claim.title);
    claimants.set(id, (claimants.get(id) ?? 0) + 1);
  }
  claims.forEach((claim, index) => {
    if (
      claim?.evidence.rule === 'series.title-part' &&
      (claim.position ?? 1) <= 1 &&
      (claim.total ?? 1) <= 1 &&
      claimants.get(slug(claim.title)) === 1 &&
      readings[index]?.references.length === 0
    ) {
      claims[index] = undefined;
    }
  });
}

/**
 * Finds the series, tours, multipart posts and columns that posts belong to, from their words:
 *
 * - a statement in the title or text (`series.ordinal-in-series`, `series.ordinal-in-tour`,
 *   `series.numbered-in-series`, `series.member-in-series`, ...): "This is the twenty-fourth
 *   article in the series X.", "This is the ninth post of my X tour.", "This is Part 2 of 5 in
 *   our series on X", "This post is part of the X series", "This is the fourth and final article
 *   on X" (part 4 of 4), "This post marks the introduction to a new series" (ordinals in words or
 *   digits up to 999); a series followed by a clause rather than a name ("a ten-part series that
 *   aims to ...") is named after the title's prefix ("Entry Points: ..."), never after the clause;
 * - else a part in the title (`series.title-part`, kind `multipart`): "X (Part 3)", "X: Part II",
 *   "X, Part 2 of 5: Subtitle", "X Part II", "X: Part 5, Subtitle", "X #25: Subtitle"; or "X
 *   (continued)" (`series.title-continued`), which makes the post titled exactly "X", when
 *   present, part 1. A title alone is evidence of a series only with a part number above 1 or a
 *   total: a lone "X – Part 1" needs a second post in the series or a reference to another part;
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
 * const { series, posts: withSeries, issues } = detectSeries(readArchiveText(december).posts);
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
  // Each title is slugged once: a feed's titles are read several times (by title, as prefixes,
  // as series names, as part titles).
  const slugs = new Map<string, string>();
  const slug = (text: string): string => {
    let id = slugs.get(text);
    if (id === undefined) {
      id = slugify(text);
      slugs.set(text, id);
    }
    return id;
  };
  const builder = new SeriesBuilder(posts, slug);
  const readings = posts.map(readPost);
  const claims: (MemberClaim | undefined)[] = readings.map((reading) => reading.claim);

  // Posts by the slug of their title, built only when a "(continued)" title or a reference by
  // title needs it.
  let titleIndex: Map<string, number> | undefined;
  const byTitle = (title: string): number | undefined => {
    if (titleIndex === undefined) {
      titleIndex = new Map();
      for (const [index, post] of posts.entries()) {
        const id = slug(post.title ?? '');
        if (id !== '' && !titleIndex.has(id)) titleIndex.set(id, index);
      }
    }
    return titleIndex.get(slug(title));
  };
  // "X (continued)" makes the post titled exactly "X" part 1.
  readings.forEach((reading) => {
    if (reading.claim?.evidence.rule !== 'series.title-continued') return;
    const base = byTitle(reading.claim.title);
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
    const id = slug(prefix.prefix);
    let titles = shared.get(id);
    if (titles === undefined) {
      titles = new Set();
      shared.set(id, titles);
    }
    titles.add(slug(posts[index]?.title ?? ''));
  });
  prefixes.forEach((prefix, index) => {
    const post = posts[index];
    if (prefix === undefined || post === undefined) return;
    const count = shared.get(slug(prefix.prefix))?.size ?? 0;
    if (!prefix.knownForm && count < 2) return;
    const rule = prefix.knownForm ? 'series.column-known-form' : 'series.column-shared-prefix';
    claims[index] = { title: prefix.prefix, kind: 'column', evidence: titleEvidence(post, rule) };
  });

  dropLoneFirstParts(claims, readings, slug);
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
    (reference.title !== undefined ? byTitle(reference.title) : undefined);
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
    return copyPost(post, membership !== undefined ? { series: membership } : {});
  });
  return { series, posts: withSeries, issues: builder.issues };
}
