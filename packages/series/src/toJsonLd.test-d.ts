import type { CreativeWorkSeries, WithContext } from 'schema-dts';
import { expectTypeOf, test } from 'vitest';
import type { Series } from './series';
import { toJsonLd } from './toJsonLd';

declare const series: Series;

test('the output is a schema.org CreativeWorkSeries as schema-dts types it', () => {
  const doc: WithContext<CreativeWorkSeries> = toJsonLd(series);
  expectTypeOf(doc).toExtend<WithContext<CreativeWorkSeries>>();
});
