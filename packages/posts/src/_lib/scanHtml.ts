import { DecodingMode, decodeHTML, decodeHTMLAttribute } from 'entities';
import { IMPLIES_CLOSE } from './impliedEndTags';

// The one HTML reader of the posts package's HTML paths (the sanitiser, HTML to text): tags,
// attributes and text of an HTML fragment as the events of htmlparser2's Parser (open, text,
// close, with its implied end tags), read with indexOf over the string. Why not htmlparser2: on
// the 31.7 MB of post HTML in bench/rss.bench.ts's feed, a Parser with no handlers takes about
// 360 ms and its Tokenizer alone 250 ms, more than reading the whole 46.9 MB feed as XML; this
// reader takes about 60 ms (bench/sanitize.bench.ts compares the sanitiser built on each).
//
// It follows the WHATWG tokenizer where a fragment's meaning depends on it: a tag ends at the
// first ">" outside a quoted value, attribute names and values as HTML reads them (unquoted,
// duplicate, "/" between them), comments of every shape (`<!-->`, `--!>`, bogus `<!x>`, `<?x>`,
// `</3>`), raw text (script, style, xmp, iframe, noembed, noframes, noscript) and escapable raw
// text (textarea, title) up to their end tag, plaintext to the end, CDATA only inside svg/math,
// a tag cut off by the end of the input dropped, and entities decoded with HTML's rules for text
// and for attribute values (the `entities` package, which htmlparser2 uses). Tree building is
// htmlparser2's: a start tag closes what IMPLIES_CLOSE says, void elements get no end, an end tag
// closes up to its element, `</p>` alone is an empty p and `</br>` a br, a second form is
// ignored, `/>` closes only inside svg/math. Not an HTML5 tree builder: the sanitiser's oracle
// test (sanitizeHtml.oracle.test.ts) parses every output with parse5 and checks that a browser
// reads only what the allow-list allows, however this reader nested the input.

/** The events {@link scanHtml} reports, in document order. */
export interface HtmlHandler {
  /**
   * An element starts. `attributes` is `[name, value, name, value, ...]`: names lower-cased, the
   * first of duplicates kept, values entity-decoded. The array is reused: read it during the call.
   * `start` and `end` are the offsets of the start tag in the input (-1 when the input has no
   * tag for it: `</p>` alone opens an empty p).
   */
  open(tag: string, attributes: readonly string[], start: number, end: number): void;
  /**
   * A run of text, entities decoded (raw text elements' text as written). `start` and `end` are
   * the offsets of a run of character data as written (-1 for other text: raw text, CDATA).
   */
  text(text: string, start: number, end: number): void;
  /**
   * An element ends, explicitly, implied by a later tag, or at the end of the input. `start`
   * and `end` are the offsets of its end tag, -1 when it has none.
   */
  close(tag: string, start: number, end: number): void;
  /** Whether the handler has what it needs: reading stops (without closing what is open). */
  done?(): boolean;
}

/** Elements without content or end tag (htmlparser2's list, the HTML5 one plus obsolete ones). */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their end tag; true when entities in it are decoded. */
const RAW_TEXT = new Map([
  ['script', false],
  ['style', false],
  ['xmp', false],
  ['iframe', false],
  ['noembed', false],
  ['noframes', false],
  ['noscript', false],
  ['textarea', true],
  ['title', true],
]);
const NO_ATTRIBUTES: readonly string[] = [];

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const BANG = 33;
const QUESTION = 63;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAlpha = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** ASCII letters lower-cased, as HTML does for tag and attribute names (not other scripts'). */
function lowerAscii(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  }
  return name;
}

class Scanner {
  private readonly stack: string[] = [];
  /** Open svg and math elements: inside them `/>` closes and CDATA is text. */
  private foreign = 0;
  private readonly attributes: string[] = [];
  private tagName = '';
  private selfClosing = false;

  constructor(
    private readonly html: string,
    private readonly handler: HtmlHandler,
  ) {}

  run(): void {
    const html = this.html;
    const n = html.length;
    let from = 0;
    const done = this.handler.done?.bind(this.handler);
    for (let at = html.indexOf('<'); at !== -1 && at + 1 < n; ) {
      if (done?.() === true) return;
      const next = this.markup(at, from);
      if (next === -1) {
        at = html.indexOf('<', at + 1);
        continue;
      }
      from = next;
      at = next < n ? html.indexOf('<', next) : -1;
    }
    this.text(from, n);
    while (this.stack.length > 0) this.pop();
  }

