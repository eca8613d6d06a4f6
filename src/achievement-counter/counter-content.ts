import { adoptStyles, type CSSResultOrNative } from '@lit/reactive-element';
import { setState } from '../shared/dom/custom-state.js';
import { emit } from '../shared/dom/events.js';
import type { PageLanguage } from '../shared/i18n/page-language.js';
import type { StatementController, StatementHost } from '../shared/content/statement-controller.js';
import type { ContentText, OriginalSwitch } from '../shared/i18n/translation-note.js';
import type { CounterAttributes } from './counter-settings.js';

/**
 * A counter's data, loaded only when it needs some. A page with only counters given
 * their `value` must stay small, so the content resolution every element shares
 * (StatementController: `src`, inline JSON, the built-in statement) is fetched only
 * for a counter that needs data, together with translation-note.ts (ContentText,
 * its styles, lit-html's render() for its note, and through locale.ts the UI strings
 * of the note): only texts from the data can need the note.
 */
export class CounterContent {
  /** The shared content resolution, once loaded. */
  controller?: StatementController;
  /** translation-note.ts, loaded with it. */
  notes?: typeof import('../shared/i18n/translation-note.js');
  /** The texts from the data of the last update (ContentText: their language, and the note). */
  texts?: ContentText;
  /** Whether the counter shows the original instead of the unofficial translation (the note's button). */
  #original?: OriginalSwitch;
  /** Set while (and once) the content resolution is loading. */
  #loading?: Promise<void>;
  #readyFired?: boolean;
  readonly #internals: ElementInternals;

  constructor(
    private readonly host: StatementHost & CounterAttributes & { src: string | null },
    private readonly styles: CSSResultOrNative,
    private readonly needsBuiltIn: () => boolean,
  ) {
    this.#internals = host.attachInternals();
  }

  /**
   * Starts loading the content resolution, once, when the counter is connected and needs
   * data: no value, an achievement whose label is not given, a feed, or inline JSON.
   */
  load(): void {
    const host = this.host;
    const needed =
      host.value == null || (!!host.achievement && host.label == null) || !!host.src || !!host.querySelector(':scope > script');
    if (this.#loading || !host.isConnected || !needed) return;
    this.#loading = Promise.all([
      import('../shared/content/statement-controller.js'),
      import('../shared/i18n/translation-note.js'),
    ]).then(([{ StatementController }, notes]) => {
      this.notes = notes;
      this.#original = new notes.OriginalSwitch(this.host);
      adoptStyles(this.host.shadowRoot!, [this.styles, notes.translationNoteStyles]);
      this.controller = new StatementController(this.host, this.needsBuiltIn);
      this.host.requestUpdate();
    });
  }

  /** After an update: the content controller fires `mbc-ready`; without one (a value given by attribute), this does, once. */
  rendered(): void {
    if (this.controller || this.#readyFired || !this.hasContent) return;
    this.#readyFired = true;
    emit(this.host, 'mbc-ready', { element: this.host.localName, source: 'attribute' });
  }

  /** False while data the counter needs is on its way: the fallback text shows then. */
  get hasContent(): boolean {
    return this.controller?.hasContent ?? !this.#loading;
  }

  /** Settles when pending data has arrived (or failed). */
  get settled(): Promise<unknown> {
    return Promise.resolve(this.#loading).then(() => this.controller?.settled);
  }

  /** Reads the texts from the data in the page's language (their language, and the note); none without data. */
  read(locale: PageLanguage): ContentText | undefined {
    return (this.texts = this.notes && new this.notes.ContentText(locale, this.controller!.statement, this.#original));
  }

  /**
   * Sets `:state(loading)` while the fallback shows because the data is on its way (as in
   * MbcElement), and renders the note at the end of `base` when texts from the data are shown
   * in another language or an unofficial translation (lit-html: the label goes in before it).
   */
  render(base: HTMLElement): void {
    setState(this.#internals, 'loading', !this.hasContent);
    if (this.hasContent && this.texts) this.notes?.render(this.texts.note(), base);
  }
}
