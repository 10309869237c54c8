import * as v from 'valibot';
import { HttpUrlSchema } from './url';

/**
 * Someone credited on a post or an event: an author, presenter or organizer.
 *
 * @example
 * const author: Person = { name: 'Chris Sturgis', url: 'https://example.org/chris' };
 */
export interface Person {
  /** The name as the source gives it, entities decoded. */
  name: string;
  /** A profile or home page (http or https only). */
  url?: string;
}

/**
 * Validates a {@link Person}.
 *
 * @example
 * v.parse(PersonSchema, { name: 'Paul Leather' }); //=> { name: 'Paul Leather' }
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const PersonSchema: v.GenericSchema<unknown, Person> = /* @__PURE__ */ v.object({
  name: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.string('expected a name'),
    /* @__PURE__ */ v.trim(),
    /* @__PURE__ */ v.minLength(1, 'expected a non-empty name'),
  ),
  url: /* @__PURE__ */ v.exactOptional(HttpUrlSchema),
});
