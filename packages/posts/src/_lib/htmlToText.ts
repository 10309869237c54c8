import { Parser } from 'htmlparser2';
import { IMPLIES_CLOSE } from './impliedEndTags';

/**
 * A link found in HTML, with the range its text occupies in the plain-text rendering.
 *
 * @example
 * // From '... appeared at <a href="https://www.gettingsmart.com/">Getting Smart</a> on July 25, 2016.'
 * const link: TextLink = { href: 'https://www.gettingsmart.com/', start: 33, end: 46 };
 */
export interface TextLink {
  href: string;
  start: number;
  end: number;
}

/**
 * HTML rendered as plain text, with the links it contained and where their text sits.
 *
 * @example
 * const plain: PlainText = {
 *   text: 'This post originally appeared at Getting Smart on July 25, 2016.',
 *   links: [{ href: 'https://www.gettingsmart.com/', start: 33, end: 46 }],
 * };
 */
export interface PlainText {
  text: string;
  links: TextLink[];
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'head',
  'title',
]);

// Two readers feed the same writer (TextWriter), so they cannot disagree on how text is laid
// out, only on which tags and text they see:
//
// - `readFast` scans the HTML that `sanitizeHtml` writes (which is what every post's content
//   is): allowed tags in lower case, attributes as ` name="value"`, every end tag present, text
//   escaped with `&amp;`, `&lt;`, `&gt;` and `&quot;` only. It gives up (returns undefined) on
//   anything else: another tag or entity, a comment, an end tag that does not close the current
//   element, a tag that would imply the end of its parent, odd spacing inside a tag.
// - `readFull` reads anything with htmlparser2's Parser.
//
// On the 10,000-post feed of bench/build.bench.ts the Parser took about 0.7 s, most of the time
// a build spends after parsing. The fast reader follows the Parser's events for the inputs it
// accepts (htmlToText.test.ts checks that on generated sanitiser output).

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;

/** Each run of HTML white space as one space; the string itself when it has none to collapse. */
function collapseSpaces(raw: string): string {
  for (let index = 0; index < raw.length; index++) {
    const c = raw.charCodeAt(index);
    if (isSpace(c) && (c !== 32 || isSpace(raw.charCodeAt(index + 1)))) {
      return raw.replace(/[\t\n\f\r ]+/g, ' ');
    }
  }
  return raw;
}

/** Lays text out as the readers report tags and text (htmlparser2's callback order). */
class TextWriter {
  text = '';
  // Whether `text` is empty or ends with a line break; kept here because asking a string built
  // by `+=` for its last character flattens it, which made long posts quadratic.
  private atLineStart = true;
  // Pending separator before the next visible text: '' | ' ' | '\n' | '\n\n'.
  private pending = '';
  private skipDepth = 0;
  private preDepth = 0;
  readonly links: TextLink[] = [];
  private readonly openLinks: { href: string; start: number }[] = [];
  private readonly listStack: { ordered: boolean; counter: number }[] = [];

  private breakAtLeast(separator: '\n' | '\n\n'): void {
    if (this.text === '') return;
    if (this.pending.length < separator.length || this.pending === ' ') this.pending = separator;
  }

  private emit(chunk: string): void {
    if (chunk === '') return;
    if (this.pending !== '' && this.text !== '') this.text += this.pending;
    this.pending = '';
    this.text += chunk;
    this.atLineStart = chunk.charCodeAt(chunk.length - 1) === 10;
  }

