import { Parser } from 'htmlparser2';

/** A link found in HTML, with the range its text occupies in the plain-text rendering. */
export interface TextLink {
  href: string;
  start: number;
  end: number;
}

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
  let text = '';
  // Pending separator before the next visible text: '' | ' ' | '\n' | '\n\n'.
  let pending = '';
  let skipDepth = 0;
  let preDepth = 0;
  const links: TextLink[] = [];
  const openLinks: { href: string; start: number }[] = [];
  const listStack: { ordered: boolean; counter: number }[] = [];

  const breakAtLeast = (separator: '\n' | '\n\n') => {
    if (text === '') return;
    if (pending.length < separator.length || pending === ' ') pending = separator;
  };

  const emit = (chunk: string) => {
    if (chunk === '') return;
    if (pending !== '' && text !== '') text += pending;
    pending = '';
    text += chunk;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'br') {
          breakAtLeast('\n');
          if (text !== '' && pending === '\n') {
            text += '\n';
            pending = '';
          }
          return;
        }
        if (name === 'pre') preDepth++;
        if (name === 'ul' || name === 'ol') {
          listStack.push({ ordered: name === 'ol', counter: 0 });
          breakAtLeast(listStack.length > 1 ? '\n' : '\n\n');
          return;
        }
        if (name === 'li') {
          const list = listStack.at(-1);
          breakAtLeast('\n');
          const marker = list?.ordered ? `${++list.counter}. ` : '- ';
          const indent = '  '.repeat(Math.max(listStack.length - 1, 0));
          emit(indent + marker);
          return;
        }
        if (BLOCK.has(name)) breakAtLeast(listStack.length > 0 ? '\n' : '\n\n');
        if (name === 'a' && attributes.href) {
          openLinks.push({ href: attributes.href, start: -1 });
        }
      },
      ontext(raw) {
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          emit(raw);
          return;
        }
        const collapsed = raw.replace(/[\t\n\f\r ]+/g, ' ');
        const atLineStart = text === '' || text.endsWith('\n');
        if (collapsed === ' ') {
          if (!atLineStart && pending === '') pending = ' ';
          return;
        }
        const leading = collapsed.startsWith(' ');
        // Not String#trim: a no-break space is visible text and must survive.
        const body = collapsed.replace(/^ | $/g, '');
        if (leading && !atLineStart && pending === '') pending = ' ';
        for (const link of openLinks) {
          if (link.start < 0) link.start = text.length + (text !== '' ? pending.length : 0);
        }
        emit(body);
        if (collapsed.endsWith(' ')) pending = ' ';
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(skipDepth - 1, 0);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(preDepth - 1, 0);
        if (name === 'a') {
          const link = openLinks.pop();
          if (link && link.start >= 0 && text.length > link.start) {
            links.push({ href: link.href, start: link.start, end: text.length });
          }
          return;
        }
        if (name === 'ul' || name === 'ol') {
          listStack.pop();
          breakAtLeast(listStack.length > 0 ? '\n' : '\n\n');
          return;
        }
        if (BLOCK.has(name)) breakAtLeast(listStack.length > 0 ? '\n' : '\n\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { text, links };
}
