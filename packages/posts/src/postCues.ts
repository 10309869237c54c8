import { bodyMemo } from './_lib/bodyMemo';
import { htmlMayContainEach, matchEach } from './_lib/htmlMayContain';
import { ORIGIN_KEYWORDS } from './_lib/originRules';
import type { Post } from './post';

// Month names as findDates reads them: capitalised or all capitals, never lower case.
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const WEEKDAY_ENDS =
  '[Dd]ay|DAY|[Mm]on|MON|[Tt]ues?|TUES?|[Ww]ed|WED|[Tt]hu(?:rs?)?|THU(?:RS?)?|[Ff]ri|FRI|[Ss]at|SAT|[Ss]un|SUN';

/**
 * What each extractor looks for in a post's body before it reads the body, one pattern per cue,
 * each the pattern the extractor itself searches the text with (so the pre-scan and the reading
 * cannot disagree):
 *
 * - `origin`: the stems of a cross-post note ("originally", "first published", "reprinted"), for
 *   `detectOrigins`;
 * - `seriesStatement`: "series" or "tour" in lower case, as series statements are read, for
 *   `detectSeries`;
 * - `partReference`: "part", "start with", "begin with", "first post": a member naming other
 *   parts, for `detectSeries`;
 * - `eventDate`: a date as `extractEvents` reads one: a capitalised or all-capitals month name
 *   beside a day number ("May 3", "14 May", "the 30th of September", "OCTOBER 13"), or a numeric
 *   date with a year or after a weekday ("12/09/2021", "Friday 9/12"). Case-sensitive on purpose:
 *   capitals are rare, so it is fast.
 *
 * @example
 * POST_CUES.seriesStatement.test('the third post in this series'); //=> true
 */
export const POST_CUES = {
  origin: ORIGIN_KEYWORDS,
  seriesStatement: /series|tour/g,
  partReference: /part|start\s+with|begin\s+with|first\s+post/gi,
  eventDate: new RegExp(
    `\\b(?:${MONTHS})[a-z]{0,6}\\.?\\s+\\d|\\b(?:${MONTHS.toUpperCase()})[A-Z]{0,6}\\.?\\s+\\d|\\d(?:st|nd|rd|th)?(?:\\s+of)?,?\\s+(?:${MONTHS}|${MONTHS.toUpperCase()})|\\d\\/\\d{1,2}\\/\\d\\d|(?:${WEEKDAY_ENDS})\\.?,?\\s+\\d{1,2}\\/\\d`,
  ),
} as const satisfies Record<string, RegExp>;

/** The name of one of {@link POST_CUES}. */
export type PostCue = keyof typeof POST_CUES;

const CUE_NAMES = Object.keys(POST_CUES) as PostCue[];
// One array object for every call: htmlMayContainEach caches the combined patterns on it.
const CUE_PATTERNS: readonly RegExp[] = CUE_NAMES.map((cue) => POST_CUES[cue]);

const scanned = bodyMemo((post): Readonly<Record<PostCue, boolean>> => {
  const found =
    post.contentHtml !== undefined
      ? htmlMayContainEach(post.contentHtml, CUE_PATTERNS)
      : matchEach(post.excerpt, CUE_PATTERNS);
  return Object.fromEntries(CUE_NAMES.map((cue, i) => [cue, found[i] === true])) as Record<
    PostCue,
    boolean
  >;
});

/**
 * Which of {@link POST_CUES} a post's body may hold: the one pre-scan of the body that every
 * extractor shares, made once per post object (and kept by `copyPost` copies). The body is the
 * HTML content when the post has it, searched as HTML without rendering it (see
 * `htmlMayContain`: `false` is certain, `true` means "render and look"), else the excerpt, where
 * the answer is exact. `postFields(post, cue)` skips a body whose cue is false.
 *
 * A cheap way to ask whether a body could matter to an extractor at all: with every cue false,
 * origins, series statements and references, and dates are not read from it.
 *
 * @param post - A post from any parser.
 * @returns For each cue, whether the body may hold a match of it.
 * @example
 * postCues(post); // content '<p>This is the third post in our <em>series</em> on grading.</p>'
 * //=> { origin: false, seriesStatement: true, partReference: false, eventDate: false }
 */
export function postCues(post: Post): Readonly<Record<PostCue, boolean>> {
  return scanned(post);
}
