import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { emit } from '../shared/dom/events.js';
import { headingLevel, renderHeading } from '../shared/dom/heading.js';
import { MbcElement } from '../shared/dom/mbc-element.js';
import { themeStyles } from '../shared/dom/theme.styles.js';
import { ContentText, OriginalSwitch, translationNoteStyles, type MarkedText } from '../shared/i18n/translation-note.js';
import { checkedUrl, isExternal } from '../shared/dom/url.js';
import { callToActionStyles } from './call-to-action.styles.js';

/** What `mbc-cta-click` carries, for a site's analytics. */
export interface CtaClickDetail {
  /** Always `mbc-call-to-action`. */
  element: string;
  /** The element's `id` attribute (`''` when it has none), to tell several calls on a page apart. */
  id: string;
  /** The absolute URL the link goes to. */
  href: string;
  /** The link's visible text. */
  label: string;
}

/**
 * The statement's closing call to action ("We call upon all States Parties,
 * United Nations entities, …") with an optional link button, for the end of an
 * article or a sidebar.
 *
 * The link is shown only when `href` (or the data's `callToAction.href`) is an
 * `http:`, `https:`, `mailto:` or relative URL; anything else shows no link, warns
 * and fires `mbc-data-error`. A link to another site gets `rel="noopener"` (not
 * `noreferrer`: the campaign may see which site sent a reader; browsers send only
 * the origin by default, and a site that wants to send nothing sets its own
 * `Referrer-Policy`). The link opens in the same tab.
 *
 * @element mbc-call-to-action
 *
 * @slot - Fallback shown before the script loads (e.g. the call's text and a plain link a CMS editor put inside the tag); hidden once the element upgrades.
 *
 * @fires mbc-cta-click - The link was activated (a click of the main button, Enter, or a middle click; never a right click), fired before the browser navigates. Cancelable: `preventDefault()` stops the navigation (e.g. to route it in a single-page app). `detail`: `{ element, id, href, label }`.
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-data-error - An attribute (`href`, `heading-level`, `theme`), the data's `callToAction.href`, the inline JSON or `src` was invalid and a fallback is shown. `detail`: `{ element, field, message, source }`.
 *
 * @cssstate loading - The content is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the widget while it lasts.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading.
 * @csspart text - The call itself.
 * @csspart closing - Each closing paragraph after the call (only with the data's text).
 * @csspart link - The link button.
 * @csspart icon - The arrow in the link button (mirrored right-to-left).
 * @csspart translation-note - The line saying the text is an unofficial translation or available in English only: a link to the original when the data gives its URL, else (for a translation) a button that shows the original in the widget, and back.
 *
 * @cssprop --mbc-color-text - Text colour.
 * @cssprop --mbc-color-muted - Closing paragraphs.
 * @cssprop --mbc-color-background - Card background.
 * @cssprop --mbc-color-border - Card border.
 * @cssprop --mbc-color-accent - Link button background.
 * @cssprop --mbc-color-on-accent - Link button text.
 * @cssprop --mbc-color-focus - Focus ring.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 * @cssprop --mbc-heading-font-family - Heading font.
 * @cssprop --mbc-font-size - Base font size (inherits by default).
 * @cssprop --mbc-line-height - Line height.
 * @cssprop --mbc-radius - Corner radius of the card and the button.
 * @cssprop --mbc-space - Padding.
 */
export class MbcCallToAction extends MbcElement {
  static override readonly is = 'mbc-call-to-action';
  static override styles = [themeStyles, translationNoteStyles, callToActionStyles];
  // `static properties` rather than decorators: each decorator costs a helper call in the bundle.
  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    callText: { attribute: 'text' },
    href: {},
    label: {},
  };

  /** Replaces the heading text (default: the data's, else "Join the call"); an empty value removes the heading. */
  declare heading?: string;

  /** Level of the heading, 1 to 6, so the widget fits the page's outline. */
  headingLevel: string | number = 2;

  /**
   * Replaces the call's text (default: the statement's call and its closing
   * paragraphs); an empty value shows no text. Rendered as plain text.
   */
  declare callText?: string;

  /** Where the link button goes: an `http:`, `https:`, `mailto:` or relative URL. Without one (and none in the data) there is no button. */
  declare href?: string;

  /** The link button's text (default: the data's, else "Take action"). */
  declare label?: string;

  /** Whether the call shows the original instead of the unofficial translation (the translation note's button). */
  private readonly original = new OriginalSwitch(this);

  protected override needsBuiltInStatement(): boolean {
    return this.callText == null;
  }

  protected override render() {
    if (!this.content.hasContent) return html`<slot></slot>`;
    const statement = this.content.statement;
    const call = statement.callToAction;
    const texts = new ContentText(this.locale, statement, this.original);
    // Text from attributes is in a language we do not know: <bdi> keeps its punctuation in place in a right-to-left widget.
    const heading =
      this.heading != null
        ? this.heading && html`<bdi>${this.heading}</bdi>`
        : texts.render(call?.heading) || msg('Join the call', { desc: 'Default heading of the call to action.' });
    const label =
      (String(this.label ?? '').trim() && html`<bdi>${this.label}</bdi>`) ||
      texts.render(call?.label) ||
      msg('Take action', { desc: 'Default text of the call to action button.' });
    const href =
      this.href != null
        ? checkedUrl(this, this.href, 'href', 'attribute')
        : checkedUrl(this, call?.href, '$.callToAction.href', 'data');
    /** A paragraph of the data's, carrying its `lang` and `dir` when it is not in the page's language. */
    const paragraph = (part: string, text: MarkedText) =>
      text.value ? html`<p part=${part} class=${part} lang=${text.lang} dir=${text.dir}>${text.value}</p>` : nothing;
    return html`
      <div part="base" class="card" lang=${this.locale.language} dir=${this.locale.dir}>
        ${renderHeading(headingLevel(this, this.headingLevel), heading)}
        ${
          this.callText != null
            ? this.callText && html`<p part="text" class="text"><bdi>${this.callText}</bdi></p>`
            : [
                paragraph('text', texts.marked(call?.text)),
                call?.closing?.map((text) => paragraph('closing', texts.marked(text))),
              ]
        }
        ${
          href
            ? html`<a
                part="link"
                class="link"
                href=${href}
                rel=${isExternal(href) ? 'noopener' : nothing}
                @mousedown=${this.pressed}
                @click=${this.activated}
                @auxclick=${this.activated}
                >${label}<svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12h15m-6-6 6 6-6 6" /></svg
              ></a>`
            : nothing
        }
        ${texts.note()}
      </div>
    `;
  }

  /** The mouse button last pressed on the link (its mousedown), for the click that follows. */
  #pressed?: number;

  private pressed(event: MouseEvent): void {
    this.#pressed = event.button;
  }

  /**
   * The clicks that follow the link, the same in every engine: the main button (a
   * `click`, or Enter, which clicks with no button pressed) and the middle button (a new
   * tab: an `auxclick`); never a right click. The button pressed decides, not the one the
   * click event names: engines disagree there (WebKit's WebDriver sends a right or middle
   * press as a `click` of button 0).
   */
  private activated(event: MouseEvent): void {
    const button = event.detail > 0 ? (this.#pressed ?? event.button) : event.button;
    this.#pressed = undefined;
    const follows = button === 1 || (button === 0 && event.type === 'click');
    if (!follows) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const detail = { element: this.localName, id: this.id, href: link.href, label: link.textContent!.trim() };
    if (!emit<CtaClickDetail>(this, 'mbc-cta-click', detail, true)) event.preventDefault();
  }
}
