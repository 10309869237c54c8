import type { Evidence } from '@competencyworks/core';
import type { SeriesKind } from '../series';

/** A post's claim to be a part of a series, read from one sentence. */
export interface MemberClaim {
  /** The series title as written. */
  title: string;
  kind: SeriesKind;
  position?: number;
  total?: number;
  evidence: Evidence;
}

/** A part named in another post's text ("Start with the first post on NYC Big Takeaways", "Read Part 1"). */
export interface PartReference {
  position?: number;
  title?: string;
  url?: string;
  evidence: Evidence;
}
