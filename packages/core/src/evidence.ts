import * as v from 'valibot';

/**
 * Why an extracted fact (a series part, an origin, an event) is believed: the sentence it came
 * from, where that sentence sits in the post's text, and which rule matched.
 *
 * Offsets are UTF-16 code-unit indexes into the plain text of `field` as `postText(post, field)`
 * in `@competencyworks/posts` returns it, so `text.slice(start, end) === sentence`.
 *
 * @example
 * const evidence: Evidence = {
 *   postId: 'cw-2016-12-19-january-11th-webinar',
 *   field: 'excerpt',
 *   sentence: 'CompetencyWorks is hosting a Leadership webinar ... 2:00-3:00 p.m. ET.',
 *   start: 0,
 *   end: 151,
 *   rule: 'event.weekday-month-day-time-range',
 * };
 */
export interface Evidence {
  /** The post the sentence belongs to. */
  postId: string;
  /** Which text of the post: its title, its excerpt or its full content. */
  field: 'title' | 'excerpt' | 'content';
  /** The sentence, exactly as it appears in that text. */
  sentence: string;
  /** Start offset of the sentence in that text. */
  start: number;
  /** End offset (exclusive) of the sentence in that text. */
  end: number;
  /** The name of the rule that matched, e.g. `series.ordinal-article-in-series`. */
  rule: string;
}

/**
 * Validates an {@link Evidence} record.
 *
 * @example
 * v.parse(EvidenceSchema, evidence); //=> evidence
 */
// `@__PURE__` lets bundlers drop this schema when only the helpers are imported (browser bundles).
export const EvidenceSchema: v.GenericSchema<unknown, Evidence> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.object({
    postId: /* @__PURE__ */ v.string('expected a post id'),
    field: /* @__PURE__ */ v.picklist(
      ['title', 'excerpt', 'content'],
      'expected "title", "excerpt" or "content"',
    ),
    sentence: /* @__PURE__ */ v.string('expected the sentence the fact came from'),
    start: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer(),
      /* @__PURE__ */ v.minValue(0, 'expected an offset of 0 or more'),
    ),
    end: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer(),
      /* @__PURE__ */ v.minValue(0, 'expected an offset of 0 or more'),
    ),
    rule: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.minLength(1, 'expected the name of the rule that matched'),
    ),
  }),
  /* @__PURE__ */ v.check((e) => e.end >= e.start, 'expected end to be at or after start'),
);
