import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { headingLevel, renderHeading } from '../shared/dom/heading.js';
import { MbcElement } from '../shared/dom/mbc-element.js';
import { themeStyles } from '../shared/dom/theme.styles.js';
import { ContentText, OriginalSwitch, translationNoteStyles } from '../shared/i18n/translation-note.js';
import { checkedUrl, isExternal } from '../shared/dom/url.js';
import { quoteStyles } from './quote.styles.js';

/** How long "Copied" or "Copy failed" stays on show, in milliseconds. */
const STATUS_MS = 6000;

/**
 * A pull quote from the statement ("The human cost of anti-personnel landmines
 * remains unacceptable.") with its source, and a button to pass it on.
 *
 * The button uses the Web Share API where the browser has it ("Share quote") and
 * otherwise copies the quote, its source and the link to the clipboard ("Copy
 * quote"). What is shared is the quote in quotation marks, " — " and the
 * citation, then the link: `href`, else the data's `url`, else the page's own
 * address. Cancelling the share sheet does nothing; any other failure of the
 * share copies instead; a copy shows and announces "Copied", or "Copy failed"
 * (permission refused) and selects the quote so the reader can copy it by hand.
 * Without either API (a page not served over HTTPS) there is no button.
 *
 * @element mbc-quote
 *
 * @slot - Fallback shown before the script loads (e.g. a `blockquote` a CMS editor put inside the tag); hidden once the element upgrades.
 *
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-data-error - An attribute (`href`, `heading-level`, `theme`), the data's `url`, the inline JSON or `src` was invalid and a fallback is shown. `detail`: `{ element, field, message, source }`.
 *
 * @cssstate loading - The content is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the widget while it lasts.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading, when `heading` is set.
 * @csspart figure - The `figure` holding the quote and its caption.
 * @csspart quote - The `blockquote`.
 * @csspart cite - The caption (`figcaption`) naming the source.
 * @csspart source - The link to the source, when there is one.
 * @csspart share - The share or copy button.
 * @csspart icon - The icon in the button (the share arrow is mirrored right-to-left).
 * @csspart translation-note - The line saying the quote is an unofficial translation or available in English only: a link to the original when the data gives its URL, else (for a translation) a button that shows the original in the widget, and back.
 * @csspart status - The line that says "Copied" or "Copy failed" (empty until the button is used).
 *
 * @cssprop --mbc-color-text - Text colour.
 * @cssprop --mbc-color-muted - Caption.
 * @cssprop --mbc-color-background - Card background.
 * @cssprop --mbc-color-surface - Button background on hover.
 * @cssprop --mbc-color-border - Card border.
 * @cssprop --mbc-color-accent - Quote rule, button border and links.
 * @cssprop --mbc-color-focus - Focus ring.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 * @cssprop --mbc-heading-font-family - Font of the quote and the heading.
 * @cssprop --mbc-font-size - Base font size (inherits by default).
 * @cssprop --mbc-line-height - Line height.
 * @cssprop --mbc-radius - Corner radius of the card and the button.
 * @cssprop --mbc-space - Padding.
 */
export class MbcQuote extends MbcElement {
  static override readonly is = 'mbc-quote';
  static override styles = [themeStyles, translationNoteStyles, quoteStyles];
  // `static properties` rather than decorators: each decorator costs a helper call in the bundle.
  static override properties = {
    quoteText: { attribute: 'text' },
    cite: {},
    href: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    status: { attribute: false },
  };

  /** The quote (default: the data's pull quote; an empty value keeps the default). Rendered as plain text. */
  declare quoteText?: string;

  /**
   * Who or what is quoted (default: the data's, else the statement's kind and
   * meeting: "Joint Statement, Twenty-Second Meeting of States Parties …"). Set it
   * whenever `text` is not from the statement; an empty value removes the caption.
   */
  declare cite?: string;

  /** Link to the source (default: the data's `url`): an `http:`, `https:`, `mailto:` or relative URL. Anything else shows no link. */
  declare href?: string;

  /** An optional heading above the quote (none by default). */
  declare heading?: string;

  /** Level of the heading, 1 to 6, when there is one. */
  headingLevel: string | number = 2;

  /** "Copied" or "Copy failed" once the button was used, else empty. */
  /** What the button did: the status line is worded at render time, in the page's language then. */
  private status: '' | 'copied' | 'failed' = '';
  private busy?: boolean;
  private timer?: ReturnType<typeof setTimeout>;
  /** What the button passes on with the link: the quote in quotation marks and its citation. */
  private payload?: string;

  /** Whether the quote shows the original instead of the unofficial translation (the translation note's button). */
  private readonly original = new OriginalSwitch(this);

  /** The `text` attribute, unless it is blank. */
  private get ownText(): string | undefined {
    const text = this.quoteText;
    return text?.trim() ? text : undefined;
  }

  protected override needsBuiltInStatement(): boolean {
    return this.ownText == null || this.cite == null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.status = '';
  }

