import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { oneOf } from '../shared/dom/attributes.js';
import { headingLevel, renderHeading } from '../shared/dom/heading.js';
import { MbcElement } from '../shared/dom/mbc-element.js';
import { themeStyles } from '../shared/dom/theme.styles.js';
import { ContentText, OriginalSwitch, translationNoteStyles } from '../shared/i18n/translation-note.js';
import '../achievement-counter/define.js';
import type { CounterMotion } from '../achievement-counter/achievement-counter.js';
import { achievementListStyles } from './achievement-list.styles.js';

export type AchievementLayout = 'grid' | 'list';
const LAYOUTS: readonly AchievementLayout[] = ['grid', 'list'];
const MOTIONS: readonly CounterMotion[] = ['count', 'roll'];

/**
 * The statement's achievements: figures as animated `mbc-achievement-counter`s,
 * the others ("Dozens of countries have become mine-free") as text, in a
 * responsive grid or a list. It is a semantic list: one item per achievement.
 *
 * @element mbc-achievement-list
 *
 * @slot - Fallback shown before the script loads; hidden once the element upgrades.
 *
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-counter-end - From each counter in the list, when its figure is reached.
 * @fires mbc-data-error - An attribute, the inline JSON or `src` was invalid and a fallback is shown. `detail`: `{ element, field, message, source }`.
 *
 * @cssstate loading - The content is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the widget while it lasts.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading.
 * @csspart list - The `ul`.
 * @csspart item - One achievement.
 * @csspart figure - The counter of an achievement with a figure (style inside it with `::part(value)` on `mbc-achievement-counter` from the page).
 * @csspart text - The text of an achievement without a figure.
 * @csspart translation-note - The line saying the texts are an unofficial translation or available in English only, linked to the original.
 *
 * @cssprop --mbc-achievement-min-width - Narrowest tile in the grid (default 14em).
 * @cssprop --mbc-achievement-gap - Space between tiles (default 0.75em).
 * @cssprop --mbc-color-surface - Tile background.
 * @cssprop --mbc-color-accent - Figures.
 * @cssprop --mbc-color-background - Card background.
 * @cssprop --mbc-color-border - Card border.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 */
export class MbcAchievementList extends MbcElement {
  static override readonly is = 'mbc-achievement-list';
  static override styles = [themeStyles, translationNoteStyles, achievementListStyles];
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    layout: {},
    motion: {},
  };

  /** Replaces the heading text; an empty value removes the heading. */
  declare heading?: string;

  /** Level of the heading, 1 to 6, so the widget fits the page's outline. */
  headingLevel: string | number = 2;

  /** `grid` (default: tiles that reflow to one column on a narrow screen) or `list` (one item under another). */
  layout: AchievementLayout = 'grid';

  /** How the counters' figures move: `count` (default) or `roll` (see `mbc-achievement-counter`'s `motion`). */
  motion: CounterMotion = 'count';

  /** Whether the list shows the original instead of the unofficial translation (the translation note's button). */
  private readonly original = new OriginalSwitch(this);

  protected override render() {
    if (!this.content.hasContent) return html`<slot></slot>`;
    const level = headingLevel(this, this.headingLevel);
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'grid');
    const motion = oneOf(this, 'motion', this.motion, MOTIONS, 'count');
    const achievements = (this.content.statement.achievements ?? []).filter((a) => a.inList !== false);
    const heading =
      this.heading ??
      msg('Achievements', { desc: 'Achievement list: its default heading, over what the Convention has achieved.' });
    // Through ContentText, like every element's data texts: marked with their language, and noted.
    const texts = new ContentText(this.locale, this.content.statement, this.original);
    return html`
      <div part="base" class="card" lang=${this.locale.language} dir=${this.locale.dir}>
        ${renderHeading(level, heading)}
        ${
          achievements.length
            ? html`<ul
                part="list"
                role="list"
                class="list ${layout === 'grid' ? 'grid' : 'layout-list'}"
                aria-labelledby=${heading ? 'heading' : nothing}
              >
                ${achievements.map((a) => {
                  if (!(typeof a.value === 'number' && Number.isFinite(a.value)))
                    return html`<li part="item" class="item"><p part="text" class="text">${texts.render(a.text)}</p></li>`;
                  // A label in another language (the data has no other, or the original shows): its counter says so with its \`lang\`.
                  const label = texts.marked(a.label || a.text);
                  return html`<li part="item" class="item">
                    <mbc-achievement-counter
                      part="figure"
                      class="figure"
                      theme=${this.theme}
                      motion=${motion === 'count' ? nothing : motion}
                      achievement=${a.id}
                      .value=${a.value}
                      format=${a.format ?? 'number'}
                      decimals=${a.decimals ?? nothing}
                      prefix=${texts.get(a.qualifier).value}
                      label=${label.value}
                      lang=${label.lang}
                    ></mbc-achievement-counter>
                  </li>`;
                })}
              </ul>`
            : html`<p part="empty" class="empty">
                ${msg('No achievements to show.', { desc: 'Achievement list: shown instead of the list when the data has no achievements.' })}
              </p>`
        }
        ${texts.note()}
      </div>
    `;
  }
}
