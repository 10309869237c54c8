import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

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

describe('htmlToText with a word limit', () => {
  const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

  it('stops reading after the word past the limit', () => {
    const html = `<p>${'word '.repeat(100)}</p><p>${'later '.repeat(100_000)}</p>`;
    const { text } = htmlToText(html, 55);
    expect(text).toBe('word '.repeat(100).trim());
  });

  it('gives a prefix of the full text holding every word up to the limit', () => {
    const piece = fc.constantFrom(
      'a',
      'bb ',
      ' ',
      '\u00a0',
      '&nbsp;',
      '<p>',
      '</p>',
      '<em>',
      '</em>',
      '<br>',
      '<li>',
      '<ul>',
      '</ul>',
      '<pre>',
      '</pre>',
      '<script>x y</script>',
      '<a href="https://x.org/">',
      '</a>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(8), (pieces, limit) => {
        const html = pieces.join('');
        const full = htmlToText(html).text;
        const limited = htmlToText(html, limit).text;
        expect(full.startsWith(limited)).toBe(true);
        if (limited !== full) expect(words(limited)).toBeGreaterThan(limit);
      }),
      { seed: 13, numRuns: 1000 },
    );
  });
});
