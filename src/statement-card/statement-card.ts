import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { oneOf } from '../shared/dom/attributes.js';
import { CountryNamesElement } from '../shared/i18n/countries.js';
import { headingLevel, renderHeading, subLevel } from '../shared/dom/heading.js';
import type { Text } from '../shared/content/statement.js';
import { themeStyles } from '../shared/dom/theme.styles.js';
import { ContentText, OriginalSwitch, translationNoteStyles } from '../shared/i18n/translation-note.js';
import { checkedUrl, isExternal } from '../shared/dom/url.js';
import { statementCardStyles } from './statement-card.styles.js';

export type StatementVariant = 'summary' | 'full';
const VARIANTS: readonly StatementVariant[] = ['summary', 'full'];

/**
 * The statement as a card: a summary (kind and meeting, title, opening paragraph,
 * the number of signatory States with the Champions named, and "Read the full
 * statement", which opens the full text in place or links to `href`), or the
 * full text with its sections, lists and call to action.
 *
 * @element mbc-statement-card
 *
 * @slot - Fallback shown before the script loads; hidden once the element upgrades.
 *
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-data-error - An attribute (`href`, `variant`, `heading-level`, `theme`), the inline JSON or `src` was invalid, or a State code is unknown; a fallback is shown. `detail`: `{ element, field, message, source }`.
 *
 * @cssstate loading - The content is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the widget while it lasts.
 *
 * @csspart base - The card around everything.
 * @csspart header - Kind, meeting and title.
 * @csspart kind - "Joint Statement".
 * @csspart meeting - The meeting the statement was made at.
 * @csspart heading - The title.
 * @csspart opening - The opening paragraph (summary).
 * @csspart signatories - The signatory States (a description list).
 * @csspart toggle - The "Read the full statement" disclosure button (summary without `href`).
 * @csspart link - The "Read the full statement" link (summary with `href`).
 * @csspart full - The full text.
 * @csspart section-heading - A section's heading in the full text.
 * @csspart paragraph - A paragraph of the full text.
 * @csspart achievements - The bulleted list of achievements.
 * @csspart commitments - The numbered list of commitments.
 * @csspart call-to-action - The closing call to action.
 * @csspart translation-note - The line saying the text is an unofficial translation or available in English only: a link to the original when the data gives its URL, else (for a translation) a button that shows the original in the widget, and back.
 *
 * @cssprop --mbc-color-text - Text colour.
 * @cssprop --mbc-color-muted - Secondary text colour.
 * @cssprop --mbc-color-background - Card background.
 * @cssprop --mbc-color-border - Card border.
 * @cssprop --mbc-color-accent - Kind, list markers, the button and links.
 * @cssprop --mbc-color-on-accent - Text on the button.
 * @cssprop --mbc-color-focus - Focus ring.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 * @cssprop --mbc-heading-font-family - Heading font.
 * @cssprop --mbc-font-size - Base font size (inherits by default).
 * @cssprop --mbc-radius - Corner radius.
 * @cssprop --mbc-space - Padding.
 */
export class MbcStatementCard extends CountryNamesElement {
  static override readonly is = 'mbc-statement-card';
  static override styles = [themeStyles, translationNoteStyles, statementCardStyles];
  static override properties = { variant: {}, href: {}, headingLevel: { attribute: 'heading-level' } };

  /** `summary` (default): the card with "Read the full statement"; `full`: the whole text. */
  variant: 'summary' | 'full' = 'summary';

  /**
   * Where "Read the full statement" links to (http, https, mailto or relative).
   * Without it, the button opens the full text in place.
   */
  href?: string;

  /** Level of the title, 1 to 6; section headings are one level below. */
  headingLevel: string | number = 2;

  /** Whether the summary's full text is open (the button asks for the update). */
  private open?: boolean;

  /** Whether the card shows the original instead of the unofficial translation (the translation note's button). */
  private readonly original = new OriginalSwitch(this);

