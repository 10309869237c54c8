/**
 * Title prefixes that name a recurring column by their form alone, so one post is enough:
 * "Learner-Centered Tip of the Week:", "Weekly Roundup:", "Monthly Digest:".
 */
const COLUMN_FORM =
  /\b(?:of\s+the\s+(?:week|month|day)|weekly|monthly|round-?up|digest|mailbag)\b/i;

/** A title's column prefix, the words before the first ": ". */
export interface ColumnPrefix {
  prefix: string;
  /** True when the prefix has a known column form; otherwise it takes two posts sharing it. */
  knownForm: boolean;
}

/**
 * The prefix before the first ": " of a title, when it could name a column: two to eight words,
 * no digits ("January 11th Webinar:" names a date, not a column), and a title after it. One-word
 * prefixes ("Webinar:", "Update:") are labels, not columns, unless of a known column form.
 *
 * @example
 * columnPrefix('Learner-Centered Tip of the Week: Steps'); //=> { prefix: 'Learner-Centered Tip of the Week', knownForm: true }
 * columnPrefix('Swift: When to use guard'); //=> undefined
 */
export function columnPrefix(title: string): ColumnPrefix | undefined {
  const colon = title.indexOf(': ');
  if (colon <= 0) return undefined;
  const prefix = title.slice(0, colon).trim();
  if (title.slice(colon + 2).trim() === '' || prefix.length > 60 || /\d/.test(prefix))
    return undefined;
  const words = prefix.split(/\s+/).length;
  const knownForm = COLUMN_FORM.test(prefix);
  if (words > 8 || (words < 2 && !knownForm)) return undefined;
  return { prefix, knownForm };
}
