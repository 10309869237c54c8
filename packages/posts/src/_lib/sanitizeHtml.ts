import { ALLOWED_ATTRIBUTES, DROP_CONTENT, VOID_ELEMENTS } from './allowedHtml';
import { IMPLIES_CLOSE } from './impliedEndTags';
import { type HtmlHandler, scanHtml } from './scanHtml';

// An allow-list sanitiser on scanHtml's events, in one pass. The output is rebuilt from the
// events: only the tags and attributes of allowedHtml.ts, every attribute value double-quoted and
// escaped, every text run escaped, so how a browser parses the output does not depend on how the
// input was written. Where a run of consecutive tags and text is written exactly as the writer
// would write it (`<p>`, plain text, `</p>`), the run is copied from the input as one piece instead
// of piece by piece: the same characters, with a tenth of the pieces on a WordPress post. scanHtml is not an HTML5 tree builder, so
// where the two would nest allowed elements differently (an <a> inside an <a>, content directly
// inside a <table>) the element is left out and its content kept; sanitizeHtml.oracle.test.ts
// parses every output with parse5 (HTML5) and checks that only the allow-list survives and that a
// browser's parse of the output is stable.

// Characters a browser ignores or strips around and inside a URL scheme, and the C1 controls,
// removed before the scheme is read (as findUnsafeHtml does), so "java&#9;script:" is seen as
// "javascript:".
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007F-\u009F]+/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9.+-]*):/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SCRIPT_SCHEME = /^(?:javascript|vbscript):/i;

/** Whether a URL attribute value must go: a scheme other than http(s) (or mailto for links), or `//host`. */
function isForbiddenUrl(tag: string, value: string): boolean {
  let url = value.replace(IGNORED_IN_SCHEME, '');
  // Comments inside a URL, which an XML data island would drop ("java<!-- -->script:").
  for (let start = url.indexOf('<!--'); start !== -1; start = url.indexOf('<!--')) {
    const end = url.indexOf('-->', start + 4);
    if (end === -1) break;
    url = url.slice(0, start) + url.slice(end + 3);
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return /^[/\\]{2}/.test(url);
  return !(scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && tag !== 'img'));
}

// indexOf before each replacement: most text runs and values need no escaping. replaceAll with
// a string is a native loop; one regular expression with a callback per character was a fifth
// of sanitising a 100 MB post.
function escapeText(text: string): string {
  let out = text;
  if (out.includes('&')) out = out.replaceAll('&', '&amp;');
  if (out.includes('<')) out = out.replaceAll('<', '&lt;');
  if (out.includes('>')) out = out.replaceAll('>', '&gt;');
  return out;
}

function escapeAttribute(value: string): string {
  const out = escapeText(value);
  return out.includes('"') ? out.replaceAll('"', '&quot;') : out;
}

/** Whether a browser would run the value as script in a URL attribute (findUnsafeHtml's test). */
function isScriptUrl(value: string): boolean {
  return value.includes(':') && SCRIPT_SCHEME.test(value.replace(IGNORED_IN_SCHEME, ''));
}

/**
 * The value an attribute keeps (entity-decoded, a relative link or image URL resolved), or
 * undefined when it goes: not allowed on the tag, empty where a value is required, a forbidden
 * URL, or any value a browser would run as script. `raw` is entity-decoded already.
 */
function keptValue(
  tag: string,
  name: string,
  raw: string,
  baseUrl: string | undefined,
): string | undefined {
  if (ALLOWED_ATTRIBUTES.get(tag)?.has(name) !== true) return undefined;
  let value = raw;
  if (
    baseUrl !== undefined &&
    ((tag === 'a' && name === 'href') || (tag === 'img' && name === 'src'))
  ) {
    const trimmed = value.trim();
    if (!HAS_SCHEME.test(trimmed)) {
      try {
        value = new URL(trimmed, baseUrl).href;
      } catch {
        // An unparsable relative URL is left for the scheme check to judge.
      }
    }
  }
  if (value === '') return name === 'alt' || name === 'reversed' ? value : undefined;
  // An absolute http(s) URL as written is the common case and needs no further look.
  if (!(value.startsWith('https://') || value.startsWith('http://'))) {
    if ((name === 'href' || name === 'src' || name === 'cite') && isForbiddenUrl(tag, value)) {
      return undefined;
    }
    // findUnsafeHtml refuses a javascript: value in any attribute (a title or alt included).
    if (isScriptUrl(value)) return undefined;
  }
  return value;
}

