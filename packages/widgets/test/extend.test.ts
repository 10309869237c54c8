// npm users extend the elements the way Lit's docs teach; each of these failed on the old
// hand-written base (class fields, decorators, firstUpdated, shadowRootOptions, CSSStyleSheet styles).
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { describe, expect, it } from 'vitest';
import { CwPostList } from '../src/post-list';
import { mount, posts, shadow } from './helpers';

let count = 0;
const define = (base: CustomElementConstructor): string => {
  const tag = `x-extended-${++count}`;
  customElements.define(tag, base);
  return tag;
};

describe('extending an element as Lit teaches', () => {
  it('updates a declared class field and a decorated property, and calls firstUpdated once', async () => {
    class Extended extends CwPostList {
      static override properties = { note: {} };
      declare note: string;
      @property({ type: Number }) stars = 0;
      firstUpdatedCalls = 0;
      protected override firstUpdated(changed: PropertyValues): void {
        super.firstUpdated(changed);
        this.firstUpdatedCalls++;
      }
      protected override renderData(data: Parameters<CwPostList['renderData']>[0]) {
        return html`<p id="extra">${this.note} ${this.stars}</p>${super.renderData(data)}`;
      }
    }
    const tag = define(Extended);
    const element = await mount<Extended>(`<${tag} note="hi"></${tag}>`);
    element.items = posts(2);
    await element.updateComplete;
    expect(shadow(element).querySelector('#extra')?.textContent).toBe('hi 0');
    element.note = 'there';
    element.stars = 5;
    await element.updateComplete;
    expect(shadow(element).querySelector('#extra')?.textContent).toBe('there 5');
    expect(element.getAttribute('state')).toBe('ready');
    expect(element.firstUpdatedCalls).toBe(1);
  });

  it('honours shadowRootOptions and adopts a CSSStyleSheet beside css styles', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { outline: 3px solid rgb(255, 0, 0); }');
    class Styled extends CwPostList {
      static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
      static override styles = [CwPostList.styles, sheet, css`:host { margin-left: 7px; }`];
    }
    const tag = define(Styled);
    const element = await mount<Styled>(`<${tag}></${tag}>`);
    element.items = posts(1);
    await element.updateComplete;
    expect(shadow(element).delegatesFocus).toBe(true);
    const style = getComputedStyle(element);
    expect(style.outlineColor).toBe('rgb(255, 0, 0)');
    expect(style.marginLeft).toBe('7px');
    expect(shadow(element).querySelectorAll('[part~=card]')).toHaveLength(1);
  });

  it('works with @lit/context: a provider above, a consumer inside a subclass', async () => {
    const headingContext = createContext<number>('heading-level');
    class Provider extends LitElement {
      provider = new ContextProvider(this, { context: headingContext, initialValue: 4 });
      override render() {
        return html`<slot></slot>`;
      }
    }
    class Consumer extends CwPostList {
      consumer = new ContextConsumer(this, {
        context: headingContext,
        subscribe: true,
        callback: (level) => {
          this.headingLevel = level;
        },
      });
    }
    const outer = define(Provider);
    const inner = define(Consumer);
    const host = await mount<Provider>(`<${outer}><${inner}></${inner}></${outer}>`);
    const element = host.firstElementChild as Consumer;
    element.items = posts(1);
    await element.updateComplete;
    expect(shadow(element).querySelector('h4')).not.toBeNull();
    host.provider.setValue(2);
    await element.updateComplete;
    expect(shadow(element).querySelector('h2')).not.toBeNull();
  });
});