  open(name: string, href: string | undefined): void {
    if (SKIP.has(name)) {
      this.skipDepth++;
      return;
    }
    if (this.skipDepth > 0) return;
    if (name === 'br') {
      this.breakAtLeast('\n');
      if (this.text !== '' && this.pending === '\n') {
        this.text += '\n';
        this.atLineStart = true;
        this.pending = '';
      }
      return;
    }
    if (name === 'pre') this.preDepth++;
    const listStack = this.listStack;
    if (name === 'ul' || name === 'ol') {
      listStack.push({ ordered: name === 'ol', counter: 0 });
      this.breakAtLeast(listStack.length > 1 ? '\n' : '\n\n');
      return;
    }
    if (name === 'li') {
      const list = listStack.at(-1);
      this.breakAtLeast('\n');
      const marker = list?.ordered ? `${++list.counter}. ` : '- ';
      const indent = '  '.repeat(Math.max(listStack.length - 1, 0));
      this.emit(indent + marker);
      return;
    }
    if (BLOCK.has(name)) this.breakAtLeast(listStack.length > 0 ? '\n' : '\n\n');
    if (name === 'a' && href) this.openLinks.push({ href, start: -1 });
  }

  /** A run of text, entities decoded. */
  write(raw: string): void {
    if (this.skipDepth > 0) return;
    if (this.preDepth > 0) {
      this.emit(raw);
      return;
    }
    const collapsed = collapseSpaces(raw);
    const text = this.text;
    const atLineStart = this.atLineStart;
    if (collapsed === ' ') {
      if (!atLineStart && this.pending === '') this.pending = ' ';
      return;
    }
    const leading = collapsed.charCodeAt(0) === 32;
    const trailing = collapsed.charCodeAt(collapsed.length - 1) === 32;
    // Not String#trim: a no-break space is visible text and must survive.
    const body =
      leading || trailing ? collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined) : collapsed;
    if (leading && !atLineStart && this.pending === '') this.pending = ' ';
    const openLinks = this.openLinks;
    for (let index = 0; index < openLinks.length; index++) {
      const link = openLinks[index];
      if (link !== undefined && link.start < 0) {
        link.start = text.length + (text !== '' ? this.pending.length : 0);
      }
    }
    this.emit(body);
    if (trailing) this.pending = ' ';
  }

  close(name: string): void {
    if (SKIP.has(name)) {
      this.skipDepth = Math.max(this.skipDepth - 1, 0);
      return;
    }
    if (this.skipDepth > 0) return;
    if (name === 'pre') this.preDepth = Math.max(this.preDepth - 1, 0);
    if (name === 'a') {
      const link = this.openLinks.pop();
      if (link && link.start >= 0 && this.text.length > link.start) {
        this.links.push({ href: link.href, start: link.start, end: this.text.length });
      }
      return;
    }
    const listStack = this.listStack;
    if (name === 'ul' || name === 'ol') {
      listStack.pop();
      this.breakAtLeast(listStack.length > 0 ? '\n' : '\n\n');
      return;
    }
    if (BLOCK.has(name)) this.breakAtLeast(listStack.length > 0 ? '\n' : '\n\n');
  }

  result(): PlainText {
    return { text: this.text, links: this.links };
  }
}

// Fast reader --------------------------------------------------------------------------------

/** The tags the fast reader accepts: those `sanitizeHtml` keeps. None is raw text or foreign. */
const FAST_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
]);
const FAST_VOID = new Set(['br', 'hr', 'img']);

const ESCAPES: readonly (readonly [string, string])[] = [
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
];

/** `html` from `from` to `to` with the sanitiser's four escapes decoded; undefined on any other `&`. */
function decodeEscapes(html: string, from: number, to: number): string | undefined {
  let amp = html.indexOf('&', from);
  if (amp === -1 || amp >= to) return html.slice(from, to);
  let out = '';
  let copied = from;
  while (amp !== -1 && amp < to) {
    let decoded: string | undefined;
    let end = amp;
    for (const [entity, char] of ESCAPES) {
      if (html.startsWith(entity, amp) && amp + entity.length <= to) {
        decoded = char;
        end = amp + entity.length;
        break;
      }
    }
    if (decoded === undefined) return undefined;
    out += html.slice(copied, amp) + decoded;
    copied = end;
    amp = html.indexOf('&', end);
  }
  return out + html.slice(copied, to);
}

const isLowerAlpha = (c: number) => c >= 97 && c <= 122;
// A tag or attribute name as the sanitiser writes it: lower-case letters, digits, "-".
const isNameChar = (c: number) => isLowerAlpha(c) || (c >= 48 && c <= 57) || c === 45;

