import { Parser } from 'htmlparser2';

// Characters a browser ignores inside a URL scheme ("java\tscript:" still runs).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007F-\u009F]/g;
const SCRIPT_SCHEME = /^(?:javascript|vbscript):/;

/**
 * Finds the first thing in an HTML fragment that could run script: a `<script>` element, an
 * `on*` event handler attribute or a `javascript:` URL (entity-encoded or split by control
 * characters as well). Returns a short description of it, or undefined when the HTML is safe.
 *
 * This is a guard, not a sanitiser: parsers sanitise to an allow-list first, and the schema
 * refuses anything this finds so an unsafe post can never be built by hand either. Readers
 * do not run it on the posts they build (their HTML comes from `sanitizeHtml`); it checks what
 * comes from outside: JSON and values users construct.
 */
export function findUnsafeHtml(html: string): string | undefined {
  if (/<\s*script/i.test(html)) return 'a <script> element';
  let found: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (found !== undefined) return;
        if (name === 'script') {
          found = 'a <script> element';
          return;
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) {
            found = `an event handler attribute ${attribute}= on <${name}>`;
            return;
          }
          const squeezed = value.replace(IGNORED_IN_SCHEME, '').toLowerCase();
          if (
            SCRIPT_SCHEME.test(squeezed) ||
            (attribute === 'style' && squeezed.includes('javascript:'))
          ) {
            found = `a javascript: URL in ${attribute}= on <${name}>`;
            return;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // The closing ">" makes the parser report a tag left open at the very end of the input,
  // which a browser would still complete when the fragment is pasted into a page.
  parser.end(`${html}>`);
  return found;
}
