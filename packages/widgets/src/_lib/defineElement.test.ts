import { describe, expect, it } from 'vitest';
import { defineElement } from './defineElement';

describe('defineElement', () => {
  it('registers a free tag and leaves a taken one alone', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    expect(defineElement('cw-define-test', First)).toBe(true);
    expect(() => defineElement('cw-define-test', Second)).not.toThrow();
    expect(defineElement('cw-define-test', Second)).toBe(false);
    expect(customElements.get('cw-define-test')).toBe(First);
    expect(document.createElement('cw-define-test')).toBeInstanceOf(First);
  });

  it('still reports a real definition error', () => {
    class Bad extends HTMLElement {}
    expect(() => defineElement('not-valid_Name', Bad)).toThrow();
  });
});