/** A kept attribute as written to the output. */
function attribute(name: string, value: string): string {
  if (value === '') return name === 'alt' ? ' alt=""' : ` ${name}`;
  return ` ${name}="${escapeAttribute(value)}"`;
}

const openTag = (tag: string, attributes: string) =>
  VOID_ELEMENTS.has(tag) ? `<${tag}${attributes} />` : `<${tag}${attributes}>`;

// The start tag without attributes and the end tag of every allowed element, made once: a new
// string per tag was a large share of a post's garbage.
const BARE_START = new Map([...ALLOWED_ATTRIBUTES.keys()].map((tag) => [tag, openTag(tag, '')]));
const END_TAG = new Map([...ALLOWED_ATTRIBUTES.keys()].map((tag) => [tag, `</${tag}>`]));
const endTag = (tag: string) => END_TAG.get(tag) ?? `</${tag}>`;

// What became of an element the parser opened: written to the output, left out with its
// content kept, or left out with its content.
const KEPT = 0;
const UNWRAPPED = 1;
const DROPPED = 2;
type Fate = typeof KEPT | typeof UNWRAPPED | typeof DROPPED;

// Table parts, kept only directly inside the element an HTML5 parser puts them in; and what a
// table, table section or row may hold directly (anything else a browser moves out of the table,
// "foster parenting", which can nest an <a> inside an <a> on the next parse). A cell directly in
// a table or table section gets the row an HTML5 parser would imply for it.
const TABLE_PARENT = new Map<string, ReadonlySet<string>>([
  ['caption', new Set(['table'])],
  ['thead', new Set(['table'])],
  ['tbody', new Set(['table'])],
  ['tfoot', new Set(['table'])],
  ['tr', new Set(['table', 'thead', 'tbody', 'tfoot'])],
  ['td', new Set(['tr'])],
  ['th', new Set(['tr'])],
]);
const TABLE_CONTEXT = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const ROW_PARENT = TABLE_PARENT.get('tr') as ReadonlySet<string>;

const PIECES = 4096;

/** Writes the output from the reader's events, keeping what the allow-list allows. */
class Writer implements HtmlHandler {
  // The output as joined pieces: `+=` on one string builds a rope of one node per piece, and a
  // 100 MB post's rope of millions of nodes, all alive until the end, was most of its reading
  // time (the collector copying them). Pieces are joined into flat strings every PIECES pieces.
  private pieces: string[] = [];
  private readonly joined: string[] = [];
  // The reader's open elements with what became of each, and the kept ones, which are what
  // the output has open (`implied` when the input had no tag for it: a row). Parallel arrays
  // rather than an object per element.
  private readonly elements: string[] = [];
  private readonly fates: Fate[] = [];
  private readonly kept: string[] = [];
  private readonly implied: boolean[] = [];
  private dropping = 0;
  private openLinks = 0;
  // The run of input the output continues with, from runStart to runEnd (empty when equal):
  // consecutive tokens each of which the writer would write exactly as the input has it.
  private runStart = 0;
  private runEnd = 0;
  /** With `xml:base` read: the base in force inside each of `elements`. */
  private readonly bases: (string | undefined)[] = [];

  constructor(
    private readonly html: string,
    private readonly baseUrl: string | undefined,
    private readonly xmlBase: boolean,
  ) {}

  /** The base of an element opening with these attributes (its own `xml:base` counts for it). */
  private baseOf(attributes: readonly string[]): string | undefined {
    const bases = this.bases;
    const inherited = bases.length > 0 ? bases[bases.length - 1] : this.baseUrl;
    for (let i = 0; i < attributes.length; i += 2) {
      if (attributes[i] !== 'xml:base') continue;
      try {
        return new URL((attributes[i + 1] as string).trim(), inherited).href;
      } catch {
        // An unusable xml:base leaves the inherited one in force, as in the XML reader.
      }
    }
    return inherited;
  }

