import { html } from 'lit/html.js';
import { afterEach, describe, expect, it } from 'vitest';
import { css } from './css';
import {
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
  WidgetElement,
} from './WidgetElement';

let count = 0;
/** A fresh tag per test: a custom element name can be defined only once per page. */
const tag = () => `cw-base-test-${++count}`;

class Base extends WidgetElement {
  static override properties: PropertyDeclarations = {
    label: {},
    size: { type: Number },
    open: { type: Boolean, attribute: 'is-open', reflect: true },
    state: { reflect: true },
    data: { attribute: false },
    inner: { state: true },
  };
  label: string | null = 'hello';
  size = 1;
  open = false;
  state = 'idle';
  data: unknown;
  inner = 0;
  renders = 0;
  changes: PropertyValues[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push(new Map(changed));
  }

  protected override render(): unknown {
    this.renders++;
    return html`<p>${this.label} ${this.size} ${this.inner}</p>`;
  }
}

/** Throws in render while its label is "boom". */
class Fragile extends Base {
  protected override render(): unknown {
    if (this.label === 'boom') throw new Error('render failed');
    return super.render();
  }
}

/** Defines a subclass of `base` under a fresh tag (a class can be defined only once). */
function define<T extends typeof Base>(base: T): { name: string; ctor: T } {
  const name = tag();
  const ctor = class extends (base as typeof Base) {};
  customElements.define(name, ctor);
  return { name, ctor: ctor as T };
}

