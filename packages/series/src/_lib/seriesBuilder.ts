import { type Evidence, type ParseIssue, slugify } from '@competencyworks/core';
import type { Post, SeriesMembership } from '@competencyworks/posts';
import { orderedParts } from '../orderedParts';
import type { Series, SeriesPart } from '../series';
import type { MemberClaim, PartReference } from './claimTypes';

interface Building {
  series: Series;
  byPost: Map<string, SeriesPart>;
  byPosition: Map<number, SeriesPart>;
  /**
   * Parts by the slug of their title, for references that name a part by title: made when the
   * first such reference comes (most series get none, and slugging every part's title was a
   * tenth of series detection on a feed of 10,000 numbered posts), then kept up to date.
   */
  byTitle?: Map<string, SeriesPart>;
  /** Each stated total with the index of the post that stated it. */
  totals: Map<number, number>;
}

function evidenceKey(evidence: Evidence): string {
  return `${evidence.postId}\u0000${evidence.field}\u0000${evidence.start}\u0000${evidence.rule}`;
}

const evidenceKeys = new WeakMap<SeriesPart, Set<string>>();

function addEvidence(part: SeriesPart, evidence: Evidence): void {
  let keys = evidenceKeys.get(part);
  if (keys === undefined) {
    keys = new Set(part.evidence.map(evidenceKey));
    evidenceKeys.set(part, keys);
  }
  const key = evidenceKey(evidence);
  if (keys.has(key)) return;
  keys.add(key);
  part.evidence.push(evidence);
}

/**
 * Collects claims and references into series: one record per slug, one part per post or
 * position, and an issue whenever two statements disagree (two posts claiming one position, a
 * series called a tour in one post and a series in another, two different totals).
 *
 * @example
 * const builder = new SeriesBuilder(posts);
 * builder.addMember(0, { title: 'Gap', kind: 'multipart', position: 3, evidence });
 * builder.finish(); //=> [{ id: 'gap', title: 'Gap', kind: 'multipart', parts: [{ position: 3, ... }] }]
 */
export class SeriesBuilder {
  readonly issues: ParseIssue[] = [];
  readonly memberships = new Map<number, SeriesMembership>();
  private readonly building = new Map<string, Building>();

  private readonly postIndex = new Map<string, number>();

  constructor(
    private readonly posts: readonly Post[],
    private readonly slug: (text: string) => string = slugify,
  ) {
    posts.forEach((post, index) => {
      if (!this.postIndex.has(post.id)) this.postIndex.set(post.id, index);
    });
  }

  private indexOf(postId: string): number {
    return this.postIndex.get(postId) ?? -1;
  }

  /** The slug id of a series title, or undefined when the title has no letters or digits. */
  idOf(title: string): string | undefined {
    return this.slug(title) || undefined;
  }

  private open(id: string, claim: MemberClaim, index: number): Building {
    let building = this.building.get(id);
    if (building === undefined) {
      building = {
        series: { id, title: claim.title, kind: claim.kind, parts: [] },
        byPost: new Map(),
        byPosition: new Map(),
        totals: new Map(),
      };
      this.building.set(id, building);
    } else if (building.series.kind !== claim.kind) {
      this.issues.push({
        code: 'series-kind-conflict',
        severity: 'warning',
        index,
        message: `post "${this.posts[index]?.title ?? this.posts[index]?.id}" calls "${building.series.title}" a ${claim.kind}, an earlier post a ${building.series.kind}; kept ${building.series.kind}`,
      });
    }
    return building;
  }

  /** Adds a post as a part of the series its claim names. */
  addMember(index: number, claim: MemberClaim): void {
    const post = this.posts[index];
    const id = this.idOf(claim.title);
    if (post === undefined || id === undefined) return;
    const building = this.open(id, claim, index);
    const known = building.byPost.get(post.id);
    if (known !== undefined) {
      addEvidence(known, claim.evidence);
      return;
    }
    let position = claim.position;
    if (position !== undefined) {
      const holder = building.byPosition.get(position);
      if (holder !== undefined) {
        const holderTitle = holder.title ?? holder.postId ?? 'a referenced part';
        this.issues.push({
          code: 'series-position-conflict',
          severity: 'warning',
          index,
          message: `posts "${holderTitle}" and "${post.title ?? post.id}" both claim part ${position} of "${building.series.title}"; kept "${holderTitle}" as part ${position} and "${post.title ?? post.id}" without a position`,
        });
        position = undefined;
      }
    }
    const part: SeriesPart = {
      ...(position !== undefined ? { position } : {}),
      postId: post.id,
      ...(post.title !== undefined ? { title: post.title } : {}),
      ...(post.url !== undefined ? { url: post.url } : {}),
      evidence: [claim.evidence],
    };
    building.series.parts.push(part);
    building.byPost.set(post.id, part);
    this.indexTitle(building, part);
    if (position !== undefined) building.byPosition.set(position, part);
    if (claim.total !== undefined && !building.totals.has(claim.total)) {
      building.totals.set(claim.total, index);
    }
    this.memberships.set(index, {
      seriesId: id,
      ...(position !== undefined ? { position } : {}),
      evidence: claim.evidence,
    });
  }

