import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { dirOf, localDigits, type Language } from './language.js';
import type { Statement, Text } from '../content/statement.js';
import { localText, type LocalText } from './text.js';
import { safeUrl } from '../dom/url.js';

/** For the counter, which builds its shadow tree by hand: it renders `note()` with this, loaded with this module only when it needs data. */
export { render } from 'lit';

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** A text from the data with what the element holding it needs: its `lang` and `dir` when not the widget's, else `nothing`. */
export interface MarkedText {
  value: string;
  lang: string | typeof nothing;
  dir: 'ltr' | 'rtl' | 'auto' | typeof nothing;
}

/**
 * Whether a widget shows the original of an unofficial translation instead (the
 * note's button switches it, when the data gives no URL of the original to link
 * to): one per element, `new ContentText(this.locale, statement, this.original)`.
 */
export class OriginalSwitch {
  /** True while the widget shows the original. */
  on = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  readonly toggle = (): void => {
    this.on = !this.on;
    this.host.requestUpdate();
  };
}

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
  readonly #original?: OriginalSwitch;
  /** True once a text was shown in its original in place of an unofficial translation. */
  #showedOriginal?: boolean;

  /**
   * `locale`: the widget's language and Intl tag (an element's `this.locale`);
   * `original`: the element's switch to the original (see OriginalSwitch), without
   * which the note offers none.
   */
  constructor(locale: { language: Language; tag: string }, statement: Statement = {}, original?: OriginalSwitch) {
    this.#language = locale.language;
    this.#tag = locale.tag;
    this.#statement = statement;
    this.#original = original;
    const official = Array.isArray(statement.officialLanguages) ? statement.officialLanguages : ['en'];
    this.#official = official.filter((tag) => typeof tag === 'string').map(primary);
  }

  /**
   * The text in the widget's language (its digits in the page's numbering system),
   * or in the original when the widget shows that; noting whether it fell back or is
   * unofficial.
   */
  get(text: Text | undefined): LocalText {
    let local = localText(text, this.#language);
    if (local.value && !local.fallback && !this.#official.includes(primary(local.language))) {
      if (this.#original?.on) {
        const original = localText(text, (this.#official[0] ?? 'en') as Language);
        if (original.value && !original.fallback) {
          this.#showedOriginal = true;
          local = original;
        } else this.#unofficial = true;
      } else this.#unofficial = true;
    }
    if (local.value && local.fallback) this.#fellBack = true;
    local.value = localDigits(local.value, this.#tag);
    return local;
  }

  /** The text with the `lang` and `dir` for the element that holds it, set when its language is not the widget's (`dir=auto` for one we do not know). */
  marked(text: Text | undefined): MarkedText {
    const local = this.get(text);
    const language = primary(local.language);
    return !local.value || language === this.#language
      ? { value: local.value, lang: nothing, dir: nothing }
      : { value: local.value, lang: local.language, dir: dirOf(language) as MarkedText['dir'] };
  }

  /** The text, wrapped in `<span lang dir>` when its language is not the widget's (for a text inside other text, or a heading). */
  render(text: Text | undefined): TemplateResult | string {
    const { value, lang, dir } = this.marked(text);
    return lang === nothing ? value : html`<span lang=${lang} dir=${dir}>${value}</span>`;
  }

  /**
   * One short line under the content when a text fell back to English or is an
   * unofficial translation (nothing otherwise). It links to the original
   * (`statement.url`, in the first official language as `hreflang`) when the data
   * gives a safe URL; without one, and given the element's OriginalSwitch, it is a
   * button that shows the original in the widget itself, and while it does, one
   * that goes back to the translation.
   */
  note(): TemplateResult | typeof nothing {
    const toggle = this.#original;
    const showingOriginal = !!toggle?.on && !!this.#showedOriginal && !this.#unofficial;
    const text = showingOriginal
      ? msg('Show the translation', {
          desc: 'Translation note: button that goes back from the original (English) text of the statement to its translation.',
        })
      : this.#fellBack && this.#unofficial
        ? msg('Unofficial translation; some parts available in English only', {
            desc: 'Translation note under the content: it is our translation, not an official text, and some texts are shown in English because they have no translation.',
          })
        : this.#unofficial
          ? msg('Unofficial translation', {
              desc: 'Translation note under the content: the texts are our translation, not an official text; links to (or shows) the English original.',
            })
          : this.#fellBack &&
            msg('Available in English only', {
              desc: 'Translation note under the content: the data has these texts in English only.',
            });
    if (!text) return nothing;
    const href = showingOriginal ? undefined : safeUrl(this.#statement.url);
    if (href)
      return html`<p part="translation-note" class="translation-note">
        <a href=${href} hreflang=${this.#official[0] ?? 'en'}>${text}</a>
      </p>`;
    if (!toggle || !(showingOriginal || this.#unofficial))
      return html`<p part="translation-note" class="translation-note">${text}</p>`;
    // One template for both states, so the button keeps the focus when it is pressed.
    return html`<p part="translation-note" class="translation-note">
      <button
        type="button"
        class="original"
        aria-pressed=${showingOriginal}
        aria-label=${
          showingOriginal
            ? nothing
            : msg(str`${text}: show the original`, {
                desc: 'Translation note as a button (its visible text is the note, {0}): it shows the original (English) text in the widget.',
              })
        }
        @click=${toggle.toggle}
      >
        ${text}
      </button>
    </p>`;
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

  /* The note's button reads as a link in the line: the widget's own text, underlined. */
  .translation-note .original {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .translation-note .original:focus-visible {
    outline: 2px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }
`;
