/**
 * Registers a custom element only when its tag is still free, so a page that loads the widgets
 * twice (two partners, two script tags, two versions) keeps working instead of throwing
 * `NotSupportedError: the name "cw-post-list" has already been used`.
 *
 * @returns true when this call registered the tag, false when another definition already owns it.
 * @example
 * defineElement('cw-post-list', CwPostList); //=> true, then false on a second load
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return false;
  registry.define(tag, elementClass);
  return true;
}
