// Server rendering (Next.js, Nuxt, Astro, Lit SSR) evaluates client modules in Node: importing the
// widgets there must not throw. Lit's Node build brings its DOM shim, so the elements register in
// the shim's registry, which is where Lit SSR looks them up.
import { describe, expect, it } from 'vitest';

describe('importing the widgets without a DOM', () => {
  it('defines and registers the classes in the server registry without throwing', async () => {
    expect(globalThis.document).toBeUndefined();
    const widgets = await import('../src/index');
    expect(typeof widgets.CwPostList).toBe('function');
    expect(widgets.CwPostList.observedAttributes).toContain('heading-level');
    expect(customElements.get('cw-post-list')).toBe(widgets.CwPostList);
    expect(globalThis.document).toBeUndefined();
  });
});
