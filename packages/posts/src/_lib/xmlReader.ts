import { ParseError } from '@competencyworks/core';
import { lineColumn } from './jsonParse';
import { readDoctype } from './readDoctype';
import { XmlEntities } from './xmlEntities';
import { QuoteType, type XmlTokenCallbacks, XmlTokenizer } from './xmlTokenizer';

/** Well-known namespace URIs the feed readers match elements by. */
export const NS = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  thr: 'http://purl.org/syndication/thread/1.0',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  /** RSS 0.90's element namespace, inside an `rdf:RDF` root. */
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  /** RSS 1.1's namespace; its root is `<Channel>`. */
  rss11: 'http://purl.org/net/rss1.1#',
  /** The namespace some RSS 0.9x/2.0 feeds put on `<rss>` (userland's, briefly recommended in 2002). */
  userland: 'http://backend.userland.com/rss2',
  /** Atom 0.3's namespace, still served by old blogs. */
  atom03: 'http://purl.org/atom/ns#',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/**
 * Namespaces assumed for prefixes a broken feed uses without declaring them, so `dc:creator`
 * still means Dublin Core. Every such guess is reported as an issue.
 */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  atom: NS.atom,
  content: NS.content,
  dc: NS.dc,
  slash: NS.slash,
  wfw: NS.wfw,
  thr: NS.thr,
  media: NS.media,
  itunes: NS.itunes,
  dcterms: NS.dcterms,
  rdf: NS.rdf,
  wp: 'http://wordpress.org/export/1.2/',
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
};

/** What the reader should collect for an element the handler opened. */
export enum Capture {
  /** Nothing: the handler only wants the open and close events. */
  None = 0,
  /** The element's text: character data with entities decoded, CDATA sections verbatim. */
  Text = 1,
  /** The element's inner markup exactly as written (Atom `type="xhtml"` content). */
  Markup = 2,
}

/** One open element, as the handler sees it. */
export interface XmlElement {
  /** The namespace URI ('' for none). Handlers match on this, never on the prefix. */
  readonly uri: string;
  /** The local name, without prefix. */
  readonly local: string;
  /** The name as written, with prefix. */
  readonly qname: string;
  /** Attributes by their qualified name as written, values with entities decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The effective `xml:base`, when the document sets one, for resolving relative URLs. */
  readonly base: string | undefined;
  /** Nesting depth, 0 for the root element. */
  readonly depth: number;
  /** 1-based line and column of the `<` that opened it. */
  readonly line: number;
  readonly column: number;
}

/** Receives the reader's element events. Errors thrown here propagate to the caller. */
export interface XmlHandler {
  open(element: XmlElement): Capture;
  /** `text` is the captured text or markup ('' when nothing was captured). */
  close(element: XmlElement, text: string): void;
  /**
   * Called for what the reader tolerated: a prefix it had to guess (`undeclared-prefix`), an
   * external or parameter entity it did not read (`external-entity`, `parameter-entity`).
   */
  warn(message: string, line: number, column: number, code?: string): void;
}

interface Frame extends XmlElement {
  /** Namespace declarations made on this element, when any. */
  readonly ns: Map<string, string> | undefined;
  capture: Capture;
  /** False for elements inside a captured one: the handler sees only the captured text. */
  readonly notify: boolean;
  /** Offset just after the open tag's `>`, for markup capture. */
  readonly innerStart: number;
}

const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});

/** The most text held before the root element while a DOCTYPE is read (its internal subset). */
const MAX_PROLOG = 1_000_000;

function describe(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty input';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'JSON';
  return `"${trimmed.slice(0, 30).replace(/\s+/g, ' ')}${trimmed.length > 30 ? '...' : ''}"`;
}

/**
 * A namespace-aware, streaming XML reader on top of {@link XmlTokenizer} (htmlparser2's XML
 * tokenizer, which is forgiving, with faster scanning). It adds what a feed parser needs and the tokenizer leaves out: resolution of
 * prefixes to namespace URIs, `xml:base`, HTML named entities in text (WordPress writes `&nbsp;`
 * and `&rsquo;` outside CDATA), line:column positions, and the well-formedness checks that turn
 * a truncated or mismatched document into a {@link ParseError} instead of a silent partial read.
 *
 * Text is handed over in chunks with `write` and finished with `end`; memory stays proportional
 * to the largest open element being captured, not to the document.
 */
