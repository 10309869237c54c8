import * as v from 'valibot';
import { isTimeZone } from './isTimeZone';

/**
 * An IANA time-zone name such as `America/New_York`. Offsets and abbreviations ("EST") are
 * not zones: daylight saving time is only handled right with a zone name.
 *
 * @example
 * const zone: TimeZone = 'America/New_York';
 */
export type TimeZone = string;

/**
 * Validates a {@link TimeZone}.
 *
 * @example
 * v.parse(TimeZoneSchema, 'America/New_York'); //=> 'America/New_York'
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const TimeZoneSchema: v.GenericSchema<unknown, TimeZone> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string('expected an IANA time zone like America/New_York'),
  /* @__PURE__ */ v.check(isTimeZone, 'expected an IANA time zone like America/New_York'),
);