  private indexTitle(building: Building, part: SeriesPart): void {
    if (building.byTitle === undefined) return;
    const titleId = part.title !== undefined ? this.slug(part.title) : '';
    if (titleId !== '' && !building.byTitle.has(titleId)) building.byTitle.set(titleId, part);
  }

  /**
   * The parts of a series by the slug of their title. Made from the parts in order, it holds
   * what indexing each part as it came would have: until it is made, only `addMember` adds
   * titled parts (it appends them), as `addReference` makes it before it gives a part a title.
   */
  private partsByTitle(building: Building): Map<string, SeriesPart> {
    if (building.byTitle === undefined) {
      building.byTitle = new Map();
      for (const part of building.series.parts) this.indexTitle(building, part);
    }
    return building.byTitle;
  }

  /** The id of the series a post is already a member of, if any. */
  seriesOf(index: number): string | undefined {
    return this.memberships.get(index)?.seriesId;
  }

  /**
   * Adds a part named in another post. It joins the part already known at its position or
   * under its title, or becomes a part of its own (without a post) otherwise.
   */
  addReference(seriesId: string, reference: PartReference, targetPostId?: string): void {
    const building = this.building.get(seriesId);
    if (building === undefined) return;
    const titleId = reference.title !== undefined ? this.slug(reference.title) : undefined;
    // Made before a part can take this reference's title, so parts keep being indexed in the
    // order they got their titles.
    const byTitle = titleId !== undefined ? this.partsByTitle(building) : undefined;
    let part =
      (targetPostId !== undefined ? building.byPost.get(targetPostId) : undefined) ??
      (reference.position !== undefined
        ? building.byPosition.get(reference.position)
        : undefined) ??
      (titleId !== undefined ? byTitle?.get(titleId) : undefined);
    if (part === undefined) {
      part = {
        ...(reference.position !== undefined ? { position: reference.position } : {}),
        ...(reference.title !== undefined ? { title: reference.title } : {}),
        ...(reference.url !== undefined ? { url: reference.url } : {}),
        evidence: [],
      };
      building.series.parts.push(part);
      if (reference.position !== undefined) building.byPosition.set(reference.position, part);
      this.indexTitle(building, part);
    } else {
      const partTitleId = part.title !== undefined ? this.slug(part.title) : undefined;
      if (
        titleId !== undefined &&
        partTitleId !== undefined &&
        partTitleId !== titleId &&
        !partTitleId.startsWith(`${titleId}-`)
      ) {
        this.issues.push({
          code: 'series-reference-conflict',
          severity: 'warning',
          index: this.indexOf(reference.evidence.postId),
          message: `"${reference.evidence.sentence}" names part ${reference.position} of "${building.series.title}" "${reference.title}", but part ${reference.position} is "${part.title}"; kept "${part.title}"`,
        });
      }
      if (part.title === undefined && reference.title !== undefined) {
        part.title = reference.title;
        this.indexTitle(building, part);
      }
      if (part.url === undefined && reference.url !== undefined) part.url = reference.url;
    }
    addEvidence(part, reference.evidence);
  }

  /** The finished series in order of first appearance, each with its parts in reading order. */
  finish(): Series[] {
    const published = new Map(this.posts.map((post) => [post.id, String(post.published ?? '')]));
    const result: Series[] = [];
    for (const { series, byPosition, totals } of this.building.values()) {
      if (totals.size > 0) {
        const total = Math.max(...totals.keys());
        if (totals.size > 1) {
          this.issues.push({
            code: 'series-total-conflict',
            severity: 'warning',
            index: totals.get(total) ?? 0,
            message: `posts give different totals for "${series.title}" (${[...totals.keys()].join(', ')}); kept ${total}`,
          });
        }
        const beyond = Math.max(...byPosition.keys());
        if (beyond > total) {
          this.issues.push({
            code: 'series-position-beyond-total',
            severity: 'warning',
            index: totals.get(total) ?? 0,
            message: `"${series.title}" is said to have ${total} parts but part ${beyond} is known; the total was dropped`,
          });
        } else series.total = total;
      }
      // Unnumbered parts (a column's posts) read oldest first; undated ones keep their order at the end.
      const dated = (part: SeriesPart) =>
        (part.postId !== undefined ? published.get(part.postId) : '') || '\uffff';
      const unnumbered = series.parts.filter((part) => part.position === undefined);
      unnumbered.sort((a, b) => (dated(a) < dated(b) ? -1 : dated(a) > dated(b) ? 1 : 0));
      const numbered = series.parts.filter((part) => part.position !== undefined);
      series.parts = orderedParts({ parts: [...numbered, ...unnumbered] });
      result.push(series);
    }
    return result;
  }
}
