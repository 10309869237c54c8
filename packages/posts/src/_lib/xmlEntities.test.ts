import { decodeHTMLStrict } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlEntities } from './xmlEntities';

const where = () => ({ line: 1, column: 1 });

describe('XmlEntities without declarations', () => {
  it('decodes XML, numeric and HTML references, and leaves what is not one', () => {
    expect(
      new XmlEntities().decode('a &amp; b &lt;p&gt; &#8211; &rsquo; &nbsp &foo; &', where),
    ).toBe('a & b <p> \u2013 \u2019 &nbsp &foo; &');
  });

  it('decodes a text of many thousands of references whole', () => {
    const text = 'x &amp; &#8211; &rsquo;'.repeat(20_000);
    expect(new XmlEntities().decode(text, where)).toBe('x & \u2013 \u2019'.repeat(20_000));
  });

  it('reads any text as decodeHTMLStrict does', () => {
    const piece = fc.constantFrom(
      '&',
      'amp;',
      'lt;',
      'gt;',
      'quot;',
      'apos;',
      '#8211;',
      '#x41;',
      '#0000065;',
      '#128;',
      'rsquo;',
      'nbsp',
      ';',
      'a',
      ' ',
      '&&',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(new XmlEntities().decode(text, where)).toBe(decodeHTMLStrict(text));
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});