  /**
   * Reads the markup at `at` (a "<"), after reporting the text from `from` before it. Returns
   * where text starts again, or -1 when the "<" is text.
   */
  private markup(at: number, from: number): number {
    const html = this.html;
    const c = html.charCodeAt(at + 1);
    if (isAlpha(c)) {
      const end = this.readTag(at + 1);
      this.text(from, at);
      return end === -1 ? html.length : this.startTag(at, end);
    }
    if (c === SLASH) {
      const c2 = html.charCodeAt(at + 2);
      if (isAlpha(c2)) {
        const end = this.readTag(at + 2);
        this.text(from, at);
        if (end === -1) return html.length;
        this.endTag(this.tagName, at, end);
        return end;
      }
      if (c2 === GT) {
        this.text(from, at);
        return at + 3;
      }
      if (Number.isNaN(c2)) return -1;
      this.text(from, at);
      return this.bogusComment(at + 2);
    }
    if (c === BANG) {
      this.text(from, at);
      if (html.startsWith('--', at + 2)) return this.comment(at + 4);
      if (this.foreign > 0 && html.startsWith('[CDATA[', at + 2)) {
        const close = html.indexOf(']]>', at + 9);
        const end = close === -1 ? html.length : close;
        if (end > at + 9) this.handler.text(html.slice(at + 9, end), -1, -1);
        return close === -1 ? end : close + 3;
      }
      return this.bogusComment(at + 2);
    }
    if (c === QUESTION) {
      this.text(from, at);
      return this.bogusComment(at + 1);
    }
    return -1;
  }

  /** Reports the text between two offsets, entities decoded. */
  private text(start: number, end: number): void {
    if (end <= start) return;
    const raw = this.html.slice(start, end);
    this.handler.text(raw.includes('&') ? decodeHTML(raw, DecodingMode.Legacy) : raw, start, end);
  }

  /** After `<!--`: the comment ends at `-->` or `--!>` (or `<!-->`, `<!--->`), else at the end. */
  private comment(start: number): number {
    const html = this.html;
    if (html.charCodeAt(start) === GT) return start + 1;
    if (html.startsWith('->', start)) return start + 2;
    for (let dashes = html.indexOf('--', start); dashes !== -1; ) {
      const c = html.charCodeAt(dashes + 2);
      if (c === GT) return dashes + 3;
      if (c === BANG && html.charCodeAt(dashes + 3) === GT) return dashes + 4;
      dashes = html.indexOf('--', dashes + 1);
    }
    return html.length;
  }

  /** A bogus comment (`<!x>`, `<?x>`, `</3>`) ends at the first ">", else at the end. */
  private bogusComment(start: number): number {
    const close = this.html.indexOf('>', start);
    return close === -1 ? this.html.length : close + 1;
  }

  /**
   * Reads a tag's name (starting at `start`) and attributes into `tagName`, `attributes` and
   * `selfClosing`. Returns the offset after its ">", or -1 when the input ends inside the tag
   * (HTML then drops the tag).
   */
  private readTag(start: number): number {
    const html = this.html;
    const n = html.length;
    let i = start;
    let c = 0;
    for (; i < n; i++) {
      c = html.charCodeAt(i);
      if (isSpace(c) || c === SLASH || c === GT) break;
    }
    if (i >= n) return -1;
    this.tagName = lowerAscii(html.slice(start, i));
    this.selfClosing = false;
    const attributes = this.attributes;
    // Most tags have no attributes, and setting an array's length is not free.
    if (attributes.length !== 0) attributes.length = 0;
    for (;;) {
      // Before an attribute name: white space, and a "/" that does not end the tag, are skipped.
      for (; i < n; i++) {
        c = html.charCodeAt(i);
        if (c === SLASH && html.charCodeAt(i + 1) === GT) {
          this.selfClosing = true;
          return i + 2;
        }
        if (!isSpace(c) && c !== SLASH) break;
      }
      if (i >= n) return -1;
      if (c === GT) return i + 1;
      // The name: its first character may be "=".
      const nameStart = i;
      for (i++; i < n; i++) {
        c = html.charCodeAt(i);
        if (isSpace(c) || c === SLASH || c === GT || c === EQUALS) break;
      }
      const nameEnd = i;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return -1;
      let value = '';
      if (html.charCodeAt(i) === EQUALS) {
        for (i++; i < n && isSpace(html.charCodeAt(i)); i++);
        if (i >= n) return -1;
        c = html.charCodeAt(i);
        if (c === 34 || c === 39) {
          const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
          if (close === -1) return -1;
          value = html.slice(i + 1, close);
          i = close + 1;
        } else if (c !== GT) {
          const valueStart = i;
          for (; i < n; i++) {
            c = html.charCodeAt(i);
            if (isSpace(c) || c === GT) break;
          }
          if (i >= n) return -1;
          value = html.slice(valueStart, i);
        }
      }
      this.attribute(lowerAscii(html.slice(nameStart, nameEnd)), value);
    }
  }

