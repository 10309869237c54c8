import { bodyMemo } from './_lib/bodyMemo';
import { hidesWords, htmlMayContainEach, matchEach } from './_lib/htmlMayContain';
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

// The cues in groups of one letter-case mode: one pass over a body answers a whole group, and a
// group is scanned only when one of its cues is asked for (extractEvents alone needs one group).
// Each group's pattern list is one array object for every call: htmlMayContainEach caches the
// combined patterns on it.
const CUE_GROUPS: { cues: PostCue[]; patterns: readonly RegExp[] }[] = [];
for (const cue of CUE_NAMES) {
  const flags = POST_CUES[cue].flags.replace(/[gy]/g, '');
  let group = CUE_GROUPS.find(({ patterns }) => patterns[0]?.flags.replace(/[gy]/g, '') === flags);
  if (group === undefined) {
    group = { cues: [], patterns: [] };
    CUE_GROUPS.push(group);
  }
  group.cues.push(cue);
  (group.patterns as RegExp[]).push(POST_CUES[cue]);
}

// What is known of each post's body so far: cues of the groups scanned, and whether its HTML
// hides words from the scan (worked out at most once, when a cue is not found).
const known = bodyMemo((): { cues: Partial<Record<PostCue, boolean>>; hides?: boolean } => ({
  cues: {},
}));

function scanGroup(post: Post, group: (typeof CUE_GROUPS)[number]): void {
  const body = known(post);
  const found =
    post.contentHtml !== undefined
      ? htmlMayContainEach(post.contentHtml, group.patterns, (html) => {
          body.hides ??= hidesWords(html);
          return body.hides;
        })
      : matchEach(post.excerpt, group.patterns);
  group.cues.forEach((cue, i) => {
    body.cues[cue] = found[i] === true;
  });
}

/**
 * Whether a post's body may hold one of {@link POST_CUES}: {@link postCues} for one cue, scanning
 * only the cues of its letter-case mode the first time one of them is asked for.
 *
 * @param post - A post from any parser.
 * @param cue - The cue asked for.
 * @returns `postCues(post)[cue]`.
 * @example
 * postCue(post, 'eventDate'); // content '<p>Join us on May 3.</p>'
 * //=> true
 */
export function postCue(post: Post, cue: PostCue): boolean {
  const body = known(post);
  if (body.cues[cue] === undefined) {
    const group = CUE_GROUPS.find(({ cues }) => cues.includes(cue));
    if (group !== undefined) scanGroup(post, group);
  }
  return body.cues[cue] === true;
}

/**
 * Which of {@link POST_CUES} a post's body may hold: the one pre-scan of the body that every
 * extractor shares, made once per post object (and kept by `copyPost` copies). The body is the
 * HTML content when the post has it, searched as HTML without rendering it (see
 * `htmlMayContain`: `false` is certain, `true` means "render and look"), else the excerpt, where
 * the answer is exact. `postFields(post, cue)` skips a body whose cue is false (see
 * {@link postCue}, which scans only what it is asked for).
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
  return Object.fromEntries(CUE_NAMES.map((cue) => [cue, postCue(post, cue)])) as Record<
    PostCue,
    boolean
  >;
}
