// Server rendering (Next.js, Nuxt, Astro) evaluates client modules in Node: importing the widgets
// there must not throw, and must not register anything.
import { describe, expect, it } from 'vitest';

describe('importing the widgets without a DOM', () => {
  it('defines the classes without touching HTMLElement, customElements or CSSStyleSheet', async () => {
    expect(globalThis.HTMLElement).toBeUndefined();
    const widgets = await import('../src/index');
    expect(typeof widgets.CwPostList).toBe('function');
    expect(widgets.CwPostList.observedAttributes).toContain('heading-level');
    expect(globalThis.customElements).toBeUndefined();
  });
});