/** Renders sanitiser-style HTML; undefined when the input needs the full reader. */
function readFast(html: string): PlainText | undefined {
  const length = html.length;
  const writer = new TextWriter();
  const stack: string[] = [];
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > at) {
      const run = decodeEscapes(html, at, textEnd);
      if (run === undefined) return undefined;
      writer.write(run);
    }
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 47) {
      // An end tag: only `</name>` closing the current element.
      const top = stack.at(-1);
      if (top === undefined) return undefined;
      const gt = lt + 2 + top.length;
      if (html.charCodeAt(gt) !== 62 || !html.startsWith(top, lt + 2)) return undefined;
      stack.pop();
      writer.close(top);
      at = gt + 1;
      continue;
    }
    if (!isLowerAlpha(next)) return undefined;
    let i = lt + 2;
    while (isNameChar(html.charCodeAt(i))) i++;
    const name = html.slice(lt + 1, i);
    if (!FAST_TAGS.has(name)) return undefined;
    const top = stack.at(-1);
    if (top !== undefined && IMPLIES_CLOSE.get(name)?.has(top) === true) return undefined;
    let href: string | undefined;
    let seenHref = false;
    let selfClosing = false;
    for (;;) {
      const c = html.charCodeAt(i);
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47 && html.charCodeAt(i + 1) === 62) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (c !== 32) return undefined;
      i++;
      if (html.charCodeAt(i) === 47) continue;
      const nameStart = i;
      while (isNameChar(html.charCodeAt(i))) i++;
      if (i === nameStart) return undefined;
      const attribute = html.slice(nameStart, i);
      let value = '';
      if (html.charCodeAt(i) === 61) {
        if (html.charCodeAt(i + 1) !== 34) return undefined;
        const close = html.indexOf('"', i + 2);
        if (close === -1) return undefined;
        if (attribute === 'href' && !seenHref) {
          const decoded = decodeEscapes(html, i + 2, close);
          if (decoded === undefined) return undefined;
          value = decoded;
        }
        i = close + 1;
      }
      // The first of two same-named attributes wins, as in htmlparser2.
      if (attribute === 'href' && !seenHref) {
        seenHref = true;
        href = value;
      }
    }
    if (FAST_VOID.has(name)) {
      writer.open(name, href);
      writer.close(name);
    } else {
      // htmlparser2 would close a self-closing non-void tag at once; the sanitiser writes none.
      if (selfClosing) return undefined;
      stack.push(name);
      writer.open(name, href);
    }
    at = i;
  }
  // What is still open is closed at the end, innermost first.
  for (let index = stack.length - 1; index >= 0; index--) writer.close(stack[index] ?? '');
  return writer.result();
}

// Full reader --------------------------------------------------------------------------------

function readFull(html: string): PlainText {
  const writer = new TextWriter();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        writer.open(name, attributes.href);
      },
      ontext(raw) {
        writer.write(raw);
      },
      onclosetag(name) {
        writer.close(name);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return writer.result();
}

/**
 * Renders HTML as plain text the way a reader sees it: paragraphs and other blocks separated
 * by a blank line, list items on their own lines starting with "- ", `<br>` as a line break,
 * runs of white space collapsed, entities decoded. Links keep their target and text range so
 * extractors can attach a URL to a phrase ("originally appeared at <a>Getting Smart</a>").
 *
 * @example
 * htmlToText('<p>Read <a href="https://x.org/1">Part 1</a></p><ul><li>a</li><li>b</li></ul>');
 * //=> { text: 'Read Part 1\n\n- a\n- b', links: [{ href: 'https://x.org/1', start: 5, end: 11 }] }
 */
export function htmlToText(html: string): PlainText {
  return readFast(html) ?? readFull(html);
}

/** The two readers on their own, for the test that proves they agree. */
export const htmlToTextReaders = { fast: readFast, full: readFull } as const;
