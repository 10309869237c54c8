// Character references the browser is asked about once each (`&eacute;` is in thousands of items).
const decoded = new Map<string, string>([
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&nbsp;', '\u00a0'],
]);

type Decode = (reference: string) => string;

/**
 * The browser's own HTML parser through the Sanitizer API's `Document.parseHTML`, which is not a
 * Trusted Types sink (a strict partner page stays free of violations) and never runs scripts: it
 * knows all 2,231 named references and the legacy rules, which no table small enough for the
 * drop-in script does. Without it (older browsers) numeric references are decoded and named
 * ones other than the five above are left as written.
 */
const parse = (globalThis.Document as { parseHTML?: (html: string) => Document } | undefined)
  ?.parseHTML;
let decode: Decode = parse
  ? (reference) => parse(reference).body.textContent ?? reference
  : (reference) => {
      const [, hex, digits] = /^&#(x?)([\da-f]+)/i.exec(reference) ?? [];
      const code = digits ? Number.parseInt(digits, hex ? 16 : 10) : 0;
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : reference;
    };

/**
 * Replaces how character references are decoded where the browser's parser is missing: the
 * Node-only server rendering entry hands in the model packages' `decodeEntities`.
 *
 * @example
 * useEntityDecoder(decodeEntities);
 */
export function useEntityDecoder(decoder: Decode): void {
  decode = decoder;
  decoded.clear();
}

/**
 * Turns an HTML fragment from a feed into plain text without putting it in the page: tags,
 * comments, scripts and styles go, every character reference is decoded as a browser would
 * (`Caf&eacute;` is "Café"), white space collapses.
 *
 * @example
 * plainText('<p>Caf&eacute;&nbsp;<b>notes</b></p><script>x()</script>'); //=> 'Café notes'
 */
export const plainText = (html: string): string =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, ' ')
    .replace(/&(#x?[\da-f]+|[a-z][a-z\d]*);?/gi, (reference) => {
      let text = decoded.get(reference);
      if (text === undefined) {
        text = decode(reference);
        decoded.set(reference, text);
      }
      return text;
    })
    .replace(/\s+/g, ' ')
    .trim();