  protected override render() {
    const full = oneOf(this, 'variant', this.variant, VARIANTS, 'summary') === 'full';
    const open = full || !!this.open;
    // The full text is its own chunk (see StatementController.loadFullText): `full`
    // shows the fallback until it is there, never half a card; the summary needs it
    // only once opened.
    const text = !open || this.content.loadFullText();
    if (!this.content.hasContent || !this.namesReady || (full && !text)) return html`<slot></slot>`;
    const level = headingLevel(this, this.headingLevel);
    const sub = subLevel(level);
    const statement = this.content.statement;
    const texts = new ContentText(this.locale, statement, this.original);
    const t = (value?: Text) => texts.render(value);
    const title = t(statement.title);
    const groups = statement.signatories ?? [];
    const sections = statement.sections ?? [];
    const call = statement.callToAction;
    const label = msg('Read the full statement', { desc: 'Statement card: button that opens the full text, or link to it.' });
    // The link to `href` (summary only); an unsafe one is reported and the disclosure shown instead.
    const href = full ? undefined : checkedUrl(this, this.href, 'href', 'attribute');

    /** A pointer over the button, or focus on it: start fetching the full text before the click. */
    const prefetch = () => this.content.loadFullText();
    /** Opens or closes the full text; opening fetches it (usually already on its way, see `prefetch`). */
    const toggle = () => {
      this.open = !this.open;
      prefetch();
      this.requestUpdate();
    };

    /** A text from the data in its element, which carries its `lang` and `dir` when it is not in the page's language; nothing when empty. */
    const span = (value: Text | undefined, part: string) => {
      const x = texts.marked(value);
      return x.value ? html`<span part=${part} class=${part} lang=${x.lang} dir=${x.dir}>${x.value}</span>` : nothing;
    };
    const paragraph = (value: Text | undefined, part = 'paragraph') => {
      const x = texts.marked(value);
      return x.value ? html`<p part=${part} lang=${x.lang} dir=${x.dir}>${x.value}</p>` : nothing;
    };
    const item = (value: Text) => {
      const x = texts.marked(value);
      return html`<li lang=${x.lang} dir=${x.dir}>${x.value}</li>`;
    };

    /**
     * The signatories: in the summary, the count of States and the Champions; opened
     * under the summary, the other groups; in the full text, all of it.
     */
    const signatories = (part: 'summary' | 'others' | 'all') => {
      const withCount = part !== 'others';
      const named = groups.filter(
        (group) => group.states.length && (part === 'all' || (group.id === 'champions') === (part === 'summary')),
      );
      return groups.length && (withCount || named.length)
        ? html`<dl part="signatories">
            ${
              withCount
                ? html`<dt>
                      ${msg('Signatories', { desc: 'Statement card: label before the number of States that joined the statement ("18 States").' })}
                    </dt>
                    <dd>${this.countStates(groups.flatMap((group) => group.states))}</dd>`
                : nothing
            }${named.map(
              (group) =>
                html`<dt>${t(group.label)}</dt>
                  <dd>${this.joinedNames(group.states, groups.indexOf(group))}</dd>`,
            )}
          </dl>`
        : nothing;
    };

    /** The bulleted achievements (those in the statement's list) or the numbered commitments. */
    const list = (which?: 'achievements' | 'commitments') => {
      const lis = (which ? (statement[which] ?? []) : [])
        .filter((item) => (item as { inList?: boolean }).inList !== false)
        .map((entry) => item(entry.text));
      return !lis.length
        ? nothing
        : which === 'achievements'
          ? html`<ul part="achievements">
              ${lis}
            </ul>`
          : html`<ol part="commitments" data-digits=${this.locale.numberingSystem}>
              ${lis}
            </ol>`;
    };

    // Every section with its heading, paragraphs and list (the summary already shows the
    // opening paragraph), then any list no section placed, then the call to action:
    // nothing of the statement left out. The signatories the summary left out come first.
    const body = () =>
      html`${full ? nothing : signatories('others')}${sections.map(
        (section, s) =>
          html`${renderHeading(sub, t(section.heading), `section-${s}`, 'section-heading')}${section.paragraphs.map((p, i) => (full || s || i ? paragraph(p) : nothing))}${list(section.list)}`,
      )}${(['achievements', 'commitments'] as const).filter((which) => !sections.some((section) => section.list === which)).map(list)}${
        call
          ? html`<div part="call-to-action">
              ${renderHeading(sub, t(call.heading), 'call-heading', 'section-heading')}${[call.text, ...(call.closing ?? [])].map((p) => paragraph(p))}
            </div>`
          : nothing
      }`;

    // Summary: opening, count and Champions, then the link, or the disclosure button and
    // the region it opens (filled once opened and its text is there). Full: all of it.
    return html`<article
      part="base"
      class="card"
      lang=${this.locale.language}
      dir=${this.locale.dir}
      aria-labelledby=${title ? 'heading' : nothing}
    >
      <header part="header">
        ${statement.kind || statement.meeting ? html`<p>${span(statement.kind, 'kind')} ${span(statement.meeting, 'meeting')}</p>` : nothing}${renderHeading(level, title)}
      </header>
      ${full ? nothing : paragraph(sections[0]?.paragraphs[0], 'opening')}${signatories(full ? 'all' : 'summary')}${
        href
          ? html`<p><a part="link" class="button" href=${href} rel=${isExternal(href) ? 'noopener' : nothing}>${label}</a></p>`
          : html`${
                full
                  ? nothing
                  : html`<p>
                      <button
                        part="toggle"
                        class="button"
                        type="button"
                        aria-expanded=${open}
                        aria-controls="full"
                        @click=${toggle}
                        @pointerenter=${prefetch}
                        @focus=${prefetch}
                      >
                        ${open ? msg('Hide the full statement', { desc: 'Statement card: the same button once the full text is open.' }) : label}
                      </button>
                    </p>`
              }
              <div id="full" part="full" class="full" ?hidden=${!open}>${open && text ? body() : nothing}</div>`
      }${texts.note()}
    </article>`;
  }
}
