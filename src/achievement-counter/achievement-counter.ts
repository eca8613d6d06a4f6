import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { oneOf } from '../shared/dom/attributes.js';
import { setState } from '../shared/dom/custom-state.js';
import { emit } from '../shared/dom/events.js';
import { figure, type Figure, type FigureFormat } from '../shared/i18n/format.js';
import type { Theme } from '../shared/dom/mbc-element.js';
import { PageLanguageController, pageLanguage, type PageLanguage } from '../shared/i18n/page-language.js';
import type { ContentText } from '../shared/i18n/translation-note.js';
import { VERSION } from '../shared/version.js';
import { whenHalfVisible } from '../shared/dom/visibility.js';
import { achievementCounterStyles } from './achievement-counter.styles.js';
import { CounterContent } from './counter-content.js';
import { CounterRun, reducedMotion } from './counter-run.js';
import { resolveCounter, fold, type CounterSettings } from './counter-settings.js';
import { CounterView } from './counter-view.js';

export type CounterStart = 'visible' | 'load' | 'manual';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const START_MODES: readonly CounterStart[] = ['visible', 'load', 'manual'];

/** What `mbc-counter-end` carries. */
export interface CounterEndDetail {
  element: 'mbc-achievement-counter';
  /** The element's `id`, or null. */
  id: string | null;
  /** The `achievement` id, or null. */
  achievement: string | null;
  /** The final value reached. */
  value: number;
}

/**
 * One animated figure with its label: "Over **55 million** stockpiled
 * anti-personnel mines destroyed". The box has its final size from the first
 * frame (no layout shift), assistive technology reads the final figure and its
 * label once, and every counter on the page shares one animation loop.
 *
 * Text inside the tag is the fallback shown before the script loads (and when
 * `value` is not a number); with no `label` attribute it becomes the label.
 *
 * Printed (or saved as a PDF), a page shows each counter's value: one not yet seen,
 * not yet started or still counting ends its run when printing begins.
 *
 * Texts from the data (qualifier and label) show in the page language where the
 * data has it; one in another language (English on an Arabic page) is marked with
 * its `lang` and `dir`, and a short localised line says "Unofficial translation" or
 * "Available in English only", linked to the original, as in the other elements.
 * For texts given by attribute, the counter's own `lang` attribute says their
 * language (see `lang` below).
 *
 * @element mbc-achievement-counter
 *
 * @slot - Fallback text before the script loads or when `value` is not a number; the label when there is no `label` attribute.
 *
 * @fires mbc-counter-end - The figure reached its value (once per run). `detail`: `{ element, id, achievement, value }`.
 * @fires mbc-ready - Content is rendered from its settled source. `detail`: `{ element, source }`.
 * @fires mbc-data-error - An attribute or the data was invalid and a fallback is shown. `detail`: `{ element, field, message, source }`.
 *
 * @csspart base - The whole counter.
 * @csspart prefix - The text before the figure.
 * @csspart value - The moving figure.
 * @csspart suffix - The text after the figure.
 * @csspart label - What the figure counts.
 * @csspart translation-note - The line saying the texts from the data are an unofficial translation or available in English only, linked to the original (only with texts from the data).
 *
 * @cssstate loading - The data is on its way and the light-DOM fallback shows; a page keeps the space it reserved for the counter while it lasts.
 *
 * @cssprop --mbc-color-accent - The figure's colour.
 * @cssprop --mbc-color-text - Label colour.
 * @cssprop --mbc-color-background - Background.
 * @cssprop --mbc-font-family - Font (inherits the page's by default).
 * @cssprop --mbc-counter-font-family - The figure's font.
 * @cssprop --mbc-counter-font-size - The figure's size (default 2.5em).
 */
export class MbcAchievementCounter extends ReactiveElement {
  /*
   * Not an MbcElement, on purpose: a page with only a counter given its `value` stays
   * small (counter-content.ts loads the rest only for a counter that needs data). Not
   * even a LitElement: its shadow tree is a handful of spans built once (counter-view.ts),
   * so the page needs Lit's ReactiveElement and not lit-html's template engine.
   */
  static readonly is = 'mbc-achievement-counter';
  static readonly version: string = VERSION;
  static override styles = achievementCounterStyles;
  static override properties = {
    value: {},
    from: {},
    format: {},
    decimals: {},
    prefixText: { attribute: 'prefix' },
    suffixText: { attribute: 'suffix' },
    label: {},
    duration: {},
    startOn: { attribute: 'start' },
    achievement: {},
    hostLang: { attribute: 'lang' },
    theme: { reflect: true },
    src: {},
    srcTimeout: { attribute: false },
  };

