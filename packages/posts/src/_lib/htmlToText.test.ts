import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, htmlToTextReaders } from './htmlToText';
import { sanitizeHtml } from './sanitizeHtml';

describe('htmlToText', () => {
  it('separates paragraphs with a blank line and keeps list structure', () => {
    expect(
      htmlToText('<p>One.</p><p>Two.</p><ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>')
        .text,
    ).toBe('One.\n\nTwo.\n\n- a\n- b\n\n1. x\n2. y');
  });

  it('indents nested lists', () => {
    expect(htmlToText('<ol><li>x<ul><li>y</li></ul></li><li>z</li></ol>').text).toBe(
      '1. x\n  - y\n2. z',
    );
  });

  it('turns <br> into a line break without a stray space', () => {
    expect(htmlToText('<p>Second<br/>\nline and <br> more</p>').text).toBe(
      'Second\nline and\nmore',
    );
  });

  it('collapses white space but keeps no-break spaces and decodes entities', () => {
    expect(
      htmlToText('<p>Hello&nbsp;<b>big</b>\n   world &#8220;q&#8221; &amp; more</p>').text,
    ).toBe('Hello\u00A0big world “q” & more');
  });

  it('drops scripts, styles and other non-text elements', () => {
    expect(
      htmlToText(
        '<p>a</p><script>alert(1)</script><style>p{}</style><svg><text>x</text></svg><p>b</p>',
      ).text,
    ).toBe('a\n\nb');
  });

  it('records each link with the range its text occupies', () => {
    const result = htmlToText(
      '<p>Read <a href="https://x.org/1">Part 1</a> and <a href="/2">Part 2</a></p>',
    );
    expect(result.text).toBe('Read Part 1 and Part 2');
    expect(result.links).toEqual([
      { href: 'https://x.org/1', start: 5, end: 11 },
      { href: '/2', start: 16, end: 22 },
    ]);
    for (const link of result.links)
      expect(result.text.slice(link.start, link.end)).toMatch(/^Part \d$/);
  });

  it('keeps text of unclosed or broken markup', () => {
    expect(htmlToText('<p>unclosed <b>bold').text).toBe('unclosed bold');
    expect(htmlToText('').text).toBe('');
  });
});

// Pieces of post bodies as WordPress writes them, odd ones included, so that sanitising them gives
// the whole range of what the fast reader meets: every allowed tag, nesting the sanitiser has to
// repair, entities, white space, no-break spaces, links with and without targets.
const piece = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<p class="x">',
    '<div>',
    '</div>',
    '<br>',
    '<br/>',
    '<br />',
    '<hr>',
    '<img src="https://x.org/a.png" alt="a &amp; b">',
    '<ul>',
    '</ul>',
    '<ol start="3">',
    '</ol>',
    '<li>',
    '</li>',
    '<pre>',
    '</pre>',
    '<blockquote cite="https://q.org/">',
    '</blockquote>',
    '<h2>',
    '</h2>',
    '<h3>',
    '<table>',
    '<tr>',
    '<td>',
    '</td>',
    '<th>',
    '</table>',
    '<dl>',
    '<dt>',
    '<dd>',
    '<strong>',
    '</strong>',
    '<em>',
    '</em>',
    '<span style="x">',
    '</span>',
    '<a href="https://x.org/1">',
    '<a href="https://x.org/?a=1&amp;b=&quot;2&quot;" title="t">',
    '<a href="/rel/">',
    '<a href="">',
    '<a>',
    '</a>',
    '<script>x</script>',
    '<!-- c -->',
    '<iframe src="https://x.org/"></iframe>',
    '<svg><text>t</text></svg>',
    '<font>',
    '&amp;',
    '&lt;',
    '&gt;',
    '&quot;',
    '&nbsp;',
    '&#8217;',
    '&#10;',
    '&hellip;',
    '<',
    '>',
    '"',
    ' ',
    '  ',
    '\n',
    '\t',
    '\r\n',
    '\u00A0',
    'Read',
    'Part 1',
    ' and ',
  ),
  fc.string({ maxLength: 4 }),
);
const htmlish = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const base = fc.constantFrom(undefined, 'https://www.competencyworks.org/blog/');

describe('htmlToText readers', () => {
  it('give the same text and links from the fast reader as from the full one on sanitiser output', () => {
    let fast = 0;
    fc.assert(
      fc.property(htmlish, base, (input, baseUrl) => {
        const html = sanitizeHtml(input, baseUrl);
        const full = htmlToTextReaders.full(html);
        const output = htmlToTextReaders.fast(html);
        if (output !== undefined) {
          fast++;
          expect(output).toEqual(full);
        }
        expect(htmlToText(html)).toEqual(full);
      }),
      { numRuns: 3000 },
    );
    // Sanitiser output is what the fast reader is for: it must take nearly all of it.
    expect(fast).toBeGreaterThan(2700);
  });

  it('agree on any input the fast reader accepts, and the fast reader refuses what it cannot read', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string()), (html) => {
        const output = htmlToTextReaders.fast(html);
        if (output !== undefined) expect(output).toEqual(htmlToTextReaders.full(html));
      }),
      { numRuns: 3000 },
    );
    expect(htmlToTextReaders.fast('<P>a</P>')).toBeUndefined();
    expect(htmlToTextReaders.fast('<p>a &copy; b</p>')).toBeUndefined();
    expect(htmlToTextReaders.fast('<p>a<p>b')).toBeUndefined();
    expect(
      htmlToTextReaders.fast('<p>Read <a href="https://x.org/?a=1&amp;b=2">x</a></p>'),
    ).toEqual({
      text: 'Read x',
      links: [{ href: 'https://x.org/?a=1&b=2', start: 5, end: 6 }],
    });
  });
});
