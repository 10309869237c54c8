import { EvidenceSchema, HttpUrlSchema, issueAt, objectMessage } from '@competencyworks/core';
import * as v from 'valibot';

// The un-annotated schemas behind `SeriesSchema`; `series.test-d.ts` proves their outputs equal
// the interfaces in `series.ts`.

export const SERIES_KINDS = ['series', 'tour', 'multipart', 'column'] as const;

const nonEmpty = (what: string) =>
  v.pipe(
    v.string(`expected ${what}`),
    v.check((value) => value.trim().length > 0, `expected ${what}, not an empty string`),
  );

const wholeNumber = (what: string) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.integer(`expected ${what} as a whole number`),
    v.minValue(1, `expected ${what} of 1 or more`),
  );

export const seriesPartObjectSchema = v.strictObject(
  {
    position: v.exactOptional(wholeNumber('a part number')),
    postId: v.exactOptional(nonEmpty('a post id')),
    title: v.exactOptional(nonEmpty('a part title')),
    url: v.exactOptional(HttpUrlSchema),
    evidence: v.array(EvidenceSchema, 'expected a list of evidence'),
  },
  objectMessage('a series part'),
);

export const seriesObjectSchema = v.strictObject(
  {
    id: v.pipe(
      v.string('expected a series id'),
      v.regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'expected a slug of lower-case letters, digits and single hyphens like nyc-big-takeaways',
      ),
    ),
    title: nonEmpty('a series title'),
    kind: v.picklist(SERIES_KINDS, `expected one of ${SERIES_KINDS.join(', ')}`),
    description: v.exactOptional(v.string('expected a description')),
    total: v.exactOptional(wholeNumber('a total number of parts')),
    parts: v.array(seriesPartObjectSchema, 'expected a list of parts'),
  },
  objectMessage('a series'),
);

type SeriesShape = v.InferOutput<typeof seriesObjectSchema>;

/**
 * Rules across parts: positions and post ids are unique (the evidence of one part is merged into
 * one record), and no part lies beyond the stated total.
 */
export const seriesPipeSchema = v.pipe(
  seriesObjectSchema,
  v.rawCheck<SeriesShape>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const series = dataset.value;
    const positions = new Map<number, number>();
    const postIds = new Map<string, number>();
    series.parts.forEach((part, index) => {
      if (part.position !== undefined) {
        const first = positions.get(part.position);
        if (first !== undefined) {
          issueAt(
            addIssue,
            series,
            ['parts', index, 'position'],
            `expected each position once (parts[${first}] is already part ${part.position})`,
          );
        } else positions.set(part.position, index);
        if (series.total !== undefined && part.position > series.total) {
          issueAt(
            addIssue,
            series,
            ['parts', index, 'position'],
            `expected a position of at most the total, ${series.total}`,
          );
        }
      }
      if (part.postId !== undefined) {
        const first = postIds.get(part.postId);
        if (first !== undefined) {
          issueAt(
            addIssue,
            series,
            ['parts', index, 'postId'],
            `expected each post once (parts[${first}] is already that post)`,
          );
        } else postIds.set(part.postId, index);
      }
    });
  }),
);
