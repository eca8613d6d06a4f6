import { LitElement, type PropertyDeclarations } from 'lit';
import { oneOf } from './attributes.js';
import { setState } from './custom-state.js';
import { LocaleController } from '../i18n/locale.js';
import { StatementController } from '../content/statement-controller.js';
import { VERSION } from '../version.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * What every mbc- element shares: its tag and version (for the guarded
 * `define()`), the theme, the page language and the resolved statement.
 */
export abstract class MbcElement extends LitElement {
  /** The element's tag name. */
  static readonly is: string;
  /** The library version that defined the element. */
  static readonly version: string = VERSION;

  // `static properties` rather than decorators: each decorator costs a helper call in the bundle.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    srcTimeout: { attribute: false },
  };

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting.
   * Reflected, since the styles select on it.
   */
  theme: Theme = 'light';

  /**
   * URL of a statement JSON document (see `schema/statement.schema.json`). While it
   * loads, or if it fails, the inline JSON or the built-in statement shows.
   */
  src: string | null = null;

  /** How long to wait for `src` before falling back, in milliseconds (default 8000). */
  declare srcTimeout?: number;

  protected readonly locale = new LocaleController(this);
  readonly #internals = this.attachInternals();
  protected readonly content = new StatementController(this, () => this.needsBuiltInStatement());

  /**
   * Whether this element needs the built-in statement (asked when it connects).
   * An element whose attributes already say everything overrides this, so the
   * statement's chunk is never downloaded for it.
   */
  protected needsBuiltInStatement(): boolean {
    return true;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, 'light');
  }

  protected override updated(): void {
    // `:state(loading)` while only the light-DOM fallback shows (the content is on its
    // way), so a page can keep the space it reserved with `:not(:defined)` until the
    // widget has its real size: one layout change instead of a collapse and a growth.
    // Every element renders either its fallback `<slot>` alone or its content in a base element.
    setState(this.#internals, 'loading', this.renderRoot.firstElementChild instanceof HTMLSlotElement);
  }

  /** Resolves when pending data and the page language's strings have arrived and the element has rendered them. */
  get dataComplete(): Promise<boolean> {
    // The pending update first: a `src` set just now starts loading in it.
    return this.updateComplete
      .then(() => this.content.settled)
      .then(() => this.locale.ready)
      .then(() => this.updateComplete);
  }
}
