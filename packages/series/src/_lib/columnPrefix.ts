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

// A spaced dash also ends a prefix ("Homeschool Weekly Moments and Musings – A Lighter Week"),
// but only for a known column form: "Strategies 360 - Who Are These People" is one title.
const DASH = /\s[-–—]\s/;

/**
 * The words of a title before its first ": ", when a title follows them: what a series or a
 * column is named by when the text does not name it ("Entry Points: Moving Toward ...").
 *
 * @example
 * titlePrefix('In Real Life: How competency-based systems wrestle'); //=> 'In Real Life'
 * titlePrefix('The Broken Model'); //=> undefined
 */
export function titlePrefix(title: string): string | undefined {
  const colon = title.indexOf(': ');
  if (colon <= 0 || title.slice(colon + 2).trim() === '') return undefined;
  const prefix = title.slice(0, colon).trim();
  return prefix.length <= 60 && /\p{L}/u.test(prefix) ? prefix : undefined;
}

/**
 * The prefix before the first ": " of a title, when it could name a column: two to eight words,
 * no digits ("January 11th Webinar:" names a date, not a column), and a title after it. One-word
 * prefixes ("Webinar:", "Update:") are labels, not columns, unless of a known column form, which
 * may also end at a spaced dash.
 *
 * @example
 * columnPrefix('Learner-Centered Tip of the Week: Steps'); //=> { prefix: 'Learner-Centered Tip of the Week', knownForm: true }
 * columnPrefix('Swift: When to use guard'); //=> undefined
 */
export function columnPrefix(title: string): ColumnPrefix | undefined {
  let prefix = titlePrefix(title);
  if (prefix === undefined) {
    const dash = DASH.exec(title);
    if (dash === null || !COLUMN_FORM.test(title.slice(0, dash.index))) return undefined;
    if (title.slice(dash.index + dash[0].length).trim() === '') return undefined;
    prefix = title.slice(0, dash.index).trim();
  }
  if (prefix.length > 60 || /\d/.test(prefix)) return undefined;
  const words = prefix.split(/\s+/).length;
  const knownForm = COLUMN_FORM.test(prefix);
  if (words > 8 || (words < 2 && !knownForm)) return undefined;
  return { prefix, knownForm };
}