  protected override render() {
    if (!this.content.hasContent) return html`<slot></slot>`;
    const data = this.content.statement;
    const texts = new ContentText(this.locale, data, this.original);
    const own = this.ownText;
    // The data's quote, in its element with its `lang` and `dir` when not in the page's language.
    const quoteText = texts.marked(own ? undefined : data.quote?.text);
    const quote = own ?? quoteText.value;
    let cite = this.cite;
    /** The language of the citation made of the data's kind and meeting, when it is not the page's. */
    let citeLanguage: { lang: string | typeof nothing; dir: string | typeof nothing } = { lang: nothing, dir: nothing };
    // The data's own citation, marked with its language when that is not the widget's
    // (through `texts`, so a citation that fell back to English counts for the note too).
    const dataCite = cite == null && texts.render(data.quote?.cite);
    if (dataCite) cite = texts.get(data.quote!.cite).value;
    else if (cite == null) {
      const kind = texts.marked(data.kind);
      const meeting = texts.marked(data.meeting);
      cite =
        kind.value && meeting.value
          ? msg(str`${kind.value}, ${meeting.value}`, { desc: 'Citation: kind of text, meeting.' })
          : kind.value || meeting.value;
      // Both in another language than the page's (English on an Arabic page): the citation carries it.
      const marked = [kind, meeting].filter((text) => text.value);
      if (marked.length && marked.every((text) => text.lang !== nothing && text.lang === marked[0].lang))
        citeLanguage = marked[0];
    }
    const href =
      this.href != null ? checkedUrl(this, this.href, 'href', 'attribute') : checkedUrl(this, data.url, '$.url', 'data');
    const quoted = msg(str`“${quote}”`, { desc: 'The quote in quotation marks, as shared or copied.' });
    this.payload = cite ? `${quoted} — ${cite}` : quoted;
    const share = !!navigator.share;
    const citation = html`<cite lang=${citeLanguage.lang} dir=${citeLanguage.dir}
      ><bdi>${dataCite || cite || msg('Source', { desc: 'Link to the source of a quote without a citation.' })}</bdi></cite
    >`;
    return html`<div part="base" class="card" lang=${this.locale.language} dir=${this.locale.dir}>
      ${renderHeading(headingLevel(this, this.headingLevel), this.heading && html`<bdi>${this.heading}</bdi>`)}
      <figure part="figure">
        <blockquote part="quote" cite=${href ?? nothing}>
          ${own ? html`<p><bdi>${own}</bdi></p>` : html`<p lang=${quoteText.lang} dir=${quoteText.dir}>${quoteText.value}</p>`}
        </blockquote>
        ${
          cite || href
            ? html`<figcaption part="cite">
                ${href ? html`<a part="source" href=${href} rel=${isExternal(href) ? 'noopener' : nothing}>${citation}</a>` : citation}
              </figcaption>`
            : nothing
        }
      </figure>
      ${texts.note()}${
        share || navigator.clipboard
          ? html`<div class="actions">
              <button part="share" type="button" @click=${this.pass}>
                <svg part="icon" class=${share ? 'mirror' : nothing} viewBox="0 0 24 24" aria-hidden="true">
                  <path d=${share ? 'M14 5l6 6-6 6m6-6h-8a8 8 0 00-8 8' : 'M9 9h10v11H9zM5 15V4h10'} /></svg
                >${
                  share
                    ? msg('Share quote', { desc: "Button: share the quote with the system's share sheet." })
                    : msg('Copy quote', { desc: 'Button: copy the quote, its source and a link.' })
                }</button
              ><span part="status" role="status"
                >${
                  this.status === 'copied'
                    ? msg('Copied', { desc: 'Status: the quote was copied.' })
                    : this.status && msg('Copy failed', { desc: 'Status: the browser refused to copy.' })
                }</span
              >
            </div>`
          : nothing
      }
    </div>`;
  }

  /** Shares the quote, or copies it; says what happened in the status line. One at a time: clicks meanwhile do nothing. */
  private async pass(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.status = '';
    const nav = navigator;
    const quote = this.renderRoot.querySelector('blockquote')!;
    // The blockquote's `cite` is the source link, made absolute.
    const data = { text: this.payload, url: quote.cite || document.URL };
    let status: '' | 'copied' | 'failed' = '';
    // No Web Share, or not for this data: copy.
    let copy = !nav.share || nav.canShare?.(data) === false;
    if (!copy) {
      try {
        await nav.share(data);
      } catch (error) {
        // The reader closed the share sheet: not a failure, nothing to say.
        // Anything else (refused permission, no share target): copy instead.
        copy = (error as Error | null)?.name !== 'AbortError';
      }
    }
    if (copy) {
      try {
        await nav.clipboard.writeText(`${data.text}\n${data.url}`);
        status = 'copied';
      } catch {
        // Refused permission or no clipboard: say so, and select the quote so it can be copied by hand.
        getSelection()?.selectAllChildren(quote);
        status = 'failed';
      }
    }
    // Empty first (above), fill after the render, so the same message is announced again.
    await this.updateComplete;
    this.busy = false;
    this.status = status;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.status = ''), STATUS_MS);
  }
}
