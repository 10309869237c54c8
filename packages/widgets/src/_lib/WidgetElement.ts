import { nothing, render as renderTemplate } from 'lit/html.js';
import type { CSSResult, CSSResultGroup } from './css';

/** How one reactive property is declared in `static properties` (the subset of Lit's options the widgets use). */
export interface PropertyDeclaration {
  /** The attribute that sets it; default: the property name in lower case; `false`: property only. */
  readonly attribute?: string | false;
  /** How the attribute's text is read: `Number`, `Boolean` (present or not) or, by default, as a string. */
  readonly type?: NumberConstructor | BooleanConstructor;
  /** Write the value back to the attribute after each update. */
  readonly reflect?: boolean;
  /** Internal state: no attribute, still re-renders when it changes. */
  readonly state?: boolean;
}

/** A class's reactive properties by name. */
export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;

/** The properties that changed since the last update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** Something that follows a host's connection (Lit's `ReactiveController`, the two hooks the widgets use). */
export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
}

/** An element that accepts controllers and can be asked to update. */
export interface ReactiveControllerHost {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

// Without a DOM (server rendering, Node) the classes must still be definable: importing the
// widgets there is harmless, and `defineElement` skips registration.
const Base: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);

type Values = Record<string, unknown>;

const attributeOf = (
  name: string,
  { attribute, state }: PropertyDeclaration,
): string | undefined =>
  state || attribute === false ? undefined : attribute || name.toLowerCase();

/**
 * The reactive base of every widget: Lit's `LitElement` lifecycle (reactive properties from
 * `static properties`, attributes, batched asynchronous updates, `willUpdate` / `render` /
 * `updated`, `updateComplete`, adopted `static styles`, controllers), rendered with lit-html.
 *
 * Why not `LitElement` itself: its reactive layer weighs 2.75 kB min+gzip of which the widgets use
 * a small part; this base (with `css`) is 1.0 kB, which is what brings `<cw-post-list>` under its 9 kB
 * budget and the drop-in bundle under 15 kB. Templates, directives and Trusted Types handling are
 * lit-html's, unchanged. Not supported (not used here): property converters other than Number
 * and Boolean, `hasChanged`, `shouldUpdate`, `firstUpdated`, `isUpdatePending`,
 * `removeController`, async directives, style fallbacks for browsers without constructable style
 * sheets. Where it differs from Lit, the shadow root exists from the constructor.
 *
 * @example
 * class Hello extends WidgetElement {
 *   static override properties = { name: {} };
 *   name = 'world';
 *   override render() {
 *     return html`Hello ${this.name}`;
 *   }
 * }
 */
export abstract class WidgetElement extends Base implements ReactiveControllerHost {
  /** The reactive properties this class adds to its parent's. */
  static properties: PropertyDeclarations = {};

  /** Style sheets adopted by the shadow root. */
  static styles: CSSResultGroup = [];

  static readonly #classes = new WeakMap<object, Map<string, PropertyDeclaration>>();

