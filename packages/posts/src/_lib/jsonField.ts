import { formatPath, type ParseIssue, safeValidate } from '@competencyworks/core';
import * as v from 'valibot';

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
  let value: unknown = object;
  for (const [depth, key] of keys.entries()) {
    if (value === undefined || value === null) return undefined;
    if (!isJsonObject(value) && !Array.isArray(value)) {
      const expected = typeof key === 'number' ? 'an array' : `an object with "${key}"`;
      const parent = keys.slice(0, depth);
      readField(context, object, parent, v.looseObject({}, `expected ${expected}`), consequence);
      return undefined;
    }
    // Own keys only: "constructor" or "toString" must not reach Object.prototype.
    value = Object.hasOwn(value, key)
      ? (value as Record<string | number, unknown>)[key]
      : undefined;
  }
  if (value === undefined || value === null) return undefined;
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
