import * as v from 'valibot';
import { isLocalTime } from './isLocalTime';

/**
 * A wall-clock time with no date and no zone, `HH:MM` or `HH:MM:SS`, 24-hour.
 *
 * @example
 * const start: LocalTime = '14:00';
 */
export type LocalTime = string;

/**
 * Validates a {@link LocalTime}.
 *
 * @example
 * v.parse(LocalTimeSchema, '14:00'); //=> '14:00'
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const LocalTimeSchema: v.GenericSchema<unknown, LocalTime> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string('expected a local time like 14:00'),
  /* @__PURE__ */ v.check(isLocalTime, 'expected a local time like 14:00'),
);
