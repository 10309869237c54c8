import { HTML_BLOCK_ELEMENTS, HTML_HIDDEN_ELEMENTS } from '@competencyworks/core';
import { isJsSpace } from './isJsSpace';
import { scanHtml } from './scanHtml';

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

// Which elements separate words and which hide their content: one list, shared with the
// one-line `htmlToPlainText` the widgets and `cw build` use.
const BLOCK = HTML_BLOCK_ELEMENTS;
const SKIP = HTML_HIDDEN_ELEMENTS;

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

/** Lays text out as scanHtml reports tags and text. */
class TextWriter {
  text = '';
  // With a word limit: the words (runs of non-`\s`) started so far, and whether the text ends
  // inside one. Counted on the pieces as they are written: the text itself is a rope.
  private words = 0;
  private inWord = false;

  constructor(private readonly wordLimit: number) {}

  /** Whether the text has started more words than the limit: what follows cannot change them. */
  done(): boolean {
    return this.words > this.wordLimit;
  }

  private countWords(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      if (isJsSpace(chunk.charCodeAt(i))) this.inWord = false;
      else if (!this.inWord) {
        this.inWord = true;
        this.words++;
      }
    }
  }
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
    if (this.pending !== '' && this.text !== '') {
      this.text += this.pending;
      this.inWord = false;
    }
    if (this.wordLimit !== Number.POSITIVE_INFINITY) this.countWords(chunk);
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
        this.inWord = false;
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

function read(html: string, wordLimit: number): PlainText {
  const writer = new TextWriter(wordLimit);
  scanHtml(html, {
    done: () => writer.done(),
    open(name, attributes) {
      let href: string | undefined;
      if (name === 'a') {
        for (let i = 0; i < attributes.length; i += 2) {
          if (attributes[i] === 'href') href = attributes[i + 1];
        }
      }
      writer.open(name, href);
    },
    text(text) {
      writer.write(text);
    },
    close(name) {
      writer.close(name);
    },
  });
  return writer.result();
}

/**
 * Renders HTML as plain text the way a reader sees it: paragraphs and other blocks separated
 * by a blank line, list items on their own lines starting with "- ", `<br>` as a line break,
 * runs of white space collapsed, entities decoded. Links keep their target and text range so
 * extractors can attach a URL to a phrase ("originally appeared at <a>Getting Smart</a>").
 * A card or list page that shows one line uses core's `htmlToPlainText` instead, which keeps
 * none of that structure (and collapses no-break spaces) but needs no tokenizer in the browser.
 *
 * @param html - The HTML.
 * @param wordLimit - Stop reading once the text has started more words than this (runs of
 *   characters other than `\s`): an excerpt of a 100 MB post reads its first paragraphs, not all
 *   of it. The text then ends somewhere in the word after the limit.
 * @returns The text and its links.
 * @example
 * htmlToText('<p>Read <a href="https://x.org/1">Part 1</a></p><ul><li>a</li><li>b</li></ul>');
 * //=> { text: 'Read Part 1\n\n- a\n- b', links: [{ href: 'https://x.org/1', start: 5, end: 11 }] }
 */
export function htmlToText(html: string, wordLimit = Number.POSITIVE_INFINITY): PlainText {
  return read(html, wordLimit);
}
