import * as v from 'valibot';
import { isCalendarDate } from './isCalendarDate';

/**
 * A moment in time as ISO 8601 with a UTC offset or `Z`, e.g. `2016-12-19T14:05:00Z`. An
 * instant without an offset would depend on the reader's zone, so it is not an instant.
 *
 * @example
 * const published: Instant = '2016-12-19T09:05:00-05:00';
 */
export type Instant = string;

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * Tells whether a string is an ISO 8601 instant with an offset.
 *
 * @example
 * isInstant('2016-12-19T14:05:00Z');   //=> true
 * isInstant('2016-12-19T14:05:00');    //=> false (no offset)
 */
export function isInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  return match !== null && isCalendarDate(match[1] as string);
}

/**
 * Validates an {@link Instant}.
 *
 * @example
 * v.parse(InstantSchema, '2016-12-19T14:05:00Z'); //=> '2016-12-19T14:05:00Z'
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const InstantSchema: v.GenericSchema<unknown, Instant> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string('expected an ISO 8601 instant with offset like 2016-12-19T14:05:00Z'),
  /* @__PURE__ */ v.check(
    isInstant,
    'expected an ISO 8601 instant with offset like 2016-12-19T14:05:00Z',
  ),
);
