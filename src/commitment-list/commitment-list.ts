import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { headingLevel, renderHeading } from '../shared/dom/heading.js';
import { MbcElement } from '../shared/dom/mbc-element.js';
import { themeStyles } from '../shared/dom/theme.styles.js';
import { ContentText, OriginalSwitch, translationNoteStyles } from '../shared/i18n/translation-note.js';
import { commitmentListStyles } from './commitment-list.styles.js';

/**
 * The statement's commitments as a numbered list ("We commit to: 1. Defend
 * humanitarian disarmament obligations and norms. …").
 *
 * @element mbc-commitment-list
 *
 * @slot intro - Text the site shows between the heading and the list.
 * @slot footer - Text the site shows after the list.
 * @slot - Fallback shown before the script loads; hidden once the element upgrades.
 *
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-data-error - An attribute, the inline JSON or `src` was invalid and a fallback is shown. `detail`: `{ element, field, message, source }`.
 *
 * @cssstate loading - The content is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the widget while it lasts.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading.
 * @csspart list - The `ol` of commitments.
 * @csspart item - One commitment.
 * @csspart empty - The line shown when the data has no commitments.
 * @csspart translation-note - The line saying the text is an unofficial translation or available in English only: a link to the original when the data gives its URL, else (for a translation) a button that shows the original in the widget, and back.
 *
 * @cssprop --mbc-color-text - Text colour.
 * @cssprop --mbc-color-muted - Secondary text colour.
 * @cssprop --mbc-color-background - Card background.
 * @cssprop --mbc-color-border - Card border.
 * @cssprop --mbc-color-accent - Numbers and links.
 * @cssprop --mbc-color-focus - Focus ring.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 * @cssprop --mbc-heading-font-family - Heading font.
 * @cssprop --mbc-font-size - Base font size (inherits by default).
 * @cssprop --mbc-radius - Corner radius.
 * @cssprop --mbc-space - Padding.
 */
export class MbcCommitmentList extends MbcElement {
  static override readonly is = 'mbc-commitment-list';
  static override styles = [themeStyles, translationNoteStyles, commitmentListStyles];
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** Replaces the heading text; an empty value removes the heading (when the page gives its own). */
  declare heading?: string;

  /** Level of the heading, 1 to 6, so the widget fits the page's outline. */
  headingLevel: string | number = 2;

  /** Whether the list shows the original instead of the unofficial translation (the translation note's button). */
  private readonly original = new OriginalSwitch(this);

  protected override render() {
    if (!this.content.hasContent) return html`<slot></slot>`;
    const level = headingLevel(this, this.headingLevel);
    const statement = this.content.statement;
    const commitments = statement.commitments ?? [];
    const texts = new ContentText(this.locale, statement, this.original);
    const heading =
      this.heading ??
      msg('We commit to', { desc: 'Heading of the numbered list of commitments (the statement: "We commit to: 1. …").' });
    return html`
      <div part="base" class="card" lang=${this.locale.language} dir=${this.locale.dir}>
        ${renderHeading(level, heading)}
        <slot name="intro"></slot>
        ${
          commitments.length
            ? html`<ol
                part="list"
                class="list"
                data-digits=${this.locale.numberingSystem}
                aria-labelledby=${heading ? 'heading' : nothing}
              >
                ${commitments.map((commitment) => {
                  const text = texts.marked(commitment.text);
                  return html`<li part="item" class="item" lang=${text.lang} dir=${text.dir}>${text.value}</li>`;
                })}
              </ol>`
            : html`<p part="empty" class="empty">
                ${msg('No commitments to show.', { desc: 'Shown instead of the list when the data has no commitments.' })}
              </p>`
        }
        ${texts.note()}
        <slot name="footer"></slot>
      </div>
    `;
  }
}