export class XmlReader {
  private readonly tokenizer: XmlTokenizer;
  private readonly stack: Frame[] = [];
  private readonly handler: XmlHandler;

  // Chunks not yet fully consumed, and the absolute offset of the first one.
  private readonly buffers: string[] = [];
  private bufferOffset = 0;
  /** The absolute offset just after the last chunk written. */
  private bufferedEnd = 0;
  /** Offset before which no slice will be asked for again (markup capture pins it). */
  private pinned = -1;

  // Line counting: `lines` newlines seen before `countedTo`; `lastNewline` is the offset of the last one.
  private countedTo = 0;
  private lines = 0;
  private lastNewline = -1;
  // The newline search: the last newline found, and the offset before which all were found.
  private newlineFound = -1;
  private searchedTo = 0;

  // The open tag being read.
  private tagName = '';
  private tagStart = 0;
  private tagPosition = { line: 1, column: 1 };
  private attrs: Record<string, string> | undefined;
  private attrName = '';
  private attrValue = '';
  /** Where the attribute value being decoded ends, for an entity error's position. */
  private attrEnd = 0;

  // Text collected for the innermost capturing element; `rawText` holds the pieces of a run not
  // yet entity-decoded (joined once: appending a 100 MB text node piece by piece was the hot spot).
  private text = '';
  private rawText: string[] = [];
  private rawStart = 0;
  private capturing = false;

  // Positions for the entity decoder's errors, made once: a closure made per text run or
  // attribute was a measurable share of reading a feed (and of its garbage).
  private readonly attrWhere = () => this.position(Math.max(this.attrEnd, this.countedTo));
  private readonly textWhere = () => this.position(Math.max(this.rawStart, this.countedTo));

  /** In-scope namespace URIs by prefix, innermost last: O(1) lookups at any depth. */
  private readonly scopes = new Map<string, string[]>();
  private readonly entities = new XmlEntities();
  /** The document's start, held until its prolog (and a DOCTYPE in it) is complete. */
  private prolog: string | undefined = '';
  private prologTried = 0;

  private rootClosed = false;
  private sawRoot = false;
  private readonly guessed = new Set<string>();
  private started = false;
  private leadingText = '';

  constructor(handler: XmlHandler) {
    this.handler = handler;
    const callbacks: XmlTokenCallbacks = {
      onattribdata: (start, end) => {
        this.attrValue += this.slice(start, end);
      },
      onattribend: (quote, end) => {
        const value = quote === QuoteType.NoValue ? '' : this.attrValue;
        if (quote === QuoteType.NoValue || quote === QuoteType.Unquoted) {
          this.fail(end, `attribute ${this.attrName} of <${this.tagName}> needs a quoted value`);
        }
        this.attrs ??= {};
        this.attrEnd = end;
        this.attrs[this.attrName] = value.includes('&')
          ? this.entities.decode(value, this.attrWhere)
          : value;
        this.attrValue = '';
      },
      onattribname: (start, end) => {
        this.attrName = this.slice(start, end);
      },
      oncdata: (start, end, offset) => {
        if (this.capturing) {
          this.flushText();
          this.text += this.slice(start, end - offset);
        } else this.outsideText(start, end - offset, true);
      },
      onclosetag: (start, end) => this.closeTag(this.slice(start, end), start - 2),
      oncomment: () => this.flushText(),
      ondeclaration: (start, end) => {
        if (/^doctype\s+html\b/i.test(this.slice(start, end))) {
          this.fail(
            start - 2,
            'found an HTML page (<!DOCTYPE html>), expected a feed; use the feed URL',
          );
        }
      },
      onopentagend: (end) => this.openTag(end, false),
      onopentagname: (start, end) => {
        this.flushText();
        this.tagStart = start - 1;
        this.tagPosition = this.position(start - 1);
        this.tagName = this.slice(start, end);
        this.attrs = undefined;
      },
      onselfclosingtag: (end) => this.openTag(end, true),
      ontext: (start, end) => {
        if (this.capturing) {
          if (this.rawText.length === 0) this.rawStart = start;
          this.rawText.push(this.slice(start, end));
        } else this.outsideText(start, end, false);
      },
    };
    this.tokenizer = new XmlTokenizer(callbacks);
  }

