import fc from 'fast-check';
import { Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type XmlTokenCallbacks, XmlTokenizer } from './xmlTokenizer';

// The oracle is htmlparser2's own Tokenizer in XML mode without entity decoding, which the XML
// reader used before: over any input, cut into any chunks, XmlTokenizer must report the same
// events at the same offsets. The one difference by design: a CDATA section may come in pieces
// (one per chunk), so consecutive CDATA events are joined before comparing.

type Event = [string, ...number[]];

function recorder(events: Event[]): XmlTokenCallbacks {
  const push =
    (name: string) =>
    (...args: number[]) => {
      events.push([name, ...args]);
    };
  return {
    onattribdata: push('attribdata'),
    onattribend: push('attribend'),
    onattribname: push('attribname'),
    oncdata: (start, end, offset) => {
      const last = events.at(-1);
      // Joined as [start, end of the text]; a piece ends where the next one starts.
      if (last?.[0] === 'cdata' && last[2] === start) last[2] = end - offset;
      else events.push(['cdata', start, end - offset]);
    },
    onclosetag: push('closetag'),
    oncomment: push('comment'),
    ondeclaration: push('declaration'),
    onopentagend: push('opentagend'),
    onopentagname: push('opentagname'),
    onselfclosingtag: push('selfclosingtag'),
    ontext: push('text'),
  };
}

function ours(chunks: string[]): Event[] {
  const events: Event[] = [];
  const tokenizer = new XmlTokenizer(recorder(events));
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return events;
}

function htmlparser2(chunks: string[]): Event[] {
  const events: Event[] = [];
  const callbacks = recorder(events);
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: false },
    {
      ...callbacks,
      onattribentity: ignore,
      ontextentity: ignore,
      onend: ignore,
      onprocessinginstruction: ignore,
    },
  );
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return events;
}

/** Input cut at the given points. */
function cut(text: string, points: number[]): string[] {
  const sorted = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of sorted) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks.filter((chunk) => chunk !== '');
}

// Pieces that reach every state: tags, attributes quoted every way, comments and their ends,
// CDATA and near-CDATA, declarations, processing instructions, and stray markup characters.
const PIECES = [
  '<',
  '>',
  '/',
  '</',
  '/>',
  '!',
  '?',
  '<!',
  '<?',
  '?>',
  '<![CDATA[',
  '<![CDAT',
  '[',
  ']',
  ']]',
  ']]>',
  '<!--',
  '-',
  '--',
  '-->',
  '--!>',
  '<!DOCTYPE x>',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '\t',
  'a',
  'item',
  'dc:creator',
  'x="1"',
  "y='2'",
  'z=3',
  '&amp;',
  'text',
];

const xmlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('XmlTokenizer', () => {
  it('reports what htmlparser2 reports, in one chunk', () => {
    fc.assert(
      fc.property(xmlish, (text) => {
        expect(ours([text])).toEqual(htmlparser2([text]));
      }),
      { seed: 13, numRuns: 3000 },
    );
  });

  it('reports what htmlparser2 reports, in any chunks', () => {
    fc.assert(
      fc.property(xmlish, fc.array(fc.nat(), { maxLength: 12 }), (text, points) => {
        const chunks = cut(text, points);
        expect(ours(chunks)).toEqual(htmlparser2(chunks));
      }),
      { seed: 13, numRuns: 3000 },
    );
  });

  it('reports what htmlparser2 reports on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, points) => {
          const chunks = cut(text, points);
          expect(ours(chunks)).toEqual(htmlparser2(chunks));
        },
      ),
      { seed: 13, numRuns: 2000 },
    );
  });

  it('reads a CDATA section whose end is cut between chunks', () => {
    const text = '<item><d><![CDATA[<p>a]]]]></d></item>';
    for (let split = 1; split < text.length; split++) {
      const events = ours([text.slice(0, split), text.slice(split)]);
      expect(events).toEqual(htmlparser2([text]));
      const cdata = events.find(([name]) => name === 'cdata') ?? [];
      expect(text.slice(cdata[1], cdata[2])).toBe('<p>a]]');
    }
  });

  it('reports a long CDATA section in pieces, one per chunk, so no chunk is held to its end', () => {
    const events: Event[] = [];
    const tokenizer = new XmlTokenizer({
      ...recorder([]),
      oncdata: (start, end, offset) => {
        events.push(['cdata', start, end - offset]);
      },
    });
    tokenizer.write('<d><![CDATA[abc');
    tokenizer.write('def]');
    tokenizer.write(']>');
    tokenizer.end();
    expect(events).toEqual([
      ['cdata', 12, 15],
      ['cdata', 15, 18],
      ['cdata', 18, 18],
    ]);
  });
});
