/** A style sheet declared with `css`, built the first time an element adopts it. */
export interface CSSResult {
  /** The constructable style sheet, shared by every shadow root that adopts it. */
  readonly styleSheet: CSSStyleSheet;
}

/** What `static styles` holds: one sheet or (nested) lists of them. */
export type CSSResultGroup = CSSResult | readonly CSSResultGroup[];

/**
 * Declares a style sheet for a widget's shadow root, like Lit's `css` tag but without
 * interpolation (a widget's styles are static text). The `CSSStyleSheet` is built lazily, so
 * the module can be imported where there is no DOM (server rendering, Node).
 *
 * @example
 * const styles = css`:host { display: block; }`;
 * shadowRoot.adoptedStyleSheets = [styles.styleSheet];
 */
export function css(strings: TemplateStringsArray): CSSResult {
  let sheet: CSSStyleSheet | undefined;
  return {
    get styleSheet() {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(strings.join(''));
      }
      return sheet;
    },
  };
}
