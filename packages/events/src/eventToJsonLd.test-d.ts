import type { EducationEvent, Event as SchemaEvent, WithContext } from 'schema-dts';
import { expectTypeOf, test } from 'vitest';
import type { Event } from './event';
import { eventToJsonLd } from './eventToJsonLd';

declare const event: Event;

test('the output is a schema.org Event as schema-dts types it', () => {
  const doc: WithContext<SchemaEvent> = eventToJsonLd(event);
  expectTypeOf(doc).toExtend<WithContext<SchemaEvent>>();
  expectTypeOf(eventToJsonLd(event)).toExtend<WithContext<SchemaEvent>>();
});

test('an EducationEvent-typed result fits schema-dts EducationEvent', () => {
  const doc = eventToJsonLd(event);
  if (doc['@type'] === 'EducationEvent') {
    const education: WithContext<EducationEvent> = { ...doc, '@type': doc['@type'] };
    expectTypeOf(education).toExtend<WithContext<EducationEvent>>();
  }
});

test('schema-dts stays out of the runtime signature', () => {
  expectTypeOf(eventToJsonLd)
    .parameter(1)
    .toEqualTypeOf<{ siteUrl?: string; eventIri?: (eventId: string) => string } | undefined>();
});
