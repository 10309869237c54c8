import {
  describeValue,
  formatPath,
  type ItemKeys,
  type ParseIssue,
  type ReportField,
  readItemValue,
  safeValidate,
} from '@competencyworks/core';
import type * as v from 'valibot';

/** Where an item sits in a JSON input, so every problem is reported with a path a person can follow. */
export interface JsonItemContext {
  issues: ParseIssue[];
  /** Path keys to the item: `['items', 3]` for a JSON Feed item, `[3]` for a REST array element. */
  path: readonly (string | number)[];
  /** 0-based index of the item in its input. */
  index: number;
}

/** A plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Formats the path of a key inside the item, e.g. `[3].title.rendered`. */
export function itemPath(context: JsonItemContext, ...keys: (string | number)[]): string {
  return formatPath([...context.path, ...keys]);
}

/** Reports a problem at a key of the item. */
export function reportAt(
  context: JsonItemContext,
  keys: readonly (string | number)[],
  issue: { code: string; message: string; severity?: 'error' | 'warning' },
): void {
  const path = itemPath(context, ...keys);
  context.issues.push({
    code: issue.code,
    severity: issue.severity ?? 'error',
    message: issue.message,
    ...(path ? { path } : {}),
    index: context.index,
  });
}

/**
 * The report the field readers shared with the widgets (`readItemText` and the others from
 * core) are given here: a value of the wrong kind becomes an `invalid-type` issue at its path
 * inside the item, with what happened because of it ("value dropped").
 *
 * @example
 * readItemText(item, ['title'], reportField(context));
 * //=> undefined for { title: 42 }, with "items[3].title: expected a string, got 42; value dropped"
 */
export const reportField =
  (context: JsonItemContext, prefix: ItemKeys = [], consequence = 'value dropped'): ReportField =>
  (keys, expected, found) =>
    reportAt(context, [...prefix, ...keys], {
      code: 'invalid-type',
      message: `expected ${expected}, got ${describeValue(found)}; ${consequence}`,
    });

/**
 * Reads an optional field through a schema. Absent (or `null`) gives undefined quietly; a value
 * of the wrong shape gives undefined and an issue with its JSON path ("[3].date_gmt: expected
 * ..., got 42"), so the rest of the item is kept and the dropped value is not lost silently.
 */
export function readField<T>(
  context: JsonItemContext,
  object: Record<string, unknown>,
  keys: readonly (string | number)[],
  schema: v.GenericSchema<unknown, T>,
  consequence = 'value dropped',
): T | undefined {
  const value = readItemValue(object, keys, reportField(context, [], consequence));
  if (value === undefined) return undefined;
  return checkValue(context, keys, value, schema, consequence);
}

/**
 * Validates a value found at `keys` inside the item; on failure reports every problem with its
 * JSON path and what happened because of it ("item skipped", "value dropped").
 */
export function checkValue<T>(
  context: JsonItemContext,
  keys: readonly (string | number)[],
  value: unknown,
  schema: v.GenericSchema<unknown, T>,
  consequence: string,
): T | undefined {
  const result = safeValidate(schema, value, [...context.path, ...keys]);
  if (result.success) return result.output;
  for (const issue of result.error.issues) {
    context.issues.push({
      ...issue,
      message: `${issue.message}; ${consequence}`,
      index: context.index,
    });
  }
  return undefined;
}
