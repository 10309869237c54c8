/**
 * WordPress percent-encodes non-ASCII slugs (`caf%c3%a9`); show them as written (`café`). A slug
 * that is not valid percent-encoding is kept as it is.
 */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
