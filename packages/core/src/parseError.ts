/**
 * Where in an input a problem was found. Every field is optional: a JSON source has a path, a text source a line.
 *
 * @example
 * const inJson: SourceLocation = { path: 'events[3].start.date', index: 3 };
 * const inText: SourceLocation = { line: 153, column: 1 };
 */
export interface SourceLocation {
  /** JSON path such as `items[3].date_published`, or a model path such as `start.date`. */
  path?: string;
  /** 1-based line in the input text. */
  line?: number;
  /** 1-based column in the input text. */
  column?: number;
  /** 0-based index of the item (post, entry, event) the problem belongs to. */
  index?: number;
}

/**
 * A problem found while reading input. Parsers collect these beside their results so a broken
 * item is reported while the good ones are kept.
 *
 * @example
 * const issue: ParseIssue = {
 *   code: 'missing-date',
 *   severity: 'warning',
 *   message: 'post "Three Ways Districts Stumble" has no date line; kept without a date',
 *   line: 214,
 * };
 */
export interface ParseIssue extends SourceLocation {
  /** A stable, kebab-case machine code such as `invalid-type` or `missing-date`. */
  code: string;
  /** `error`: the item was skipped or the value dropped. `warning`: kept, but something was off. */
  severity: 'error' | 'warning';
  /** One line a person can act on: what failed, what was expected, what was found. */
  message: string;
}

/**
 * The error thrown by every `parseX` function and by parsers given unusable input. The message
 * starts with the location, so it reads well in a terminal.
 *
 * @example
 * try {
 *   parseEvent({ start: { date: 'Jan 11' } });
 * } catch (error) {
 *   if (error instanceof ParseError) console.log(error.message);
 *   //=> 'start.date: expected a calendar date like 2017-01-11, got "Jan 11"'
 * }
 */
export class ParseError extends Error implements ParseIssue {
  override name = 'ParseError';
  readonly code: string;
  readonly severity = 'error' as const;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  readonly index?: number;
  /** Every problem found; the message describes the first. */
  readonly issues: readonly ParseIssue[];

  constructor(issue: Omit<ParseIssue, 'severity'>, issues?: readonly ParseIssue[]) {
    super(formatIssue(issue));
    this.code = issue.code;
    if (issue.path !== undefined) this.path = issue.path;
    if (issue.line !== undefined) this.line = issue.line;
    if (issue.column !== undefined) this.column = issue.column;
    if (issue.index !== undefined) this.index = issue.index;
    this.issues = issues ?? [{ ...issue, severity: 'error' }];
  }
}

/**
 * Formats an issue as one line: location first, then the message.
 *
 * @example
 * formatIssue({ code: 'x', message: 'expected "<rss>"', line: 3, column: 7 });
 * //=> '3:7: expected "<rss>"'
 */
export function formatIssue(issue: Omit<ParseIssue, 'severity'>): string {
  const where: string[] = [];
  if (issue.path) where.push(issue.path);
  if (issue.line !== undefined) {
    where.push(issue.column !== undefined ? `${issue.line}:${issue.column}` : `line ${issue.line}`);
  }
  if (issue.index !== undefined && !issue.path?.includes(`[${issue.index}]`)) {
    where.push(`item ${issue.index}`);
  }
  return where.length > 0 ? `${where.join(' ')}: ${issue.message}` : issue.message;
}