  open(tag: string, attributes: readonly string[], start: number, end: number): void {
    let fate: Fate = UNWRAPPED;
    if (this.dropping > 0) fate = UNWRAPPED;
    else if (DROP_CONTENT.has(tag)) fate = DROPPED;
    else if (ALLOWED_ATTRIBUTES.has(tag) && this.makeRoom(tag)) fate = KEPT;
    const base = this.xmlBase ? this.baseOf(attributes) : this.baseUrl;
    if (this.xmlBase) this.bases.push(base);
    this.elements.push(tag);
    this.fates.push(fate);
    if (fate === DROPPED) this.dropping++;
    if (fate !== KEPT) return;
    let written = '';
    for (let i = 0; i < attributes.length; i += 2) {
      const name = attributes[i] as string;
      const value = keptValue(tag, name, attributes[i + 1] as string, base);
      if (value !== undefined) written += attribute(name, value);
    }
    this.token(
      written === '' ? (BARE_START.get(tag) as string) : openTag(tag, written),
      start,
      end,
    );
    if (VOID_ELEMENTS.has(tag)) return;
    this.keep(tag, false);
    if (tag === 'a') this.openLinks++;
  }

  text(text: string, start: number, end: number): void {
    if (this.dropping > 0) return;
    const escaped = escapeText(text);
    // Text that needed no escaping and no decoding (decoding shortens it) is the input as written.
    if (start >= 0 && escaped === text && text.length === end - start) this.copy(start, end);
    else this.write(escaped);
  }

  close(tag: string, start: number, end: number): void {
    const elements = this.elements;
    if (elements.length === 0 || elements[elements.length - 1] !== tag) return;
    elements.pop();
    if (this.xmlBase) this.bases.pop();
    const fate = this.fates.pop();
    if (fate === DROPPED) this.dropping--;
    else if (fate === KEPT && !VOID_ELEMENTS.has(tag)) {
      this.closeImplied();
      this.kept.pop();
      this.implied.pop();
      if (tag === 'a') this.openLinks--;
      this.token(endTag(tag), start, end);
    }
  }

  /** Writes a tag, copying it from the input (from `start` to `end`) when it is written the same. */
  private token(piece: string, start: number, end: number): void {
    if (start >= 0 && end - start === piece.length && this.html.startsWith(piece, start)) {
      this.copy(start, end);
    } else this.write(piece);
  }

  /** Continues the output with the input from `start` to `end`. */
  private copy(start: number, end: number): void {
    if (start !== this.runEnd || this.runStart === this.runEnd) {
      this.flushRun();
      this.runStart = start;
    }
    this.runEnd = end;
  }