  /** Every reactive property of `ctor`, inherited ones included; defines their accessors once per class. */
  static #declared(ctor: typeof WidgetElement): Map<string, PropertyDeclaration> {
    let declared = WidgetElement.#classes.get(ctor);
    if (!declared) {
      declared = new Map(
        ctor === WidgetElement ? [] : WidgetElement.#declared(Object.getPrototypeOf(ctor)),
      );
      WidgetElement.#classes.set(ctor, declared);
      if (Object.hasOwn(ctor, 'properties')) {
        for (const [name, declaration] of Object.entries(ctor.properties)) {
          declared.set(name, declaration);
          Object.defineProperty(ctor.prototype, name, {
            configurable: true,
            get(this: WidgetElement) {
              // Read on the prototype or through a proxy (some tools do): no value, like Lit.
              return #values in this ? this.#values[name] : undefined;
            },
            set(this: WidgetElement, value: unknown) {
              const old = this.#values[name];
              this.#values[name] = value;
              this.requestUpdate(name, old);
            },
          });
        }
      }
    }
    return declared;
  }

  static get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being defined, not WidgetElement.
    return [...WidgetElement.#declared(this)].flatMap(
      ([name, declaration]) => attributeOf(name, declaration) ?? [],
    );
  }

  /** True once the element has rendered. */
  hasUpdated = false;

  /** The open shadow root the element renders into. */
  readonly renderRoot: ShadowRoot;

  readonly #values: Values = {};
  readonly #declaredHere: Map<string, PropertyDeclaration>;
  /** Properties set on the element before its class was defined (frameworks do that). */
  #early: Values = {};
  readonly #controllers = new Set<ReactiveController>();
  #changed: PropertyValues = new Map();
  readonly #reflect = new Set<string>();
  #reflecting: string | undefined;
  #pending = false;
  #connected = false;
  #update: Promise<boolean>;
  #enable!: (value: boolean) => void;

  constructor() {
    super();
    const ctor = this.constructor as typeof WidgetElement;
    this.#declaredHere = WidgetElement.#declared(ctor);
    for (const name of this.#declaredHere.keys()) {
      if (Object.hasOwn(this, name)) {
        this.#early[name] = (this as unknown as Values)[name];
        delete (this as unknown as Values)[name];
      }
    }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = [...new Set([ctor.styles].flat(9) as CSSResult[])].map(
      (style) => style.styleSheet,
    );
    // The first update waits for the first connection.
    this.#update = new Promise((resolve) => {
      this.#enable = resolve;
    });
    this.requestUpdate();
  }

  /** Resolves after the pending update (true when no further update was requested meanwhile). */
  get updateComplete(): Promise<boolean> {
    return this.#update;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#enable(true);
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    for (const [name, declaration] of this.#declaredHere) {
      if (attributeOf(name, declaration) === attribute && this.#reflecting !== name) {
        const { type } = declaration;
        // Marked as reflecting, so the attribute is not written back.
        this.#reflecting = name;
        (this as unknown as Values)[name] =
          type === Number
            ? value === null
              ? null
              : Number(value)
            : type === Boolean
              ? value !== null
              : value;
        this.#reflecting = undefined;
      }
    }
  }

  /** Adds a controller; it hears about connection changes from now on. */
  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.#connected) controller.hostConnected?.();
  }

  /**
   * Schedules an update in a microtask (many changes, one render). With `name`, records that the
   * property changed from `old`; a value equal to `old` (`Object.is`) schedules nothing.
   */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined) {
      if (Object.is((this as unknown as Values)[name], old)) return;
      if (!this.#changed.has(name)) this.#changed.set(name, old);
      if (this.#declaredHere.get(name)?.reflect && this.#reflecting !== name)
        this.#reflect.add(name);
    }
    if (!this.#pending) this.#update = this.#enqueue();
  }

  async #enqueue(): Promise<boolean> {
    this.#pending = true;
    // Waiting for the previous update also batches this microtask's changes.
    try {
      await this.#update;
    } catch (error) {
      // The previous update failed. Report it again, as Lit does: awaiting it here would otherwise
      // hide it from the page's error reporting. It must not stop this update.
      Promise.reject(error);
    }
    this.#perform();
    return !this.#pending;
  }

  #perform(): void {
    if (!this.hasUpdated) {
      Object.assign(this, this.#early);
      this.#early = {};
    }
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      const template = this.render();
      // After a render that threw, these wait for the next update that renders (as in Lit).
      for (const name of this.#reflect) this.#reflectAttribute(name);
      this.#reflect.clear();
      this.#done();
      renderTemplate(template, this.renderRoot, { host: this });
    } catch (error) {
      this.#done();
      throw error;
    }
    this.hasUpdated = true;
    this.updated(changed);
  }

  #done(): void {
    this.#changed = new Map();
    this.#pending = false;
  }

  #reflectAttribute(name: string): void {
    const declaration = this.#declaredHere.get(name) as PropertyDeclaration;
    const attribute = attributeOf(name, declaration);
    if (attribute === undefined) return;
    const value = (this as unknown as Values)[name];
    const text = declaration.type === Boolean ? (value ? '' : null) : value;
    this.#reflecting = name;
    if (text == null) this.removeAttribute(attribute);
    else this.setAttribute(attribute, String(text));
    this.#reflecting = undefined;
  }

  /** Runs before each render with the changed properties; set other properties here without a second update. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** Runs after each render with the properties that changed. */
  protected updated(_changed: PropertyValues): void {}

  /** Returns what to render into the shadow root (a lit-html template). */
  protected render(): unknown {
    return nothing;
  }
}
