/**
 * Registers a custom element only when its tag is still free, so a page that loads the widgets
 * twice (two partners, two script tags, two versions) keeps working instead of throwing
 * `NotSupportedError: the name "cw-post-list" has already been used`.
 *
 * @returns true when this call registered the tag, false when another definition already owns it.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined' || customElements.get(tag) !== undefined) return false;
  try {
    customElements.define(tag, elementClass);
    return true;
  } catch (error) {
    // Another copy may have won a race between get() and define(); anything else is a real bug.
    if (customElements.get(tag) !== undefined) return false;
    throw error;
  }
}