async function connect<T extends WidgetElement>(element: T): Promise<T> {
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const text = (element: WidgetElement) => element.renderRoot.textContent?.trim();

afterEach(() => {
  document.body.replaceChildren();
});

describe('WidgetElement', () => {
  it('renders once when connected, with the defaults, and not before', async () => {
    const { name } = define(Base);
    const element = document.createElement(name) as Base;
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.renders).toBe(0);
    expect(element.hasUpdated).toBe(false);
    await connect(element);
    expect(element.renders).toBe(1);
    expect(element.hasUpdated).toBe(true);
    expect(text(element)).toBe('hello 1 0');
  });

  it('batches many changes into one update that lists their previous values', async () => {
    const { name } = define(Base);
    const element = await connect(document.createElement(name) as Base);
    element.label = 'a';
    element.label = 'b';
    element.size = 5;
    element.inner = 2;
    expect(await element.updateComplete).toBe(true);
    expect(element.renders).toBe(2);
    expect(text(element)).toBe('b 5 2');
    expect(element.changes.at(-1)).toEqual(
      new Map<PropertyKey, unknown>([
        ['label', 'hello'],
        ['size', 1],
        ['inner', 0],
      ]),
    );
  });

  it('does not update for a value equal to the current one (NaN included)', async () => {
    const { name } = define(Base);
    const element = await connect(document.createElement(name) as Base);
    element.size = Number.NaN;
    await element.updateComplete;
    const renders = element.renders;
    element.label = 'hello';
    element.size = Number.NaN;
    await element.updateComplete;
    expect(element.renders).toBe(renders);
  });

  it('reads attributes as strings, numbers and booleans, and removed ones as null or false', async () => {
    const { name } = define(Base);
    const holder = document.createElement('div');
    holder.innerHTML = `<${name} label="from markup" size="7" is-open></${name}>`;
    const element = await connect(holder.firstElementChild as Base);
    expect([element.label, element.size, element.open]).toEqual(['from markup', 7, true]);
    element.removeAttribute('label');
    element.removeAttribute('size');
    element.removeAttribute('is-open');
    expect([element.label, element.size, element.open]).toEqual([null, null, false]);
    element.setAttribute('size', 'x');
    expect(element.size).toBeNaN();
  });

  it('observes only attributes of public properties, under their declared names', () => {
    const { ctor } = define(Base);
    expect(ctor.observedAttributes).toEqual(['label', 'size', 'is-open', 'state']);
  });

  it('reflects properties to attributes after the update, without feeding them back', async () => {
    const { name } = define(Base);
    const element = await connect(document.createElement(name) as Base);
    expect(element.getAttribute('state')).toBe('idle');
    expect(element.hasAttribute('is-open')).toBe(false);
    element.state = 'ready';
    element.open = true;
    expect(element.getAttribute('state')).toBe('idle');
    await element.updateComplete;
    expect(element.getAttribute('state')).toBe('ready');
    expect(element.getAttribute('is-open')).toBe('');
    const renders = element.renders;
    element.open = false;
    await element.updateComplete;
    expect(element.hasAttribute('is-open')).toBe(false);
    expect(element.renders).toBe(renders + 1);
  });

  it('keeps properties a framework set before the element was defined', async () => {
    const name = tag();
    const early = document.createElement(name) as Base;
    (early as unknown as Record<string, unknown>).label = 'set early';
    (early as unknown as Record<string, unknown>).data = { id: 1 };
    document.body.append(early);
    customElements.define(name, class extends Base {});
    await early.updateComplete;
    expect(early.label).toBe('set early');
    expect(early.data).toEqual({ id: 1 });
    expect(Object.hasOwn(early, 'label')).toBe(false);
    expect(text(early)).toBe('set early 1 0');
  });

  it('applies changes made in willUpdate in the same update', async () => {
    class Derived extends Base {
      protected override willUpdate(changed: PropertyValues): void {
        super.willUpdate(changed);
        if (changed.has('size')) this.inner = this.size * 10;
      }
    }
    const { name } = define(Derived);
    const element = await connect(document.createElement(name) as Derived);
    element.size = 3;
    await element.updateComplete;
    expect(text(element)).toBe('hello 3 30');
    expect(element.renders).toBe(2);
  });

  it('runs a second update for changes made in updated, and updateComplete says so', async () => {
    class Derived extends Base {
      protected override updated(changed: PropertyValues): void {
        if (changed.has('size') && this.size < 3) this.size++;
      }
    }
    const { name } = define(Derived);
    const element = document.createElement(name) as Derived;
    document.body.append(element);
    expect(await element.updateComplete).toBe(false);
    while (!(await element.updateComplete));
    expect(element.size).toBe(3);
    expect(text(element)).toBe('hello 3 0');
  });

  it('inherits the parent class properties and adds its own', async () => {
    class Child extends Base {
      static override properties: PropertyDeclarations = { extra: { attribute: 'extra-text' } };
      extra = '';
      protected override render(): unknown {
        return html`${this.label}/${this.extra}`;
      }
    }
    const { name, ctor } = define(Child);
    expect(ctor.observedAttributes).toEqual(['label', 'size', 'is-open', 'state', 'extra-text']);
    const holder = document.createElement('div');
    holder.innerHTML = `<${name} label="L" extra-text="E"></${name}>`;
    const element = await connect(holder.firstElementChild as Child);
    expect(text(element)).toBe('L/E');
  });

  it('tells controllers about connection, including one added while connected', async () => {
    const { name } = define(Base);
    const element = document.createElement(name) as Base;
    const calls: string[] = [];
    const controller = (id: string): ReactiveController => ({
      hostConnected: () => calls.push(`${id}+`),
      hostDisconnected: () => calls.push(`${id}-`),
    });
    element.addController(controller('a'));
    expect(calls).toEqual([]);
    await connect(element);
    element.addController(controller('b'));
    element.remove();
    expect(calls).toEqual(['a+', 'b+', 'a-', 'b-']);
  });

  it('adopts its styles, each sheet once, shared by every instance', async () => {
    const shared = css`p { margin: 0; }`;
    class Styled extends Base {
      static override styles = [shared, [css`p { color: red; }`, shared]];
    }
    const { name } = define(Styled);
    const one = await connect(document.createElement(name) as Styled);
    const two = await connect(document.createElement(name) as Styled);
    expect(one.renderRoot.adoptedStyleSheets).toHaveLength(2);
    expect(one.renderRoot.adoptedStyleSheets[0]).toBe(two.renderRoot.adoptedStyleSheets[0]);
    expect(getComputedStyle(one.renderRoot.querySelector('p') as Element).color).toBe(
      'rgb(255, 0, 0)',
    );
  });

  it('keeps updating after a render throws, and reports the failure even when nobody awaits it', async () => {
    const { name } = define(Fragile);
    const element = await connect(document.createElement(name) as Fragile);
    const reported: unknown[] = [];
    const listen = (event: PromiseRejectionEvent) => {
      reported.push(event.reason);
      event.preventDefault();
    };
    addEventListener('unhandledrejection', listen);
    try {
      element.state = 'broken';
      element.label = 'boom';
      // Another change a few microtasks later, before the failed update could be reported.
      queueMicrotask(() => queueMicrotask(() => (element.label = 'fine')));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(reported.map((reason) => (reason as Error).message)).toContain('render failed');
      expect(text(element)).toBe('fine 1 0');
      expect(element.getAttribute('state')).toBe('broken');
    } finally {
      removeEventListener('unhandledrejection', listen);
    }
  });

  it('does not reflect a change whose render failed', async () => {
    const { name } = define(Fragile);
    const element = await connect(document.createElement(name) as Fragile);
    element.state = 'broken';
    element.label = 'boom';
    await expect(element.updateComplete).rejects.toThrow('render failed');
    expect(element.getAttribute('state')).toBe('idle');
  });

  it('does not write an attribute set by the page back to it', async () => {
    const { name } = define(Base);
    const element = await connect(document.createElement(name) as Base);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(element, { attributes: true });
    element.setAttribute('is-open', 'false');
    await element.updateComplete;
    await Promise.resolve();
    observer.disconnect();
    expect(element.open).toBe(true);
    expect(element.getAttribute('is-open')).toBe('false');
    expect(records).toHaveLength(1);
  });

  it('reads no value on the prototype and writes no attribute for a property without one', async () => {
    class Hidden extends Base {
      static override properties: PropertyDeclarations = {
        secret: { attribute: false, reflect: true },
      };
      secret = 'x';
    }
    const { name, ctor } = define(Hidden);
    expect((ctor.prototype as Hidden).label).toBeUndefined();
    const element = await connect(document.createElement(name) as Hidden);
    element.secret = 'y';
    await element.updateComplete;
    expect(element.getAttributeNames().sort()).toEqual(['state']);
  });
});
