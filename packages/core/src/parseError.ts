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
 * What a caller can do about an issue, as data: the reader option that would change the outcome and,
 * when one can be suggested, its value. A command-line tool turns it into the flag that does the same.
 *
 * @example
 * const hint: IssueHint = { option: 'postTypes', value: ['post', 'page'], text: "pass { postTypes: ['post', 'page'] }" };
 */
export interface IssueHint {
  /** The reader option: `charset`, `format`, `postTypes` or `baseUrl`. */
  option: 'charset' | 'format' | 'postTypes' | 'baseUrl';
  /** A value to give it; `format: 'auto'` means "let the format be sniffed" (`readAny`). */
  value?: string | readonly string[];
  /** The advice in words for a library user, such as `pass the right { charset }`. */
  text: string;
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
  /** What to do about it, when the reader knows; kept out of `message` so callers can word it their way. */
  hint?: IssueHint;
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
  readonly hint?: IssueHint;
  /** Every problem found; the message describes the first. */
  readonly issues: readonly ParseIssue[];

  constructor(issue: Omit<ParseIssue, 'severity'>, issues?: readonly ParseIssue[]) {
    super(formatIssue(issue));
    this.code = issue.code;
    if (issue.path !== undefined) this.path = issue.path;
    if (issue.line !== undefined) this.line = issue.line;
    if (issue.column !== undefined) this.column = issue.column;
    if (issue.index !== undefined) this.index = issue.index;
    if (issue.hint !== undefined) this.hint = issue.hint;
    this.issues = issues ?? [{ ...issue, severity: 'error' }];
  }
}

/**
 * Formats an issue as one line: location first, then the message and the hint's advice.
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
  const text = issue.hint ? `${issue.message}; ${issue.hint.text}` : issue.message;
  return where.length > 0 ? `${where.join(' ')}: ${text}` : text;
}
