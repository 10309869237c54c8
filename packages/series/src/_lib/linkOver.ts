import type { TextLink } from '@competencyworks/posts';

/** The first http(s) link whose text overlaps the range, if any. */
export function linkOver(
  links: readonly TextLink[],
  start: number,
  end: number,
): string | undefined {
  for (const link of links) {
    if (link.start < end && link.end > start && /^https?:\/\//i.test(link.href)) return link.href;
  }
  return undefined;
}
