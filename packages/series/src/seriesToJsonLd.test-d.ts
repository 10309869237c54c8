import type { CreativeWorkSeries, WithContext } from 'schema-dts';
import { expectTypeOf, test } from 'vitest';
import type { Series } from './series';
import { seriesToJsonLd } from './seriesToJsonLd';

declare const series: Series;

test('the output is a schema.org CreativeWorkSeries as schema-dts types it', () => {
  const doc: WithContext<CreativeWorkSeries> = seriesToJsonLd(series);
  expectTypeOf(doc).toExtend<WithContext<CreativeWorkSeries>>();
});