  /**
   * The figure to count to (a decimal number: `55000000`, `-12.5`, `1e6`). Overrides the data.
   * Setting it while shown animates from the current figure (live feeds).
   */
  value?: string | number | null;
  /** The figure to count from (default 0). */
  from?: string | number | null;
  /**
   * `number` (the default without an achievement), `compact` ("55 million" in the page language)
   * or `percent` (75 → "75%"). Default: the achievement's format.
   */
  format?: FigureFormat | null;
  /** Fraction digits (0-20). By default as many as the figure has, up to 2. */
  decimals?: string | number | null;
  /**
   * Text before the figure ("Over", "$"). Default: the achievement's qualifier.
   * (The property is `prefixText`: `Element.prefix` is the DOM's.)
   */
  prefixText?: string | null;
  /** Text after the figure ("+", "tonnes"). (The property is `suffixText`.) */
  suffixText?: string | null;
  /** What the figure counts. Default: the text inside the tag, else the achievement's label. */
  label?: string | null;
  /** Length of the animation in milliseconds (default 2000; 0 shows the value at once). */
  duration?: string | number | null;
  /**
   * When the animation starts: `visible` (default: when half of it scrolls into view, once;
   * with reduced motion, the value shows at once), `load`, or `manual` (call `start()`).
   * (The property is `startOn`.)
   */
  startOn: CounterStart = 'visible';
  /** Id of an achievement in the data (e.g. `stockpiles-destroyed`), giving value, format, qualifier and label. */
  achievement?: string | null;
  /**
   * The language of the `prefix` and `label` attributes (and of the text inside the tag) when it is
   * not the page's: they are marked with it, on screen and in the accessible text.
   * `mbc-achievement-list` sets it on a counter whose label the data has only in another language.
   */
  protected hostLang?: string | null;
  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: Theme = 'light';
  /** URL of a statement JSON document whose achievements `achievement` picks from. */
  src: string | null = null;
  /** How long to wait for `src` before falling back, in milliseconds (default 8000). */
  srcTimeout?: number;

  /** The page language, read at each update that shows a figure (willUpdate). */
  #locale!: PageLanguage;
  /** The counter's data, loaded only when it needs some. */
  readonly #data = new CounterContent(this, achievementCounterStyles, () => this.needsBuiltInStatement());
  /** The texts from the data of this update (ContentText: their language, and the note). */
  #texts?: ContentText;
  readonly #internals = this.attachInternals();
  #readyFired?: boolean;

