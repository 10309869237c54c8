import type * as v from 'valibot';

/**
 * Builds the message of a valibot object schema so each of its three failures reads well after
 * {@link formatIssue}: a missing field, an unknown field and a value that is no object at all.
 * Shared by the model packages' schemas.
 *
 * @example
 * v.strictObject({ name: v.string() }, objectMessage('a person'));
 * // missing name  => 'expected the required field "name"'
 * // extra field   => 'expected only the fields a person defines'
 * // not an object => 'expected a person object'
 */
export function objectMessage(
  what: string,
  unknownField = `expected only the fields ${what} defines`,
): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => {
    if (issue.expected === 'never') return unknownField;
    if (issue.input === undefined && issue.expected?.startsWith('"')) {
      return `expected the required field ${issue.expected}`;
    }
    return `expected ${what} object`;
  };
}