  private attribute(name: string, value: string): void {
    const attributes = this.attributes;
    for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === name) return;
    attributes.push(name, value.includes('&') ? decodeHTMLAttribute(value) : value);
  }

  /**
   * Opens the tag just read (from `start` to `end`); returns where text starts after it (after a
   * raw text element's text).
   */
  private startTag(start: number, end: number): number {
    let tag = this.tagName;
    if (tag === 'image' && this.foreign === 0) tag = 'img';
    const stack = this.stack;
    if (tag === 'form' && stack.includes('form')) return end;
    const implied = IMPLIES_CLOSE.get(tag);
    if (implied !== undefined) {
      while (stack.length > 0 && implied.has(stack[stack.length - 1] as string)) this.pop();
    }
    this.handler.open(tag, this.attributes, start, end);
    if (VOID.has(tag)) {
      this.handler.close(tag, -1, -1);
      return end;
    }
    stack.push(tag);
    if (tag === 'svg' || tag === 'math') this.foreign++;
    if (this.foreign > 0) {
      if (this.selfClosing) this.pop();
      return end;
    }
    if (tag === 'plaintext') {
      if (end < this.html.length) this.handler.text(this.html.slice(end), -1, -1);
      return this.html.length;
    }
    const decoded = RAW_TEXT.get(tag);
    if (decoded === undefined) return end;
    const close = this.rawTextEnd(end, tag);
    if (close > end) {
      const raw = this.html.slice(end, close);
      this.handler.text(
        decoded && raw.includes('&') ? decodeHTML(raw, DecodingMode.Legacy) : raw,
        -1,
        -1,
      );
    }
    return close;
  }

  /** The offset of the end tag that closes raw text opened by `tag`, or the input's end. */
  private rawTextEnd(from: number, tag: string): number {
    const html = this.html;
    for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
      const after = html.charCodeAt(at + 2 + tag.length);
      if (
        (isSpace(after) || after === SLASH || after === GT) &&
        lowerAscii(html.slice(at + 2, at + 2 + tag.length)) === tag
      ) {
        return at;
      }
    }
    return html.length;
  }

  /** An end tag, from `start` to `end`. */
  private endTag(tag: string, start: number, end: number): void {
    if (VOID.has(tag)) {
      if (tag === 'br') {
        this.handler.open('br', NO_ATTRIBUTES, -1, -1);
        this.handler.close('br', -1, -1);
      }
      return;
    }
    const stack = this.stack;
    const open = stack.lastIndexOf(tag);
    if (open !== -1) {
      while (stack.length > open + 1) this.pop();
      this.pop(start, end);
    } else if (tag === 'p') {
      this.handler.open('p', NO_ATTRIBUTES, -1, -1);
      this.handler.close('p', -1, -1);
    }
  }

  /** Closes the innermost open element; `start`/`end` are its end tag's offsets, if it has one. */
  private pop(start = -1, end = -1): void {
    const tag = this.stack.pop();
    if (tag === undefined) return;
    if (tag === 'svg' || tag === 'math') this.foreign--;
    this.handler.close(tag, start, end);
  }
}

/**
 * Reads an HTML fragment and reports its elements and text to `handler`, with every element
 * closed by the end.
 */
export function scanHtml(html: string, handler: HtmlHandler): void {
  new Scanner(html, handler).run();
}
