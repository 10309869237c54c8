import { ParseError } from '@competencyworks/core';
import type { SourceFormat } from '../post';
import { decodeInput } from './decodeInput';
import { isJsonObject } from './jsonField';
import { lineColumn, openingOf, parseJsonText } from './jsonParse';
import { describeNotPosts, restErrorText } from './restResponse';
import { decodeHead, HEAD_BYTES } from './sniffHead';
import { findXmlRoot, type XmlRoot } from './sniffXml';
import { NS } from './xmlReader';

/** What the sniffer decided, and why, in words a person can check. */
export interface Sniffed {
  format: SourceFormat;
  reason: string;
  /** The parsed JSON, for JSON formats, so it is not parsed twice. */
  json?: unknown;
}

export const SUPPORTED_FORMATS =
  'supported: WordPress archive pages (plain text or HTML), RSS 0.90-2.0, Atom 0.3/1.0, WXR exports, WordPress REST JSON (wp/v2/posts), JSON Feed 1.0/1.1';

const ATOM = NS.atom;
/** Atom's element names: a `<feed>` root outside Atom's namespace is still Atom when they follow it. */
const ATOM_CHILD = /<(?:[\w.-]+:)?(?:entry|id|updated|modified|title|link)\b/;
const WXR = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/?$/;
const WXR_DECLARATION =
  /\bxmlns:[\w.-]+\s*=\s*["'](https?:\/\/wordpress\.org\/export\/1\.\d+\/?)["']/;
const RSS_RDF: readonly string[] = [NS.rss1, NS.rss090];
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_LINE = new RegExp(`^[ \\t]*${MONTH}[ \\t]+\\d{1,2},[ \\t]*\\d{4}[ \\t]+by\\b`, 'gm');
const PRINT_FRIENDLY = /^[ \t]*Print Friendly[ \t]*$/m;
// .wp-block-post-title: block themes (Twenty Twenty-Two and later) list posts in <li>, not <article>.
const ARCHIVE_HTML = /<article\b|class\s*=\s*["'][^"']*\b(?:entry-title|wp-block-post-title)\b/i;

function unknown(message: string, at?: { line: number; column: number }): ParseError {
  return new ParseError({
    code: 'unknown-format',
    message: `could not tell the format: ${message}; ${SUPPORTED_FORMATS}`,
    hint: { option: 'format', text: 'pass { format } to force one' },
    ...(at ?? {}),
  });
}

/** A post object of `wp/v2/posts`: an id and a rendered title or content or guid. */
function isRestPost(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  const rendered = (key: string) => isJsonObject(value[key]) && 'rendered' in value[key];
  return rendered('title') || rendered('content') || rendered('guid');
}

function sniffJson(json: unknown): Sniffed {
  if (isJsonObject(json)) {
    if (typeof json.version === 'string' && JSON_FEED_VERSION.test(json.version)) {
      return {
        format: 'json-feed',
        reason: `a JSON object whose "version" is ${json.version}`,
        json,
      };
    }
    if (isRestPost(json)) {
      return {
        format: 'wordpress-rest',
        reason: 'a JSON object with "title.rendered", a single wp/v2 post',
        json,
      };
    }
    const error = restErrorText(json);
    if (error) {
      throw new ParseError({
        code: 'wordpress-rest-error',
        message: `the input is a WordPress REST error response, not posts: ${error}`,
      });
    }
    if (Array.isArray(json.items)) {
      throw unknown(
        'a JSON object with "items" but no JSON Feed "version" (expected "https://jsonfeed.org/version/1.1")',
      );
    }
    const keys = Object.keys(json)
      .slice(0, 5)
      .map((key) => `"${key}"`)
      .join(', ');
    throw unknown(`a JSON object with ${keys || 'no keys'}, neither a JSON Feed nor a wp/v2 post`);
  }
  if (Array.isArray(json)) {
    if (json.length === 0) {
      return {
        format: 'wordpress-rest',
        reason: 'an empty JSON array, what wp/v2/posts returns when nothing matches',
        json,
      };
    }
    const posts = json.filter(isRestPost).length;
    if (posts > 0) {
      return {
        format: 'wordpress-rest',
        reason: `a JSON array of ${json.length} objects, ${posts} with "title.rendered" as in wp/v2/posts`,
        json,
      };
    }
    throw unknown(`JSON without any wp/v2 post (no "title.rendered"): ${describeNotPosts(json)}`);
  }
  throw unknown(`a JSON ${json === null ? 'null' : typeof json}, not a feed or a posts response`);
}

/**
 * Tells a feed by its root: `<rss>` (RSS 0.91-2.0, bare or in userland's namespace, or WXR by
 * its export namespace), `rdf:RDF` declaring RSS 1.0 or 0.90, RSS 1.1's `<Channel>`, and `<feed>`
 * in Atom 1.0's or 0.3's namespace, or in none or another when Atom's element names follow.
 */
function sniffFeedRoot(root: XmlRoot, text: string): Sniffed | undefined {
  const { localName, namespace } = root;
  if (localName === 'rss' && (namespace === undefined || namespace === NS.userland)) {
    const declared = [...root.namespaces.values()].find((uri) => WXR.test(uri));
    const inHead = declared ?? WXR_DECLARATION.exec(text.slice(0, 65_536))?.[1];
    if (inHead) {
      return { format: 'wxr', reason: `<rss> root with the WordPress export namespace ${inHead}` };
    }
    const userland = namespace === NS.userland ? ` in the userland namespace ${NS.userland}` : '';
    return {
      format: 'rss',
      reason: `<rss> root${userland} without the WordPress export namespace`,
    };
  }
  if (localName === 'RDF') {
    const rss = [...root.namespaces.values()].find((uri) => RSS_RDF.includes(uri));
    if (rss)
      return {
        format: 'rss',
        reason: `<${root.name}> root declaring RSS ${rss === NS.rss1 ? '1.0' : '0.90'} (${rss})`,
      };
  }
  if (localName === 'Channel' && namespace === NS.rss11) {
    return { format: 'rss', reason: `<${root.name}> root in the RSS 1.1 namespace ${NS.rss11}` };
  }
  if (localName === 'entry' && (namespace === ATOM || namespace === NS.atom03)) {
    return {
      format: 'atom',
      reason: `<${root.name}> root in the Atom namespace ${namespace}: an Atom Entry Document`,
    };
  }
  if (localName !== 'feed') return undefined;
  if (namespace === ATOM || namespace === NS.atom03) {
    const version = namespace === ATOM ? '' : ' 0.3';
    return {
      format: 'atom',
      reason: `<${root.name}> root in the Atom${version} namespace ${namespace}`,
    };
  }
  if (ATOM_CHILD.test(text.slice(root.offset, root.offset + 65_536))) {
    return {
      format: 'atom',
      reason: `<${root.name}> root in ${namespace ? `the namespace ${namespace}` : 'no namespace'}, read as Atom by its element names`,
    };
  }
  return undefined;
}

function sniffMarkup(text: string): Sniffed {
  const root = findXmlRoot(text);
  if (root === undefined) {
    if (ARCHIVE_HTML.test(text))
      return {
        format: 'archive-html',
        reason: 'HTML with <article>, .entry-title or .wp-block-post-title markup',
      };
    throw unknown(
      `markup without a root element (starts "${openingOf(text)}")`,
      lineColumn(text, text.search(/\S/)),
    );
  }
  const where = lineColumn(text, root.offset);
  const feed = sniffFeedRoot(root, text);
  if (feed) return feed;
  if (root.localName === 'feed') {
    throw unknown(
      `a <${root.name}> root in ${root.namespace ? `the namespace ${root.namespace}` : 'no namespace'} without Atom elements (<entry>, <id>, <title>), not Atom (${ATOM})`,
      where,
    );
  }
  // XML may omit its declaration: a root that declares namespaces is XML, not an HTML page.
  if (
    root.localName.toLowerCase() === 'html' ||
    root.htmlDoctype ||
    (!text.trimStart().startsWith('<?xml') && root.namespaces.size === 0)
  ) {
    if (ARCHIVE_HTML.test(text)) {
      return {
        format: 'archive-html',
        reason: 'HTML with <article>, .entry-title or .wp-block-post-title markup',
      };
    }
    throw unknown(
      'an HTML page without post markup (no <article>, no .entry-title, no .wp-block-post-title)',
      where,
    );
  }
  throw unknown(
    `XML with a <${root.name}> root${root.namespace ? ` in ${root.namespace}` : ''}, which is none of RSS, Atom or WXR`,
    where,
  );
}

function sniffText(text: string): Sniffed | undefined {
  const dates = [...text.matchAll(DATE_LINE)];
  const first = dates[0];
  if (first) {
    const { line } = lineColumn(text, first.index);
    return {
      format: 'archive-text',
      reason: `plain text with ${dates.length} date line${dates.length === 1 ? '' : 's'} like "${first[0].trim()}" (first at line ${line})`,
    };
  }
  if (PRINT_FRIENDLY.test(text)) {
    return { format: 'archive-text', reason: 'plain text with "Print Friendly" separator lines' };
  }
  return undefined;
}

/** Decides the format of decoded input, or throws a `ParseError` saying what it looked like. */
export function sniffInput(text: string): Sniffed {
  const start = text.search(/\S/);
  if (start === -1) {
    throw new ParseError({
      code: 'empty-input',
      message: `the input is empty; ${SUPPORTED_FORMATS}`,
    });
  }
  const first = text[start];
  if (first === '<') return sniffMarkup(text);
  if (first === '{' || first === '[') {
    try {
      return sniffJson(parseJsonText(text, { expected: 'JSON' }));
    } catch (error) {
      // Text that merely starts with a bracket ("[Updated] ...") can still be an archive page.
      if (error instanceof ParseError && error.code === 'invalid-json') {
        const archive = sniffText(text);
        if (archive) return archive;
      }
      throw error;
    }
  }
  const archive = sniffText(text);
  if (archive) return archive;
  throw unknown(
    `plain text without a date line like "August 18, 2016 by" or a "Print Friendly" line (starts "${openingOf(text)}")`,
    lineColumn(text, start),
  );
}

/**
 * Sniffs text or bytes. Bytes are sniffed on their leniently decoded head, so a 200 MB export is
 * not decoded twice and an HTML page whose charset only its `<meta>` names still reaches its
 * parser; JSON is decoded in full and strictly, since its parsed value is handed on.
 */
export function sniffSource(input: string | Uint8Array, charset: string | undefined): Sniffed {
  if (typeof input === 'string') return sniffInput(input);
  const head = decodeHead(input, charset);
  const first = head.trimStart()[0];
  if (first === '{' || first === '[') {
    return sniffInput(decodeInput(input, charset !== undefined ? { charset } : {}));
  }
  if (input.length <= HEAD_BYTES) return sniffInput(head);
  try {
    return sniffInput(head);
  } catch (error) {
    if (!(error instanceof ParseError) || error.code !== 'unknown-format') throw error;
    return sniffInput(decodeHead(input, charset, input.length));
  }
}
