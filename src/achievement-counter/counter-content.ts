import { adoptStyles, type CSSResultOrNative } from '@lit/reactive-element';
import type { PageLanguage } from '../shared/i18n/page-language.js';
import type { StatementController, StatementHost } from '../shared/content/statement-controller.js';
import type { ContentText } from '../shared/i18n/translation-note.js';

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
  /** Set while (and once) the content resolution is loading. */
  #loading?: Promise<void>;

  constructor(
    private readonly host: StatementHost,
    private readonly styles: CSSResultOrNative,
    private readonly needsBuiltIn: () => boolean,
  ) {}

  /** Starts loading the content resolution, once, when the counter is connected and `needed`. */
  load(needed: boolean): void {
    if (this.#loading || !this.host.isConnected || !needed) return;
    this.#loading = Promise.all([
      import('../shared/content/statement-controller.js'),
      import('../shared/i18n/translation-note.js'),
    ]).then(([{ StatementController }, notes]) => {
      this.notes = notes;
      adoptStyles(this.host.shadowRoot!, [this.styles, notes.translationNoteStyles]);
      this.controller = new StatementController(this.host, this.needsBuiltIn);
      this.host.requestUpdate();
    });
  }

  /** False while data the counter needs is on its way: the fallback text shows then. */
  get hasContent(): boolean {
    return this.controller?.hasContent ?? !this.#loading;
  }

  /** Settles when pending data has arrived (or failed). */
  get settled(): Promise<unknown> {
    return Promise.resolve(this.#loading).then(() => this.controller?.settled);
  }

  /** The texts from the data in the page's language (their language, and the note); none without data. */
  texts(locale: PageLanguage): ContentText | undefined {
    return this.notes && new this.notes.ContentText(locale, this.controller!.statement);
  }
}
