import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  eventDateTimeObjectSchema,
  eventDateTimePipeSchema,
  eventLocationObjectSchema,
  eventObjectSchema,
  eventPipeSchema,
} from './_lib/eventObjectSchemas';
import {
  type Event,
  type EventDateTime,
  type EventDateTimeSchema,
  type EventLocation,
  type EventLocationSchema,
  type EventSchema,
  parseEvent,
} from './event';

/** Same type both ways; also tells `x?: T` from `x?: T | undefined` (see posts' post.test-d.ts). */
type Identical<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? [A] extends [B]
      ? [B] extends [A]
        ? true
        : false
      : false
    : false;

describe('the schemas infer exactly the interfaces', () => {
  it('Event, EventDateTime and EventLocation, before and after the annotation', () => {
    expectTypeOf<Identical<v.InferOutput<typeof eventObjectSchema>, Event>>().toEqualTypeOf<true>();
    expectTypeOf<Identical<v.InferOutput<typeof eventPipeSchema>, Event>>().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof eventDateTimeObjectSchema>, EventDateTime>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof eventDateTimePipeSchema>, EventDateTime>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof eventLocationObjectSchema>, EventLocation>
    >().toEqualTypeOf<true>();
    expectTypeOf<v.InferOutput<typeof EventSchema>>().toEqualTypeOf<Event>();
    expectTypeOf<v.InferOutput<typeof EventDateTimeSchema>>().toEqualTypeOf<EventDateTime>();
    expectTypeOf<v.InferOutput<typeof EventLocationSchema>>().toEqualTypeOf<EventLocation>();
  });

  it('would notice a drift', () => {
    expectTypeOf<Identical<Omit<Event, 'capacity'>, Event>>().toEqualTypeOf<false>();
    expectTypeOf<
      Identical<Omit<Event, 'capacity'> & { capacity?: number | undefined }, Event>
    >().toEqualTypeOf<false>();
  });

  it('parseEvent returns the interface', () => {
    expectTypeOf(parseEvent).returns.toEqualTypeOf<Event>();
  });
});
