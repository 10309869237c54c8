import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type attachmentObjectSchema,
  type commentObjectSchema,
  type originObjectSchema,
  postEntries,
  type postObjectSchema,
  type postPipeSchema,
  type postSourceObjectSchema,
  type seriesMembershipObjectSchema,
  type termObjectSchema,
} from './_lib/postObjectSchemas';
import type {
  Attachment,
  Origin,
  Post,
  PostComment,
  PostSource,
  SeriesMembership,
  Term,
} from './post';
import {
  type AttachmentSchema,
  type OriginSchema,
  type PostCommentSchema,
  type PostSchema,
  type PostSourceSchema,
  parsePost,
  type SeriesMembershipSchema,
  safeParsePost,
  type TermSchema,
} from './post';

/**
 * The same type in both directions. `toEqualTypeOf` (and the compiler's identity check) do not
 * tell `slug?: string` from `slug?: string | undefined`, yet with exactOptionalPropertyTypes
 * only the first refuses `{ slug: undefined }`; mutual assignability does tell them apart.
 */
type Identical<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? [A] extends [B]
      ? [B] extends [A]
        ? true
        : false
      : false
    : false;

describe('the schemas infer exactly the interfaces', () => {
  it('Post: the un-annotated object schema and the full pipe', () => {
    // These are the schemas before the `GenericSchema<unknown, Post>` annotation, so the
    // inferred type is what valibot builds, not what the annotation claims.
    expectTypeOf<v.InferOutput<typeof postObjectSchema>>().toEqualTypeOf<Post>();
    expectTypeOf<Identical<v.InferOutput<typeof postObjectSchema>, Post>>().toEqualTypeOf<true>();
    expectTypeOf<v.InferOutput<typeof postPipeSchema>>().toEqualTypeOf<Post>();
    expectTypeOf<Identical<v.InferOutput<typeof postPipeSchema>, Post>>().toEqualTypeOf<true>();
    expectTypeOf<v.InferOutput<typeof PostSchema>>().toEqualTypeOf<Post>();
  });

  it('the nested records', () => {
    expectTypeOf<Identical<v.InferOutput<typeof termObjectSchema>, Term>>().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof originObjectSchema>, Origin>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof seriesMembershipObjectSchema>, SeriesMembership>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof postSourceObjectSchema>, PostSource>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof attachmentObjectSchema>, Attachment>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Identical<v.InferOutput<typeof commentObjectSchema>, PostComment>
    >().toEqualTypeOf<true>();
    expectTypeOf<v.InferOutput<typeof AttachmentSchema>>().toEqualTypeOf<Attachment>();
    expectTypeOf<v.InferOutput<typeof PostCommentSchema>>().toEqualTypeOf<PostComment>();
    expectTypeOf<v.InferOutput<typeof TermSchema>>().toEqualTypeOf<Term>();
    expectTypeOf<v.InferOutput<typeof OriginSchema>>().toEqualTypeOf<Origin>();
    expectTypeOf<v.InferOutput<typeof SeriesMembershipSchema>>().toEqualTypeOf<SeriesMembership>();
    expectTypeOf<v.InferOutput<typeof PostSourceSchema>>().toEqualTypeOf<PostSource>();
  });

  it('would notice a drift (the checks above can fail)', () => {
    // `v.optional` instead of `v.exactOptional` adds `| undefined`, which
    // exactOptionalPropertyTypes makes a different type.
    const loose = v.strictObject({ ...postEntries, slug: v.optional(v.string()) });
    expectTypeOf<Identical<v.InferOutput<typeof loose>, Post>>().toEqualTypeOf<false>();
    const missing = v.strictObject((({ language: _, ...rest }) => rest)(postEntries));
    expectTypeOf<v.InferOutput<typeof missing>>().not.toEqualTypeOf<Post>();
    expectTypeOf<Identical<v.InferOutput<typeof missing>, Post>>().toEqualTypeOf<false>();
    const required = v.strictObject({ ...postEntries, url: v.string() });
    expectTypeOf<v.InferOutput<typeof required>>().not.toEqualTypeOf<Post>();
    const widened = v.strictObject({ ...postEntries, commentCount: v.exactOptional(v.string()) });
    expectTypeOf<v.InferOutput<typeof widened>>().not.toEqualTypeOf<Post>();
  });

  it('parse functions return the interface', () => {
    expectTypeOf(parsePost).returns.toEqualTypeOf<Post>();
    expectTypeOf(safeParsePost).parameter(0).toBeUnknown();
    const result = safeParsePost({});
    if (result.success) expectTypeOf(result.output).toEqualTypeOf<Post>();
  });
});
