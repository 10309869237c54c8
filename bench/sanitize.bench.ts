import { Parser } from 'htmlparser2';
import sanitizeLibrary from 'sanitize-html';
// The sanitiser is private to the posts package (src/_lib); the bench reads it by path to compare
// it with the maintained library it could be replaced by.
import { ALLOWED_ATTRIBUTES, DROP_CONTENT } from '../packages/posts/src/_lib/allowedHtml';
import { sanitizeHtml } from '../packages/posts/src/_lib/sanitizeHtml';
import { scanHtml } from '../packages/posts/src/_lib/scanHtml';
import type { BenchSuite } from './_lib/suite';
import { postHtml, seededRandom } from './generate/random';

// Our sanitiser (scanHtml plus the allow-list of allowedHtml.ts) against sanitize-html 2.17 (built
// on htmlparser2; 2.18 needs Node 22) set to the same allow-list, on the post bodies of the
// generated RSS feed: 10,000 WordPress-style bodies of about 3 KB. Two more cases say why the
// sanitiser has its own HTML reader: htmlparser2's Parser with no handlers at all (the least a
// sanitiser on it can cost) against scanHtml with no handlers.

const SITE = 'https://www.competencyworks.org';
const bodies = () => {
  const random = seededRandom(20161219);
  return Array.from({ length: 10_000 }, () => postHtml(random, 2950, SITE));
};

const libraryOptions: sanitizeLibrary.IOptions = {
  allowedTags: [...ALLOWED_ATTRIBUTES.keys()],
  allowedAttributes: Object.fromEntries(
    [...ALLOWED_ATTRIBUTES].map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  nonTextTags: [...DROP_CONTENT],
};

const sanitizeAll = (sanitize: (html: string) => string) => (input: unknown) => {
  let chars = 0;
  for (const body of input as string[]) chars += sanitize(body).length;
  return chars > 0 ? (input as string[]).length : 0;
};

const NO_HANDLERS = { open() {}, text() {}, close() {} };
const readAll = (read: (html: string) => void) => (input: unknown) => {
  for (const body of input as string[]) read(body);
  return (input as string[]).length;
};

export const suite: BenchSuite = {
  title: 'HTML sanitiser, WordPress-style post bodies',
  input: () => '10,000 bodies of about 3 KB',
  cases: [
    {
      name: 'sanitize-html 2.17 (same allow-list)',
      baseline: true,
      setup: bodies,
      run: sanitizeAll((html) => sanitizeLibrary(html, libraryOptions)),
    },
    {
      name: 'ours sanitizeHtml (scanHtml)',
      setup: bodies,
      run: sanitizeAll((html) => sanitizeHtml(html, `${SITE}/blog/`)),
    },
    {
      name: 'htmlparser2 Parser alone, no handlers',
      setup: bodies,
      run: readAll((html) => new Parser({}, { decodeEntities: true }).end(html)),
    },
    {
      name: 'ours scanHtml alone, no handlers',
      setup: bodies,
      run: readAll((html) => scanHtml(html, NO_HANDLERS)),
    },
  ],
};
