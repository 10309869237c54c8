import { undoTypography } from './text';

/**
 * Makes a stable, URL-safe slug from a title: lower case ASCII letters, digits and single
 * hyphens. Accents are folded ("é" → "e"), quotes dropped, everything else becomes a hyphen.
 *
 * @example
 * slugify('Implementing Competency Education in K-12 Systems: Insights from Local Leaders');
 * //=> 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders'
 * slugify('Mastery Motivates Students: “No Way” vs. “Not Yet”');
 * //=> 'mastery-motivates-students-no-way-vs-not-yet'
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = undoTypography(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['"]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
}
