import type { BlogPosting, WithContext } from 'schema-dts';
import { expectTypeOf, test } from 'vitest';
import type { Post } from './post';
import { postToJsonLd } from './postToJsonLd';

declare const post: Post;

test('the output is a schema.org BlogPosting as schema-dts types it', () => {
  const doc: WithContext<BlogPosting> = postToJsonLd(post);
  expectTypeOf(doc).toExtend<WithContext<BlogPosting>>();
  expectTypeOf(postToJsonLd(post, { siteUrl: 'https://example.org' })).toExtend<
    WithContext<BlogPosting>
  >();
});
