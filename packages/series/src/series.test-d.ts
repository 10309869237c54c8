import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  seriesObjectSchema,
  seriesPartObjectSchema,
  seriesPipeSchema,
} from './_lib/seriesObjectSchemas';
import {
  parseSeries,
  type Series,
  type SeriesPart,
  type SeriesPartSchema,
  type SeriesSchema,
} from './series';

/** Same type both ways; also tells `x?: T` from `x?: T | undefined` (see post.test-d.ts). */
type Identical<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? [A] extends [B]
      ? [B] extends [A]
        ? true
        : false
      : false
    : false;

describe('the schemas infer exactly the interfaces', () => {
  it('Series and SeriesPart, before and after the annotation', () => {
    expectTypeOf<
      Identical<v.InferOutput<typeof seriesObjectSchema>, Series>
    >().toEqualTypeOf<true>();
    expectTypeOf<Identical<v.InferOutput<typeof seriesPipeSchema>, Series>>().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof seriesPartObjectSchema>, SeriesPart>
    >().toEqualTypeOf<true>();
    expectTypeOf<v.InferOutput<typeof SeriesSchema>>().toEqualTypeOf<Series>();
    expectTypeOf<v.InferOutput<typeof SeriesPartSchema>>().toEqualTypeOf<SeriesPart>();
  });

  it('would notice a drift', () => {
    expectTypeOf<Identical<Omit<Series, 'total'>, Series>>().toEqualTypeOf<false>();
    expectTypeOf<
      Identical<Omit<Series, 'total'> & { total?: number | undefined }, Series>
    >().toEqualTypeOf<false>();
  });

  it('parseSeries returns the interface', () => {
    expectTypeOf(parseSeries).returns.toEqualTypeOf<Series>();
  });
});