  private flushRun(): void {
    if (this.runEnd > this.runStart) this.push(this.html.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd = 0;
  }

  private keep(tag: string, implied: boolean): void {
    this.kept.push(tag);
    this.implied.push(implied);
  }

  /** Closes the rows the output opened on its own, innermost first. */
  private closeImplied(): void {
    const kept = this.kept;
    const implied = this.implied;
    while (implied.length > 0 && implied[implied.length - 1] === true) {
      implied.pop();
      this.write(endTag(kept.pop() as string));
    }
  }

  /**
   * Whether the output can open `tag` here, after closing or opening the implied row it needs.
   * Not where an HTML5 parser would move or close it: see TABLE_PARENT, and an <a> inside an open
   * <a> (closed by a browser's adoption agency however deep it is); nor where the next parse
   * would close its parent for it (a dropped element can leave a <p> directly inside a <p>).
   */
  private makeRoom(tag: string): boolean {
    const parents = TABLE_PARENT.get(tag);
    if (tag === 'tr') this.closeImplied();
    let top = this.kept.at(-1);
    if (parents !== undefined) {
      if (top === undefined) return false;
      if ((tag === 'td' || tag === 'th') && ROW_PARENT.has(top)) {
        this.write('<tr>');
        this.keep('tr', true);
        top = 'tr';
      }
      return parents.has(top);
    }
    if (top !== undefined && TABLE_CONTEXT.has(top)) return false;
    if (tag === 'a' && this.openLinks > 0) return false;
    return top === undefined || IMPLIES_CLOSE.get(tag)?.has(top) !== true;
  }

  /**
   * The output, trimmed, a new string that shares no memory with the input, with whatever is
   * still open closed.
   */
  finish(): string {
    for (let top = this.kept.pop(); top !== undefined; top = this.kept.pop()) {
      if (this.implied.pop() === true) this.write(endTag(top));
    }
    this.flushRun();
    const pieces = this.pieces;
    // A single piece may be a slice of the input: copied, so a post does not keep the input alive.
    if (this.joined.length === 0)
      return (pieces.length === 1 ? ` ${pieces[0]}`.slice(1) : pieces.join('')).trim();
    this.joined.push(pieces.join(''));
    return trimmedConcat(this.joined);
  }

  /** Writes a piece that is not copied from the input. */
  private write(piece: string): void {
    this.flushRun();
    this.push(piece);
  }

  private push(piece: string): void {
    if (this.pieces.push(piece) === PIECES) {
      this.joined.push(this.pieces.join(''));
      this.pieces = [];
    }
  }
}

/**
 * The parts joined and trimmed, as `parts.join('').trim()` gives, without copying them into one
 * string: a 100 MB post's output is a rope of its flat parts of PIECES pieces each, instead of a
 * second copy of all of them (trimming the joined string would copy it too).
 */
function trimmedConcat(parts: readonly string[]): string {
  let first = 0;
  let last = parts.length - 1;
  while (first <= last && (parts[first] as string).trimStart() === '') first++;
  while (last > first && (parts[last] as string).trimEnd() === '') last--;
  if (first > last) return '';
  if (first === last) return (parts[first] as string).trim();
  let out = (parts[first] as string).trimStart();
  for (let i = first + 1; i < last; i++) out += parts[i] as string;
  return out + (parts[last] as string).trimEnd();
}

/** Sanitises and trims. */
function sanitize(html: string, baseUrl: string | undefined, xmlBase: boolean): string {
  const writer = new Writer(html, baseUrl, xmlBase);
  scanHtml(html, writer);
  return writer.finish();
}

/**
 * Sanitises post HTML to an allow-list: structural and inline text elements, links and images
 * with http(s) URLs only (links may also be mailto:); no scripts, styles, frames, forms, event
 * handlers, `style`/`class` attributes or `javascript:` / `data:` URLs. Relative link and image
 * URLs are resolved against `baseUrl` when one is known (without one, a protocol-relative
 * `//host/` URL is dropped). Elements that are not allowed are left out with their content kept,
 * except script, style, iframe, embed, template, noscript, textarea and option, which go
 * with their content (an `object`'s content is its fallback and is kept). Text and attribute values are written escaped, so the output parses the
 * same way everywhere, passes `findUnsafeHtml`, and sanitising it again changes nothing. The
 * result is a fresh string that shares no memory with `html` (a post can keep it without
 * keeping the input it was cut from).
 *
 * @param html - An HTML fragment (a post body).
 * @param baseUrl - The URL relative `href`/`src` values are resolved against.
 * @param options - `xmlBase: true` for XHTML taken from an XML document (Atom `type="xhtml"`
 *   content): an `xml:base` attribute on an element changes the base for it and what it holds.
 * @returns The sanitised fragment, trimmed.
 * @example
 * sanitizeHtml('<p onclick="x()">Hi <a href="/about/">there</a><script>alert(1)</script></p>', 'https://example.org/blog/');
 * //=> '<p>Hi <a href="https://example.org/about/">there</a></p>'
 * sanitizeHtml('<p xml:base="/docs/"><a href="guide">Guide</a></p>', 'https://example.org/', { xmlBase: true });
 * //=> '<p><a href="https://example.org/docs/guide">Guide</a></p>'
 */
export function sanitizeHtml(
  html: string,
  baseUrl?: string,
  options: { xmlBase?: boolean } = {},
): string {
  return sanitize(html, baseUrl, options.xmlBase === true);
}
