import * as v from 'valibot';
import { describeValue } from './describeValue';
import { formatPath } from './formatPath';
import { ParseError, type ParseIssue } from './parseError';
import type { Result } from './result';

/**
 * Turns valibot's issues into ours, one per problem, each with a path a person can follow.
 *
 * @example
 * const result = v.safeParse(CalendarDateSchema, 'Jan 11');
 * if (!result.success) toParseIssues(result.issues, ['events', 3, 'start', 'date']);
 * //=> [{
 * //   code: 'invalid-check',
 * //   severity: 'error',
 * //   message: 'expected a calendar date like 2017-01-11, got "Jan 11"',
 * //   path: 'events[3].start.date',
 * //   index: 3,
 * // }]
 */
export function toParseIssues(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly (string | number)[] = [],
): ParseIssue[] {
  return issues.map((issue) => {
    const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
    const expected = issue.message.startsWith('expected')
      ? issue.message
      : `expected ${issue.expected ?? 'a valid value'}`;
    const path = formatPath(keys);
    const index = typeof prefix[1] === 'number' ? prefix[1] : undefined;
    return {
      code: issue.kind === 'schema' ? 'invalid-type' : `invalid-${issue.type.replaceAll('_', '-')}`,
      severity: 'error' as const,
      message: `${expected}, got ${describeValue(issue.input)}`,
      ...(path ? { path } : {}),
      ...(index !== undefined ? { index } : {}),
    };
  });
}

/**
 * Validates `input` against a schema and throws a {@link ParseError} naming every problem.
 *
 * @param schema - The model's schema, e.g. `PostSchema`.
 * @param input - Anything; typically JSON from a file or a network response.
 * @param prefix - Path keys to put in front of each reported path, e.g. `['events', 3]`.
 * @returns The validated value.
 * @example
 * validate(CalendarDateSchema, '2017-01-11'); //=> '2017-01-11'
 * validate(CalendarDateSchema, 'Jan 11');
 * //=> throws ParseError 'expected a calendar date like 2017-01-11, got "Jan 11"'
 */
export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): T {
  const result = safeValidate(schema, input, prefix);
  if (!result.success) throw result.error;
  return result.output;
}

/**
 * Like {@link validate}, but returns a {@link Result} instead of throwing.
 *
 * @example
 * safeValidate(CalendarDateSchema, '2017-01-11'); //=> { success: true, output: '2017-01-11' }
 */
export function safeValidate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): Result<T> {
  let result: v.SafeParseResult<v.GenericSchema<unknown, T>>;
  try {
    result = v.safeParse(schema, input);
  } catch (cause) {
    // A getter or proxy in the input can throw while it is read; `safeParseX` must not.
    const path = formatPath(prefix);
    const error = new ParseError({
      code: 'unreadable-input',
      message: `expected a value that can be read, got one that threw ${String(cause)}`,
      ...(path ? { path } : {}),
    });
    return { success: false, error };
  }
  if (result.success) return { success: true, output: result.output };
  const issues = toParseIssues(result.issues, prefix);
  const [first] = issues;
  return {
    success: false,
    error: new ParseError(first ?? { code: 'invalid-type', message: 'invalid input' }, issues),
  };
}
