import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../src/post';
import { seedPosts } from './seedPosts';

const seeds = ['archive-2016-08.txt', 'archive-2016-12.txt']
  .map((name) => readFileSync(new URL(`fixtures/archive/${name}`, import.meta.url), 'utf8'))
  .join('\n');

describe('the hand-built seed posts', () => {
  it.each(seedPosts.map((post) => [post.title, post] as const))(
    '%s: title and excerpt paragraphs are copied from the seed archive',
    (_, post) => {
      expect(seeds).toContain(`\n${post.title}\n`);
      for (const paragraph of post.excerpt.split('\n')) {
        // List markers are the model's ("- ", "1. "); the archive shows bullets and indents.
        const body = paragraph.replace(/^(- |\d+\. )/, '');
        if (body !== '') expect(seeds).toContain(body);
      }
      expect(parsePost(post)).toEqual(post);
    },
  );
});
