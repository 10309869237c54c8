const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/**
 * Turns an HTML fragment from a feed into plain text without a DOM parser (a parser is a
 * Trusted Types sink, and the text is only ever rendered as text anyway).
 *
 * @example
 * plainText('<p>Hello&nbsp;<b>world</b></p><script>x()</script>'); //=> 'Hello world'
 */
export const plainText = (html: string): string =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, ' ')
    .replace(
      /&(#(x?)([\da-f]+)|[a-z]+);/gi,
      (whole, name: string, hex?: string, digits?: string) => {
        const code = Number.parseInt(digits as string, hex ? 16 : 10);
        return digits
          ? code > 0 && code < 0x110000
            ? String.fromCodePoint(code)
            : ''
          : (NAMED[name.toLowerCase()] ?? whole);
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
