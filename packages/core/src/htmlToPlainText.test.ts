import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HTML_BLOCK_ELEMENTS, HTML_HIDDEN_ELEMENTS, htmlToPlainText } from './htmlToPlainText';
import { decodeEntities } from './text';

type Node = DefaultTreeAdapterMap['node'];

// The outside oracle: parse5 parses the fragment as a browser does; its text nodes outside
// hidden elements, with a space at each block and line break, are what a reader sees.
function oracle(html: string): string {
  let text = '';
  const walk = (node: Node) => {
    if ('value' in node && node.nodeName === '#text') text += node.value;
    if (!('childNodes' in node)) return;
    const name = node.nodeName;
    if (HTML_HIDDEN_ELEMENTS.has(name)) return;
    const block = name === 'br' || HTML_BLOCK_ELEMENTS.has(name);
    if (block) text += ' ';
    for (const child of node.childNodes) walk(child);
    if (block) text += ' ';
  };
  walk(parseFragment(html));
  return text.replace(/\s+/g, ' ').trim();
}

const plain = (html: string) => htmlToPlainText(html, decodeEntities);

describe('htmlToPlainText', () => {
  it('decodes every character reference with the decoder it is given (Node: the entities table)', () => {
    expect(plain('<p>Caf&eacute;&nbsp;<b>notes</b></p><script>x()</script>')).toBe('Café notes');
    expect(plain('Stra&szlig;e &frac34; &copy 2016 &bogus; &#8220;x&#x201D; &lt;b&gt;')).toBe(
      'Straße ¾ © 2016 &bogus; “x” <b>',
    );
  });

  it('drops tags, comments and hidden content and parts words at blocks, not inline tags', () => {
    expect(plain('<p>One</p><p>Two<br>three</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'One Two three a b',
    );
    expect(
      plain('Caf<b>é</b> <!-- <p>no</p> --><style>p{}</style><template><p>t</p></template>'),
    ).toBe('Café');
    expect(plain('<a title="a>b" href="/x">link</a> and 1 < 2')).toBe('link and 1 < 2');
  });

  it('leaves an unterminated comment, tag or script out, as a browser does', () => {
    expect(plain('Before<!-- never closed <p>x</p>')).toBe('Before');
    expect(plain('Before<a href="never closed>x')).toBe('Before');
    expect(plain('Before<script>while (a < b) {}')).toBe('Before');
  });

  it('reads what a browser reads, on any mix of markup (parse5 as oracle)', () => {
    const piece = fc.constantFrom(
      'Caf&eacute; ',
      'text',
      ' a < b ',
      '&amp;',
      '&copy',
      '<p>',
      '<p>a paragraph</p>',
      '<b>',
      '</b>',
      '<br>',
      // A stray block end tag makes no element in parse5, so it parts no words there; this
      // reader parts words at it (a space too many, never a word joined).
      '<div class="x>y">in a div</div>',
      '<li>',
      '<script>if (a<b) {}</script>',
      '<style>p{}</style>',
      '<!-- c -->',
      '<template><p>t</p></template>',
      '\n\t',
      '&nbsp;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const html = pieces.join('');
        expect(plain(html)).toBe(oracle(html));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes time linear in the input on hostile markup (no search runs back over the text)', () => {
    // Each of these made a regular expression stripper go back to the end of the text for every
    // tag; here each tag is passed once. Counted in characters read, not in time.
    for (const hostile of [
      '<script>'.repeat(20_000),
      '<a "'.repeat(20_000),
      '<!--'.repeat(20_000),
    ]) {
      let read = 0;
      htmlToPlainText(hostile, (text) => {
        read += text.length;
        return text;
      });
      expect(read).toBeLessThanOrEqual(hostile.length);
      expect(plain(hostile)).toBe(oracle(hostile));
    }
  });
});