  /** Feeds the next piece of the document. */
  write(chunk: string): void {
    if (chunk === '') return;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.prolog !== undefined) {
      this.prolog += chunk;
      // Retried each time the held text doubles, so a DOCTYPE arriving in tiny chunks is read in linear time.
      if (this.prolog.length < this.prologTried * 2) return;
      this.prologTried = this.prolog.length;
      const ready = this.readProlog(false);
      if (ready === undefined) return;
      chunk = ready;
    }
    this.push(chunk);
  }

  private push(chunk: string): void {
    this.buffers.push(chunk);
    this.bufferedEnd += chunk.length;
    this.tokenizer.write(chunk);
  }

  /** Finishes the document: an unclosed element or a missing root is an error here. */
  end(): void {
    if (this.prolog !== undefined) {
      const rest = this.readProlog(true) ?? '';
      if (rest !== '') this.push(rest);
    }
    this.tokenizer.end();
    const total = this.bufferedEnd;
    const open = this.stack.at(-1);
    if (open) {
      const root = this.stack[0];
      const what = root && root !== open ? ` (inside <${root.qname}>)` : '';
      this.fail(
        total,
        `the input ended inside <${open.qname}> opened at ${open.line}:${open.column}${what}; the file looks truncated`,
      );
    }
    if (!this.sawRoot) {
      const found = describe(this.leadingText);
      this.fail(
        total,
        found === 'empty input'
          ? 'the input is empty; expected an XML feed'
          : `expected an XML feed starting with "<", found ${found}`,
      );
    }
  }

  /** The 1-based line and column of an absolute offset at or after the last one asked for. */
  position(offset: number): { line: number; column: number } {
    if (offset > this.countedTo) {
      let newline = this.nextNewline(this.countedTo);
      while (newline !== -1 && newline < offset) {
        this.lines++;
        this.lastNewline = newline;
        newline = this.nextNewline(newline + 1);
      }
      this.countedTo = offset;
    }
    return { line: this.lines + 1, column: offset - this.lastNewline };
  }

  /**
   * The absolute offset of the first newline at or after `from` in the buffered text, or -1.
   * What was searched is remembered, so every character is searched once: asking again on a
   * long line used to search to the end of the document each time (quadratic on 100,000 tags).
   */
  private nextNewline(from: number): number {
    if (from <= this.newlineFound) return this.newlineFound;
    const start = Math.max(from, this.searchedTo);
    let { index, base } = this.locate(start);
    for (; index < this.buffers.length; index++) {
      const buffer = this.buffers[index] as string;
      const at = buffer.indexOf('\n', Math.max(start - base, 0));
      if (at !== -1) {
        this.newlineFound = base + at;
        this.searchedTo = this.newlineFound + 1;
        return this.newlineFound;
      }
      base += buffer.length;
    }
    this.searchedTo = Math.max(start, base);
    return -1;
  }

  /**
   * The index and start offset of the buffer holding `offset`, searched from the newest: reads
   * are near the end, and a markup capture may pin thousands of chunks before them.
   */
  private locate(offset: number): { index: number; base: number } {
    let index = this.buffers.length - 1;
    let base = this.bufferedEnd - (this.buffers[index]?.length ?? 0);
    while (index > 0 && base > offset) {
      index--;
      base -= this.buffers[index]?.length ?? 0;
    }
    return { index, base };
  }

  /** Releases whole chunks that end before `offset` (and before any pinned capture start). */
  private release(offset: number): void {
    const limit = this.pinned >= 0 ? Math.min(offset, this.pinned) : offset;
    let first = this.buffers[0];
    while (
      first !== undefined &&
      this.buffers.length > 1 &&
      this.bufferOffset + first.length <= limit
    ) {
      this.position(this.bufferOffset + first.length);
      this.bufferOffset += first.length;
      this.buffers.shift();
      first = this.buffers[0];
    }
  }

  private slice(start: number, end: number): string {
    if (start >= end) return '';
    this.release(start);
    let { index, base } = this.locate(start);
    let out = '';
    for (; index < this.buffers.length && base < end; index++) {
      const buffer = this.buffers[index] as string;
      const piece = buffer.slice(Math.max(start - base, 0), end - base);
      out = out === '' ? piece : out + piece;
      base += buffer.length;
    }
    return out;
  }

  private fail(offset: number, message: string): never {
    const { line, column } = this.position(Math.max(offset, this.countedTo));
    throw new ParseError({ code: 'malformed-xml', message, line, column });
  }

  /**
   * Reads the held prolog: comments, processing instructions and a DOCTYPE, whose internal subset
   * declares the entities the document may use. Returns the text to hand to the tokenizer, with
   * the DOCTYPE blanked out (newlines kept, so positions stay true), or undefined to wait for more.
   */
  private readProlog(final: boolean): string | undefined {
    const text = this.prolog ?? '';
    let at = 0;
    for (;;) {
      while (at < text.length && /\s/.test(text[at] as string)) at++;
      if (text.startsWith('<?', at) || text.startsWith('<!--', at)) {
        const marker = text[at + 1] === '?' ? '?>' : '-->';
        const close = text.indexOf(marker, at + 2);
        if (close === -1) {
          if (final) break;
          return undefined;
        }
        at = close + marker.length;
        continue;
      }
      if (text.length - at < 9 && !final && '<!DOCTYPE'.startsWith(text.slice(at)))
        return undefined;
      if (!/^<!doctype/i.test(text.slice(at, at + 9))) break;
      const doctype = readDoctype(text, at);
      if ('problem' in doctype) {
        if (!final && text.length < MAX_PROLOG) return undefined;
        const offset = doctype.problem === 'malformed' ? doctype.offset : text.length;
        const { line, column } = lineColumn(text, offset);
        throw new ParseError({
          code: 'malformed-xml',
          message:
            offset >= text.length
              ? text.length >= MAX_PROLOG
                ? `the DOCTYPE declaration is longer than ${MAX_PROLOG.toLocaleString('en-US')} characters`
                : 'the input ended inside the DOCTYPE declaration'
              : `the DOCTYPE declaration is malformed here (found "${text.slice(offset, offset + 20)}")`,
          line,
          column,
        });
      }
      if (doctype.name.toLowerCase() === 'html') {
        const { line, column } = lineColumn(text, at);
        throw new ParseError({
          code: 'malformed-xml',
          message: 'found an HTML page (<!DOCTYPE html>), expected a feed; use the feed URL',
          line,
          column,
        });
      }
      for (const entity of doctype.entities) this.entities.declare(entity);
      for (const note of doctype.notes) {
        const { line, column } = lineColumn(text, note.offset);
        this.handler.warn(note.message, line, column, note.code);
      }
      const blank = text.slice(at, doctype.end).replace(/[^\n]/g, ' ');
      this.prolog = undefined;
      return text.slice(0, at) + blank + text.slice(doctype.end);
    }
    if (at >= text.length && !final) return undefined;
    this.prolog = undefined;
    return text;
  }

  private flushText(): void {
    if (this.rawText.length > 0) {
      const raw = this.rawText.length === 1 ? (this.rawText[0] as string) : this.rawText.join('');
      this.rawText = [];
      this.text += raw.includes('&') ? this.entities.decode(raw, this.textWhere) : raw;
    }
  }

  /** Text outside any capturing element: only white space is allowed outside the root. */
  private outsideText(start: number, end: number, cdata: boolean): void {
    if (this.stack.length > 0) return;
    const text = this.slice(start, end);
    if (text.trim() === '') return;
    const at = start + text.search(/\S/);
    if (this.rootClosed) this.fail(at, 'found text after the end of the root element');
    if (!this.sawRoot) {
      this.leadingText += text;
      if (cdata || this.leadingText.trim().length > 0) {
        const found = describe(this.leadingText);
        this.fail(at, `expected an XML feed starting with "<", found ${found}`);
      }
    }
  }

  private resolvePrefix(prefix: string): string | undefined {
    if (prefix === 'xml') return NS.xml;
    return this.scopes.get(prefix)?.at(-1);
  }

  private openTag(end: number, selfClosing: boolean): void {
    const qname = this.tagName;
    const attrs = this.attrs ?? NO_ATTRS;
    if (this.rootClosed)
      this.fail(this.tagStart, `found <${qname}> after the end of the root element`);
    let ns: Map<string, string> | undefined;
    if (this.attrs) {
      for (const name in attrs) {
        if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
        ns ??= new Map();
        ns.set(name === 'xmlns' ? '' : name.slice(6), attrs[name] ?? '');
      }
      if (ns) {
        for (const [prefix, uri] of ns) {
          const scope = this.scopes.get(prefix);
          if (scope) scope.push(uri);
          else this.scopes.set(prefix, [uri]);
        }
      }
    }
    const colon = qname.indexOf(':');
    const prefix = colon === -1 ? '' : qname.slice(0, colon);
    const local = colon === -1 ? qname : qname.slice(colon + 1);
    const { line, column } = this.tagPosition;
    let uri = this.resolvePrefix(prefix);
    if (uri === undefined) {
      uri = CONVENTIONAL_PREFIXES[prefix] ?? '';
      if (prefix !== '' && !this.guessed.has(prefix)) {
        this.guessed.add(prefix);
        this.handler.warn(
          `the prefix "${prefix}:" is used but never declared; ${uri ? `assumed ${uri}` : 'its elements are ignored'}`,
          line,
          column,
        );
      }
      if (prefix !== '' && uri === '') uri = `urn:undeclared:${prefix}`;
    }
    const parent = this.stack.at(-1);
    const parentBase = parent?.base;
    const xmlBase = attrs['xml:base'];
    let base = parentBase;
    if (xmlBase !== undefined) {
      try {
        base = new URL(xmlBase.trim(), parentBase).href;
      } catch {
        // An unusable xml:base leaves the inherited one in force.
      }
    }
    this.sawRoot = true;
    const notify = !this.capturing;
    // One object literal of a fixed shape: spreading an element into a frame was the hot spot.
    const frame: Frame = {
      uri,
      local,
      qname,
      attrs,
      base,
      depth: this.stack.length,
      line,
      column,
      ns,
      capture: Capture.None,
      notify,
      innerStart: end + 1,
    };
    // Inside a capturing element, children only add to its text or markup.
    const capture = notify ? this.handler.open(frame) : Capture.None;
    frame.capture = capture;
    if (capture === Capture.Markup && this.pinned < 0) this.pinned = this.tagStart;
    this.stack.push(frame);
    if (capture !== Capture.None) {
      this.capturing = true;
      this.text = '';
    }
    if (selfClosing) this.closeFrame(end + 1);
  }

  private closeTag(name: string, start: number): void {
    this.flushText();
    const top = this.stack.at(-1);
    if (top === undefined) {
      this.fail(start, `found </${name}> with no open element`);
    }
    if (top.qname !== name) {
      this.fail(
        start,
        `found </${name}> where </${top.qname}> was expected (<${top.qname}> opened at ${top.line}:${top.column})`,
      );
    }
    this.closeFrame(start);
  }

  private closeFrame(markupEnd: number): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    if (frame.ns) for (const prefix of frame.ns.keys()) this.scopes.get(prefix)?.pop();
    let text = '';
    if (frame.capture !== Capture.None) {
      this.flushText();
      text =
        frame.capture === Capture.Markup
          ? this.entities.expandDeclared(this.slice(frame.innerStart, markupEnd), () =>
              this.position(Math.max(frame.innerStart, this.countedTo)),
            )
          : this.text;
      if (frame.capture === Capture.Markup) this.pinned = -1;
      this.text = '';
      this.capturing = false;
    }
    if (this.stack.length === 0) this.rootClosed = true;
    if (frame.notify) this.handler.close(frame, text);
  }
}
