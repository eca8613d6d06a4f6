import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { dirOf, localDigits, type Language } from './language.js';
import type { Statement, Text } from '../content/statement.js';
import { localText, type LocalText } from './text.js';
import { safeUrl } from '../dom/url.js';

/** For the counter, which builds its shadow tree by hand: it renders `note()` with this, loaded with this module only when it needs data. */
export { render } from 'lit';

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The texts of one render, in the widget's language where the data has them.
 * Each text is marked with its own `lang` (and `dir`) when it is in another
 * language, and `note()` adds one short localised line when any text fell back
 * to English or is a translation the data does not call official:
 *
 * ```ts
 * const texts = new ContentText(this.locale, this.content.statement);
 * return html`<div part="base" lang=… dir=…>
 *   <li>${texts.render(commitment.text)}</li> …
 *   ${texts.note()}
 * </div>`;
 * ```
 * and add `translationNoteStyles` to the element's styles.
 */
export class ContentText {
  #fellBack?: boolean;
  #unofficial?: boolean;
  /** The languages the data calls official (primary subtags); the first is the original's. */
  readonly #official: string[];

  readonly #language: Language;
  /** The Intl tag, for the digits of numbers the texts write by hand. */
  readonly #tag: string;
  readonly #statement: Statement;

  /** `locale`: the widget's language and Intl tag (an element's `this.locale`). */
  constructor(locale: { language: Language; tag: string }, statement: Statement = {}) {
    this.#language = locale.language;
    this.#tag = locale.tag;
    this.#statement = statement;
    const official = Array.isArray(statement.officialLanguages) ? statement.officialLanguages : ['en'];
    this.#official = official.filter((tag) => typeof tag === 'string').map(primary);
  }

  /** The text in the widget's language (its digits in the page's numbering system), noting whether it fell back or is unofficial. */
  get(text: Text | undefined): LocalText {
    const local = localText(text, this.#language);
    local.value = localDigits(local.value, this.#tag);
    if (local.value) {
      if (local.fallback) this.#fellBack = true;
      else if (!this.#official.includes(primary(local.language))) this.#unofficial = true;
    }
    return local;
  }

  /** The text, wrapped in `<span lang dir>` when its language is not the widget's (`dir=auto` for one we do not know). */
  render(text: Text | undefined): TemplateResult | string {
    const local = this.get(text);
    const language = primary(local.language);
    return !local.value || language === this.#language
      ? local.value
      : html`<span lang=${local.language} dir=${dirOf(language)}>${local.value}</span>`;
  }

  /**
   * One short line under the content when a text fell back to English or is an
   * unofficial translation (nothing otherwise), linked to the original
   * (`statement.url`, in the first official language as `hreflang`) when the data
   * gives a safe URL.
   */
  note(): TemplateResult | typeof nothing {
    const text =
      this.#fellBack && this.#unofficial
        ? msg('Unofficial translation; some parts available in English only')
        : this.#unofficial
          ? msg('Unofficial translation')
          : this.#fellBack && msg('Available in English only');
    const href = safeUrl(this.#statement.url);
    return text
      ? html`<p part="translation-note" class="translation-note">
          ${href ? html`<a href=${href} hreflang=${this.#official[0] ?? 'en'}>${text}</a>` : text}
        </p>`
      : nothing;
  }
}

export const translationNoteStyles = css`
  .translation-note {
    margin: 0.75em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .translation-note a {
    color: inherit;
  }
`;
