import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { oneOf } from '../shared/dom/attributes.js';
import { figure, type FigureFormat } from '../shared/i18n/format.js';
import type { Theme } from '../shared/dom/mbc-element.js';
import { PageLanguageController, pageLanguage, type PageLanguage } from '../shared/i18n/page-language.js';
import { VERSION } from '../shared/version.js';
import { achievementCounterStyles } from './achievement-counter.styles.js';
import { CounterContent } from './counter-content.js';
import type { CounterRoll } from './counter-roll.js';
import { CounterRun, reducedMotion } from './counter-run.js';
import { resolveCounter, type CounterMotion, type CounterSettings } from './counter-settings.js';
import { announceEnd, CounterStarter, type CounterEndDetail, type CounterStart } from './counter-start.js';
import { CounterView, newRoll, rollArrived, rollOnItsWay } from './counter-view.js';

export type { CounterEndDetail, CounterMotion, CounterStart };
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * One animated figure with its label: "Over **55 million** stockpiled
 * anti-personnel mines destroyed". The box has its final size from the first
 * frame (no layout shift), assistive technology reads the final figure and its
 * label once, and every counter on the page shares one animation loop (or, rolling,
 * needs none: see `motion`).
 *
 * Text inside the tag is the fallback shown before the script loads (and when
 * `value` is not a number); with no `label` attribute (nor one in the data), "Over 55
 * million stockpiled mines destroyed" shows "Over", the figure, then "stockpiled mines
 * destroyed" (not the figure and then the whole sentence).
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
   * small (counter-content.ts loads the rest only for a counter that needs data, and
   * counter-roll.ts only for one that rolls). Not even a LitElement: its shadow tree is
   * a handful of spans built once (counter-view.ts), so the page needs Lit's
   * ReactiveElement and not lit-html's template engine.
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
    motion: {},
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
   * How the figure moves: `count` (default: each frame writes the figure on its way) or
   * `roll` (each digit is a column of digits that rolls to its place, moved by the
   * compositor: no script, layout or paint per frame; separators, words and signs stay
   * still). `roll` loads a small extra file the first time a counter rolls.
   */
  motion?: CounterMotion | null;
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

  /** Updates the counter when the page language changes. */
  protected readonly pageLanguage = new PageLanguageController(this);
  /** The page language, read at each update that shows a figure (willUpdate). */
  #locale!: PageLanguage;
  /** The counter's data, loaded only when it needs some. */
  readonly #data = new CounterContent(this, achievementCounterStyles, () => this.needsBuiltInStatement());

  /** The attributes and data, resolved; undefined when there is no valid figure. */
  #res?: CounterSettings;
  /** The counter's spans (the figure's run prints through it). */
  readonly #view = new CounterView();
  /** The roll motion's digit columns, once a `roll` counter has its chunk; whether it is to start then. */
  #roll?: CounterRoll;
  #startWhenRolling = false;
  /** The figure's run (idle, running, done). */
  readonly #run = new CounterRun(
    () => this.#view.write(this.#run.shown),
    (value) => announceEnd(this, value),
  );
  /** When the run starts (its `start` mode, printing, leaving the page). */
  readonly #starter = new CounterStarter(this, this.#run, () => this.#res?.value);

  /** Starts counting from `from` to the value (again, if it already ran). */
  start(): void {
    const res = this.#res;
    if (!res || !this.isConnected) return;
    this.#starter.unwatch(true);
    // A counter that rolls starts once its chunk has come (see updated(); with reduced motion at once: it shows its value).
    this.#startWhenRolling = res.motion === 'roll' && !this.#roll && rollOnItsWay() && !reducedMotion();
    if (!this.#startWhenRolling) this.#run.start(res.from, res.value, res.duration);
  }

  /** Stops and shows `from` again, until `start()`. */
  reset(): void {
    this.#starter.unwatch(true);
    this.#run.reset(this.#res?.from ?? 0);
  }

  /** Resolves when pending data (and the roll motion's code) has arrived and the counter has rendered it. */
  get dataComplete(): Promise<boolean> {
    return this.#data.settled
      .then(() => this.updateComplete)
      .then(rollArrived)
      .then(() => this.updateComplete);
  }

  /** The shared content resolution, once the counter has needed data. */
  private get content() {
    return this.#data.controller;
  }

  /** With a `value`, the attributes say everything: the built-in statement is never fetched. */
  protected needsBuiltInStatement(): boolean {
    return this.value == null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#data.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, 'light');
    this.#data.load();
    if (!this.#data.hasContent) return;
    this.#locale = pageLanguage();
    const texts = this.#data.read(this.#locale);
    const before = this.#res;
    const res = (this.#res = resolveCounter(this, this.hostLang, this.content?.statement.achievements ?? [], texts));
    const run = this.#run;
    if (!res) {
      run.stop();
      run.state = 'idle';
      return;
    }
    // Rolling needs its chunk: until it has come (the counter shows its first figure), it is asked for.
    const roll = res.motion === 'roll' ? (this.#roll ??= newRoll(() => this.requestUpdate())) : undefined;
    run.useRoller(roll);
    const live = !!before && before.value !== res.value && run.state !== 'idle';
    // Made again at each update (attributes, data or language changed), never per frame: the formatters are cached.
    // The box holds the final figure, the first frame, and on a live update the figure on show.
    const fig = figure(this.#locale.tag, res.format, res.value, res.decimals);
    this.#view.setFigure(fig, res.value, [res.from, ...(live ? [run.shown] : [])], this.#locale.tag, roll);
    run.aim(res.from, res.value, res.duration, live);
  }

  /** Shows the fallback `<slot>` or the counter, touching only what changed. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const shows = this.#data.hasContent && !!this.#res;
    if (shows) this.#view.patch({ ...this.#res!, lang: this.#locale.language, dir: this.#locale.dir });
    // `:state(loading)`, and the note on texts from the data.
    this.#data.render(this.#view.base);
    this.#view.mount(this.renderRoot, shows);
  }

  protected override updated(): void {
    this.#data.rendered();
    if (!this.#view.mounted) return;
    if (this.#run.state !== 'running') this.#view.write(this.#run.shown);
    if (this.#startWhenRolling && !rollOnItsWay()) this.start();
    this.#starter.arm();
  }
}
