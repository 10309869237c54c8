import { slugify } from '@competencyworks/core';

/**
 * A stable id for a post whose source gives none (archive pages): `cw-` + the date, when known,
 * + a slug of the title. Stable across rebuilds because it depends only on what the page shows.
 */
export function derivePostId(title: string, date?: string): string {
  const slug = slugify(title, 60) || 'untitled';
  return date ? `cw-${date.slice(0, 10)}-${slug}` : `cw-${slug}`;
}
