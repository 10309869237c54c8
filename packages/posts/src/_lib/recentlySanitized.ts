// The last few strings `sanitizeHtml` returned. `findUnsafeHtml` consults them so a parser does
// not parse the HTML it just sanitised a second time when the post schema checks it (the guard
// cost as much as the sanitiser). A match is by value: a string equal to a sanitiser output is
// that output, and the sanitiser's outputs are safe by construction (its property test proves
// every output passes `findUnsafeHtml`). Anything else, hand-built HTML included, is parsed.
//
// Parsers validate each post right after sanitising its content, so a handful of entries is
// enough, and a stream over a 200 MB export holds no more than these few recent bodies. A ring
// compared with `===` rather than a Set: the schema hands back the very string the sanitiser
// returned, which `===` matches at once, where a Set would hash all of it first.

const SIZE = 8;
const ring: string[] = [];
let next = 0;

/** Records a string `sanitizeHtml` just returned. */
export function rememberSanitized(html: string): void {
  ring[next] = html;
  next = (next + 1) % SIZE;
}

/**
 * Whether `html` equals one of the last strings `sanitizeHtml` returned (which are safe, and never
 * share memory with the input they came from).
 */
export function wasRecentlySanitized(html: string): boolean {
  for (const recent of ring) if (recent === html) return true;
  return false;
}
