import { htmlToPlainText } from '@competencyworks/core/browser';

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
 * drop-in script does (the `entities` package's decoder adds about 13 kB gzipped). Without it
 * (older browsers) numeric references are decoded and named ones other than the five above are
 * left as written.
 */
const parse = (globalThis.Document as { parseHTML?: (html: string) => Document } | undefined)
  ?.parseHTML;
let decodeReference: Decode = parse
  ? (reference) => parse(reference).body.textContent ?? reference
  : (reference) => {
      const [, hex, digits] = /^&#(x?)([\da-f]+)/i.exec(reference) ?? [];
      const code = digits ? Number.parseInt(digits, hex ? 16 : 10) : 0;
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : reference;
    };

/** Decodes the character references in a run of text, each one asked about once. */
const decode = (text: string): string =>
  text.replace(/&(#x?[\da-f]+|[a-z][a-z\d]*);?/gi, (reference) => {
    let each = decoded.get(reference);
    if (each === undefined) {
      each = decodeReference(reference);
      decoded.set(reference, each);
    }
    return each;
  });

/**
 * Replaces how character references are decoded where the browser's parser is missing: the
 * Node-only server rendering entry hands in the model packages' `decodeEntities`.
 *
 * @example
 * useEntityDecoder(decodeEntities);
 */
export function useEntityDecoder(decoder: Decode): void {
  decodeReference = decoder;
  decoded.clear();
}

/**
 * An HTML fragment from a feed as one line of plain text, with the model's own
 * `htmlToPlainText` (the one `cw build` writes list excerpts with) and the browser's decoder:
 * `Caf&eacute;` is "Café".
 *
 * @example
 * plainText('<p>Caf&eacute;&nbsp;<b>notes</b></p><script>x()</script>'); //=> 'Café notes'
 */
export const plainText = (html: string): string => htmlToPlainText(html, decode);
