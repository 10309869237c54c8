import fc from 'fast-check';
import type { Post } from '../src/post';

// Bodies for the property tests of the shared pre-scan (postCues) and of the extractors with
// and without it: text made of the words every cue looks for, split and disguised the ways
// sanitised HTML writes them (markup between and inside words, character references, list
// items the renderer numbers), among ordinary words, digits and punctuation.
const PIECES = [
  // Cue words and phrases, whole and in pieces.
  'series',
  'Series',
  'tour',
  'part',
  'Part',
  'PART',
  'start with',
  'begin',
  'with',
  'first',
  'post',
  'originally',
  'original',
  'appeared',
  'published',
  'cross',
  'posted',
  'reprinted',
  're-post',
  'This post',
  'This is the second post in this series on grading',
  'Read Part 1 here',
  'This post originally appeared at Getting Smart on July 25, 2016.',
  'January',
  'Jan.',
  'May',
  'may',
  'OCT',
  'Sept',
  'Friday',
  'Monday,',
  'webinar',
  'Join the webinar on ',
  'Wednesday, January 11',
  ' at 2 p.m. ET.',
  'The Summit runs October 25-28.',
  'Register by Sept. 12.',
  'th',
  'of',
  // Digits, dates and separators.
  '1',
  '11',
  '25',
  '2017',
  '9/12',
  '/',
  '-',
  '–',
  ',',
  '.',
  ' ',
  ' ',
  '\n',
  // Markup and references.
  '<p>',
  '</p>',
  '<em>',
  '</em>',
  '<br>',
  '<ol><li>',
  '</li><li>',
  '</li></ol>',
  '<a href="https://example.org/part-1">',
  '</a>',
  '&nbsp;',
  '&#8211;',
  '&amp;',
  '&#80;',
  '&#x73;',
  '&#47;',
];

/**
 * Post bodies (HTML or plain text) built from cue words, markup and references.
 *
 * @example
 * fc.sample(cueBodyArbitrary, 1); //=> ['<p>first<em> post</em> Jan. 11 ...']
 */
export const cueBodyArbitrary: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

/**
 * Lists of up to `maxLength` posts titled from `titles`, each with a generated body as its HTML
 * content or, without content, as its excerpt; ids repeat at times, as in a feed read twice.
 *
 * @example
 * fc.sample(cuePostsArbitrary(['Webinar']), 1); //=> [[{ id: 'p1', title: 'Webinar', contentHtml: '...' }]]
 */
export function cuePostsArbitrary(titles: string[], maxLength = 4): fc.Arbitrary<Post[]> {
  return fc.array(
    fc
      .record({
        id: fc.nat({ max: 3 }),
        title: fc.constantFrom(...titles),
        body: cueBodyArbitrary,
        html: fc.boolean(),
      })
      .map(
        ({ id, title, body, html }): Post => ({
          id: `p${id}`,
          title,
          published: '2016-12-01',
          authors: [],
          excerpt: html ? 'An excerpt.' : body,
          categories: [],
          tags: [],
          origin: [],
          ...(html ? { contentHtml: body } : {}),
          source: { format: 'rss' },
        }),
      ),
    { maxLength },
  );
}