  /** The attributes and data, resolved; undefined when there is no valid figure. */
  #res?: CounterSettings;
  #fig?: Figure;
  /** The widest text the figure's box must hold (laid out invisibly underneath); set with the figure. */
  #widest = '';
  /** The figure's run (idle, running, done), printing each frame through the view. */
  readonly #run = new CounterRun(
    () => this.#write(),
    (value) =>
      emit<CounterEndDetail>(this, 'mbc-counter-end', {
        element: 'mbc-achievement-counter',
        id: this.id || null,
        achievement: this.achievement ?? null,
        value,
      }),
  );
  /** The counter's spans, built on first use. */
  #view?: CounterView;
  /** Whether the counter has started, or waits to be seen (so it is not armed again). */
  #armed?: boolean;
  #disarm?: () => void;
  /** The shadow tree's top: the fallback `<slot>` or the counter's spans. */
  #top?: HTMLElement;
  #slotEl?: HTMLSlotElement;
  /** Paper does not animate: a page printed before its counters were seen shows their values, not "0". */
  readonly #print = () => {
    if (this.#res && this.#run.state !== 'done') {
      this.#unwatch(true);
      this.#run.finish(this.#res.value);
    }
  };

  /** Starts counting from `from` to the value (again, if it already ran). */
  start(): void {
    const res = this.#res;
    if (!res || !this.isConnected) return;
    this.#unwatch(true);
    this.#run.start(res.from, res.value, res.duration);
  }

  /** Stops and shows `from` again, until `start()`. */
  reset(): void {
    this.#unwatch(true);
    this.#run.reset(this.#res?.from ?? 0);
  }

  /** Resolves when pending data has arrived and the counter has rendered it. */
  get dataComplete(): Promise<boolean> {
    return this.#data.settled.then(() => this.updateComplete);
  }

  /** The shared content resolution, once the counter has needed data. */
  private get content() {
    return this.#data.controller;
  }

  /** With a `value`, the attributes say everything: the built-in statement is never fetched. */
  protected needsBuiltInStatement(): boolean {
    return this.value == null;
  }

  constructor() {
    super();
    new PageLanguageController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#print);
    this.#loadContent();
    // Re-added (moved) while waiting to be seen: arm again.
    if (this.hasUpdated && !this.#armed) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#print);
    // Not started yet: arm again if it comes back. Left mid-run: nothing keeps running; if it comes back it shows the value.
    this.#unwatch(this.#run.state !== 'idle');
    this.#run.halt();
  }

  /** Loads the data when the counter needs some: no value, an achievement whose label is not given, a feed, or inline JSON. */
  #loadContent(): void {
    this.#data.load(
      this.value == null || (!!this.achievement && this.label == null) || !!this.src || !!this.querySelector(':scope > script'),
    );
  }

  get #hasContent(): boolean {
    return this.#data.hasContent;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, 'light');
    this.#loadContent();
    if (!this.#hasContent) return;
    this.#locale = pageLanguage();
    this.#texts = this.#data.texts(this.#locale);
    const before = this.#res;
    const res = (this.#res = resolveCounter(this, this.hostLang, this.content?.statement.achievements ?? [], this.#texts));
    const run = this.#run;
    if (!res) {
      run.stop();
      run.state = 'idle';
      return;
    }
    // Made again at each update (attributes, data or language changed), never per frame: the formatters are cached.
    const fig = (this.#fig = figure(this.#locale.tag, res.format, res.value, res.decimals));
    const live = before && before.value !== res.value && run.state !== 'idle';
    // The widest text the box must hold: the final figure, the first frame, and on a live update the figure on show.
    const texts = [fig.final, fig.frame(res.from), ...(live ? [fig.frame(run.shown)] : [])];
    this.#widest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    if (this.#view) this.#view.widest = this.#widest;
    if (live)
      run.retarget(res.value, res.duration); // a live update: count on from the figure on show
    else if (run.state !== 'running') run.shown = run.state === 'idle' ? res.from : res.value;
  }

  /** Shows the fallback `<slot>` or the counter, touching only what changed. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const res = this.#res;
    let top: HTMLElement;
    // `:state(loading)` while the fallback shows because the data is on its way, as in MbcElement.
    setState(this.#internals, 'loading', !this.#hasContent);
    if (!this.#hasContent || !res || !this.#fig) top = this.#slotEl ??= document.createElement('slot');
    else {
      const view = (this.#view ??= new CounterView());
      top = view.base;
      view.patch({
        ...res,
        lang: this.#locale.language,
        dir: this.#locale.dir,
        final: fold(this.#fig.final),
        widest: this.#widest,
      });
      // The note, when texts from the data are shown in another language or an unofficial translation:
      // lit-html renders it at the end of the base (the label goes in before it, after the figure).
      this.#data.notes?.render(this.#texts!.note(), view.base);
    }
    if (top !== this.#top) {
      if (this.#top) this.#top.replaceWith(top);
      else this.renderRoot.append(top);
      this.#top = top;
    }
  }

  protected override updated(): void {
    if (!this.content && !this.#readyFired && this.#hasContent) {
      // The content controller fires mbc-ready; without one (a value given by attribute), we do.
      this.#readyFired = true;
      emit(this, 'mbc-ready', { element: this.localName, source: 'attribute' });
    }
    if (!this.#view || this.#top !== this.#view.base) return;
    if (this.#run.state !== 'running') this.#write();
    if (!this.#armed && this.isConnected) {
      // Start as `start` says: now, when half visible, or not until start(). With reduced
      // motion there is nothing to watch: a counter waiting to be seen would show "0" until then.
      const mode = oneOf(this, 'start', this.startOn, START_MODES, 'visible');
      if (mode === 'load' || (mode === 'visible' && reducedMotion())) this.start();
      else if (mode === 'visible') {
        this.#armed = true;
        this.#disarm = whenHalfVisible(this, () => this.start());
      }
    }
  }

  /** Stops waiting to be seen; `armed` says whether to stay unarmed (false: arm again on the next update). */
  #unwatch(armed: boolean): void {
    this.#armed = armed;
    this.#disarm?.();
    this.#disarm = undefined;
  }

  /** Writes the figure on show (the final text when it has its value). */
  #write(): void {
    const fig = this.#fig;
    if (!fig || !this.#res || !this.#view) return;
    const shown = this.#run.shown;
    this.#view.write(shown === this.#res.value ? fig.final : fig.frame(shown));
  }
}
