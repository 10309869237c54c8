import fc from 'fast-check';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { createFastTokenizer } from './fastTokenizer';

/** Every callback the tokenizer makes, in order, with its arguments. */
function events(
  make: (cbs: TokenizerCallbacks) => Tokenizer,
  chunks: readonly string[],
): unknown[][] {
  const seen: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      seen.push([name, ...args]);
    };
  const names = [
    'onattribdata',
    'onattribentity',
    'onattribend',
    'onattribname',
    'oncdata',
    'onclosetag',
    'oncomment',
    'ondeclaration',
    'onend',
    'onopentagend',
    'onopentagname',
    'onprocessinginstruction',
    'onselfclosingtag',
    'ontext',
    'ontextentity',
  ] as const;
  const callbacks = Object.fromEntries(
    names.map((name) => [name, record(name)]),
  ) as unknown as TokenizerCallbacks;
  const tokenizer = make(callbacks);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return seen;
}

const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<a x="1">',
        '</a>',
        '<![CDATA[',
        ']]>',
        ']]',
        ']',
        '<!--',
        '-->',
        '<?x ?>',
        '<!DOCTYPE rss>',
        '"',
        "'",
        '>',
        '<',
        '&amp;',
        'text',
        ' ',
        '\n',
        '<b/>',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

describe('createFastTokenizer', () => {
  it('makes exactly the callbacks htmlparser2’s tokenizer makes, however the input is cut', () => {
    fc.assert(
      fc.property(xmlish, fc.integer({ min: 1, max: 8 }), fc.boolean(), (text, size, xmlMode) => {
        const chunks: string[] = [];
        for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
        const options = { xmlMode, decodeEntities: !xmlMode };
        expect(events((cbs) => createFastTokenizer(options, cbs), chunks)).toEqual(
          events((cbs) => new Tokenizer(options, cbs), chunks),
        );
      }),
      { numRuns: 1500 },
    );
  });
});
