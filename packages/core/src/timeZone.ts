import * as v from 'valibot';

/**
 * An IANA time-zone name such as `America/New_York`. Offsets and abbreviations ("EST") are
 * not zones: daylight saving time is only handled right with a zone name.
 *
 * @example
 * const zone: TimeZone = 'America/New_York';
 */
export type TimeZone = string;

const known = new Map<string, boolean>();

/**
 * Tells whether the runtime's zone database knows a zone name.
 *
 * @example
 * isTimeZone('America/New_York'); //=> true
 * isTimeZone('EST5EDT/Nowhere');   //=> false
 */
export function isTimeZone(value: string): boolean {
  let ok = known.get(value);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      ok = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
    } catch {
      ok = false;
    }
    known.set(value, ok);
  }
  return ok;
}

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
