import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { oneOf } from '../shared/dom/attributes.js';
import { CountryNamesElement } from '../shared/i18n/countries.js';
import { headingLevel, renderHeading } from '../shared/dom/heading.js';
import { themeStyles } from '../shared/dom/theme.styles.js';
import { ContentText, OriginalSwitch, translationNoteStyles } from '../shared/i18n/translation-note.js';
import { signatoryListStyles } from './signatory-list.styles.js';

export type SignatoryGroupChoice = 'champions' | 'supporters' | 'all';
export type SignatoryDisplay = 'list' | 'inline' | 'count';
const GROUPS: readonly SignatoryGroupChoice[] = ['champions', 'supporters', 'all'];
const DISPLAYS: readonly SignatoryDisplay[] = ['list', 'inline', 'count'];

/**
 * The States that joined the statement, by group ("Champions of the
 * Secretary-General's Campaign: Algeria, Austria, …"), named in the page's
 * language (United Nations names where CLDR's differ) and sorted for it.
 *
 * @element mbc-signatory-list
 *
 * @slot - Fallback shown before the script loads; hidden once the element upgrades.
 *
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-data-error - An attribute, the inline JSON or `src` was invalid, or a State code is unknown (it shows as the code). `detail`: `{ element, field, message, source }`.
 *
 * @cssstate loading - The content is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the widget while it lasts.
 *
 * @csspart base - The card around everything.
 * @csspart group - One group of States (heading and names).
 * @csspart heading - A group's heading.
 * @csspart list - The `ul` of a group's States (`display="list"`).
 * @csspart item - One State.
 * @csspart inline - A group's States as one sentence (`display="inline"`).
 * @csspart count - The number of States (`display="count"`).
 * @csspart empty - The line shown when there are no States to show.
 * @csspart translation-note - The line saying a group's label is an unofficial translation or available in English only: a link to the original when the data gives its URL, else (for a translation) a button that shows the original in the widget, and back.
 *
 * @cssprop --mbc-color-text - Text colour.
 * @cssprop --mbc-color-muted - Secondary text colour.
 * @cssprop --mbc-color-background - Card background.
 * @cssprop --mbc-color-border - Card border.
 * @cssprop --mbc-color-accent - Bullets and the count.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 * @cssprop --mbc-heading-font-family - Heading font.
 * @cssprop --mbc-font-size - Base font size (inherits by default).
 * @cssprop --mbc-radius - Corner radius.
 * @cssprop --mbc-space - Padding.
 */
export class MbcSignatoryList extends CountryNamesElement {
  static override readonly is = 'mbc-signatory-list';
  static override styles = [themeStyles, translationNoteStyles, signatoryListStyles];
  static override properties = { group: {}, display: {}, headingLevel: { attribute: 'heading-level' } };

  /** Which States: `champions`, `supporters`, or `all` (each group under its own heading). */
  group: 'champions' | 'supporters' | 'all' = 'all';

  /** `list` (a bulleted list), `inline` ("Algeria, Austria and Thailand") or `count` ("18 States"). */
  display: 'list' | 'inline' | 'count' = 'list';

  /** Level of the group headings, 1 to 6, so the widget fits the page's outline. */
  headingLevel: string | number = 2;

  /** Whether the labels show the original instead of the unofficial translation (the translation note's button). */
  private readonly original = new OriginalSwitch(this);

  protected override render() {
    if (!this.content.hasContent || !this.namesReady) return html`<slot></slot>`;
    const group = oneOf(this, 'group', this.group, GROUPS, 'all');
    const display = oneOf(this, 'display', this.display, DISPLAYS, 'list');
    const level = headingLevel(this, this.headingLevel);
    const statement = this.content.statement;
    const texts = new ContentText(this.locale, statement, this.original);
    const groups = statement.signatories ?? [];
    const count = display === 'count';
    const shown = groups.filter((data) => (group === 'all' || data.id === group) && (count || data.states.length));
    /** "18 States" (`display="count"`). */
    const counted = (states: string[]) => html`<p part="count" class="count">${this.countStates(states)}</p>`;
    return html`<div part="base" class="card" lang=${this.locale.language} dir=${this.locale.dir}>
      ${
        count && group === 'all'
          ? counted(groups.flatMap((data) => data.states))
          : shown.length
            ? shown.map((data) => {
                const index = groups.indexOf(data);
                const id = `group-${index}`;
                const label = texts.render(data.label);
                return html`<div part="group" class="group">
                  ${renderHeading(level, label, id)}${
                    count
                      ? counted(data.states)
                      : display === 'inline'
                        ? html`<p part="inline">${this.joinedNames(data.states, index)}</p>`
                        : html`<ul part="list" aria-labelledby=${label ? id : nothing}>
                            ${this.stateNames(data.states, index).map((name) => html`<li part="item">${name}</li>`)}
                          </ul>`
                  }
                </div>`;
              })
            : html`<p part="empty" class="empty">
                ${msg('No States to show.', { desc: 'Signatory list: shown when the data has no States for the chosen group.' })}
              </p>`
      }${texts.note()}
    </div>`;
  }
}
