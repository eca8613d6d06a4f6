import { ReactiveElement, adoptStyles, type PropertyValues } from '@lit/reactive-element';
import { addAnimation, removeAnimation, type Animation } from '../shared/animation-clock.js';
import { oneOf, truncate } from '../shared/attributes.js';
import { setState } from '../shared/custom-state.js';
import { emit } from '../shared/events.js';
import { reportDataError, resetReports } from '../shared/diagnostics.js';
import { FIGURE_FORMATS, figure, type Figure, type FigureFormat } from '../shared/format.js';
import type { Theme } from '../shared/mbc-element.js';
import { PageLanguageController, dirOf, pageLanguage, type PageLanguage } from '../shared/page-language.js';
import type { Achievement, Text } from '../shared/statement.js';
import type { ContentText } from '../shared/translation-note.js';
import type { StatementController } from '../shared/statement-controller.js';
import { VERSION } from '../shared/version.js';
import { whenHalfVisible } from '../shared/visibility.js';
import { achievementCounterStyles } from './achievement-counter.styles.js';

export type CounterStart = 'visible' | 'load' | 'manual';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const START_MODES: readonly CounterStart[] = ['visible', 'load', 'manual'];
const DEFAULT_DURATION = 2000;
/** Where a run is: not started (or reset), moving, or showing its value. */
const IDLE = 0;
const RUNNING = 1;
const DONE = 2;

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

/** What the counter shows, once its attributes and data are resolved. */
interface Resolved {
  value: number;
  from: number;
  format: FigureFormat;
  decimals?: number;
  duration: number;
  prefix: string;
  suffix: string;
  label: string;
  /** The languages of prefix and label when they are not the page's (else none). */
  prefixLang: Lang;
  labelLang: Lang;
}

/** A text's language when it is not the page's; anything falsy when it is. */
type Lang = string | false | null | undefined;

/**
 * A decimal number as a CMS editor would type it (`55000000`, `-12.5`, `1e6`), or
 * undefined: `Number()` and `parseFloat()` agree only on plain decimals, so hex,
 * binary, grouping ("12,5") and trailing words ("5 million") are refused.
 */
function parseNumber(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n === parseFloat(value as string) ? n : undefined;
}

/** The numeric attributes and what a valid one is; a bad one is reported once and its default used. */
const NUMERIC: Record<'from' | 'decimals' | 'duration', (n: number) => boolean> = {
  from: () => true,
  decimals: (n) => Number.isInteger(n) && n >= 0 && n <= 20,
  duration: (n) => n >= 0,
};

/** A raw attribute value, quoted and cut short, for a report. */
const quote = (raw: unknown) => `"${truncate(String(raw))}"`;

/**
 * Invisible text as wide as what `frame` lacks to be as wide as `widest` (in tabular
 * digits): a figure space per missing digit, a punctuation space per missing sign or
 * separator, and the missing spaces themselves. Invisible format marks count for nothing.
 */
function padding(widest: string, frame: string): string {
  // Each character as the space as wide as it: digit → figure space, space → itself, other → punctuation space.
  const widths = (text: string) =>
    text.replace(/\p{Cf}/gu, '').replace(/(\p{Nd})|\S/gu, (_, digit) => (digit ? '\u2007' : '\u2008'));
  let rest = widths(frame);
  let pad = '';
  for (const char of widths(widest)) {
    const i = rest.indexOf(char);
    if (i < 0) pad += char;
    else rest = rest.slice(0, i) + rest.slice(i + 1);
  }
  return pad;
}

/** The reader asked for less motion: figures show their value at once. */
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Right-to-left letters (Arabic, Hebrew…): the figure's text is then a right-to-left paragraph. */
const RTL_LETTERS = /(?=\p{L})[\p{sc=Arabic}\p{sc=Hebrew}]/u;

/** Whitespace (no-break and narrow spaces included: `\s` has them) folded to single spaces, trimmed. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Marks elements with the language of their text (and its direction), or unmarks them: they are then in their parent's. */
function mark(lang: Lang, ...els: HTMLElement[]): void {
  for (const el of els) {
    if (lang) {
      el.lang = lang;
      el.dir = dirOf(lang);
    } else {
      el.removeAttribute('lang');
      el.removeAttribute('dir');
    }
  }
}

/** A `<span>` of the counter's shadow tree; `part` is also its class unless `cls` is given. */
function span(part: string, cls = part, hidden?: boolean): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = cls;
  if (part) el.setAttribute('part', part);
  if (hidden) el.setAttribute('aria-hidden', 'true');
  return el;
}

/**
 * The counter's spans, once: the accessible text (prefix, figure and suffix,
 * label: the texts can each be marked with their language), then the figure
 * (hidden from assistive tech) with prefix, value (sizer underneath, moving digits
 * on top) and suffix, then the visible label (hidden too: the accessible text
 * already says it). `moving` is the text node every frame writes.
 */
function build(moving: Node) {
  const base = span('base', 'counter');
  const spoken = span('', 'sr-only');
  const spokenPrefix = span('');
  const spokenFigure = new Text();
  const spokenLabel = span('');
  spoken.append(spokenPrefix, spokenFigure, spokenLabel);
  const figure = span('', 'figure', true);
  const value = span('value');
  const sizer = span('', 'sizer');
  const digits = span('', 'digits');
  digits.append(moving);
  value.append(sizer, digits);
  base.append(spoken, figure);
  // In the order update() reads them: base, then the texts it writes, then the boxes it fills.
  return [
    base,
    spokenPrefix,
    spokenFigure,
    spokenLabel,
    span('prefix'),
    new Text(),
    sizer,
    new Text(),
    span('suffix'),
    span('label', 'label', true),
    figure,
    value,
  ] as const;
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
   * Not an MbcElement, on purpose: a page with only a counter given its `value` must
   * stay small (budget: 9 KB gzip with Lit). It is not even a LitElement: its shadow tree
   * is a handful of spans built once by hand (update()), so the page needs Lit's
   * ReactiveElement and not lit-html's template engine. The content resolution of every element
   * (StatementController: `src`, inline JSON, the built-in statement) is loaded only
   * when the counter needs data (`achievement`, `src`, inline JSON, or no `value`),
   * together with translation-note.ts (ContentText, its styles, lit-html's render()
   * for its note, and through locale.ts the UI strings of the note): only texts from
   * the data can need the note. Otherwise the page language comes from
   * page-language.ts, which loads no translations. Static `properties` rather than
   * decorators keep the code small too.
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
  /** The shared content resolution, loaded only when the counter needs data. */
  private content?: StatementController;
  /** Set while (and once) the content resolution is loading. */
  #loading?: Promise<void>;
  /** translation-note.ts, loaded with the content resolution. */
  #notes?: typeof import('../shared/translation-note.js');
  /** The texts from the data of this update (ContentText: their language, and the note). */
  #texts?: ContentText;
  readonly #internals = this.attachInternals();
  #readyFired?: boolean;

  /** The attributes and data, resolved; undefined when there is no valid figure. */
  #res?: Resolved;
  #fig?: Figure;
  /** The widest text the box must hold (laid out invisibly underneath); set with the figure. */
  #widest!: string;
  /** Whether frames are padded to the widest text's width (see write()). */
  #padded?: boolean;
  /** The figure on show now. */
  #shown = 0;
  /** IDLE, RUNNING or DONE. */
  #phase = IDLE;
  // The run on show, set by run(): from where, and its start time (unset until its first frame).
  // It goes to the resolved value in the resolved duration.
  #runFrom!: number;
  #runStart?: number;
  /** Whether the counter has started, or waits to be seen (so it is not armed again). */
  #armed?: boolean;
  #disarm?: () => void;
  readonly #digits = document.createTextNode('');
  /** The shadow tree's top: the fallback `<slot>` or the counter's spans, built on first use. */
  #top?: HTMLElement;
  #slotEl?: HTMLSlotElement;
  #tree?: ReturnType<typeof build>;
  readonly #anim: Animation = { tick: (now) => this.#tick(now) };
  /** Paper does not animate: a page printed before its counters were seen shows their values, not "0". */
  readonly #print = () => {
    if (this.#res && this.#phase !== DONE) {
      this.#stop(true);
      this.#finish();
    }
  };

  /** Starts counting from `from` to the value (again, if it already ran). */
  start(): void {
    const res = this.#res;
    if (!res || !this.isConnected) return;
    this.#unwatch(true);
    this.#run(res.from);
  }

  /** Stops and shows `from` again, until `start()`. */
  reset(): void {
    this.#stop(true);
    this.#phase = IDLE;
    this.#show(this.#res?.from ?? 0);
  }

  /** Resolves when pending data has arrived and the counter has rendered it. */
  get dataComplete(): Promise<boolean> {
    return Promise.resolve(this.#loading)
      .then(() => this.content?.settled)
      .then(() => this.updateComplete);
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
    // Not started yet: arm again if it comes back.
    this.#stop(this.#phase !== IDLE);
    if (this.#phase === RUNNING) {
      // Left the page mid-run: nothing keeps running; if it comes back it shows the value.
      this.#phase = DONE;
      this.#show(this.#res!.value);
    }
  }

  /**
   * Loads the shared content resolution when the counter needs data: no value, an
   * achievement whose label is not given, a feed, or inline JSON. (The list gives its
   * counters value, label and all, so they load nothing.)
   */
  #loadContent(): void {
    if (
      this.#loading ||
      !this.isConnected ||
      !(this.value == null || (this.achievement && this.label == null) || this.src || this.querySelector(':scope > script'))
    )
      return;
    this.#loading = Promise.all([import('../shared/statement-controller.js'), import('../shared/translation-note.js')]).then(
      ([{ StatementController }, notes]) => {
        this.#notes = notes;
        adoptStyles(this.renderRoot as ShadowRoot, [achievementCounterStyles, notes.translationNoteStyles]);
        this.content = new StatementController(this, () => this.needsBuiltInStatement());
        this.requestUpdate();
      },
    );
  }

  /** False while data the counter needs is on its way: the fallback text shows then. */
  get #hasContent(): boolean {
    return this.content?.hasContent ?? !this.#loading;
  }

  /**
   * A text and its language when it is not the page's: `given` by attribute (in the
   * host's `lang`), else from the data, in the page's language where it has it.
   */
  #text(value: Text | undefined, given: string | null | undefined): [string, Lang] {
    if (given != null) return [fold(given), this.hostLang];
    const local = this.#texts?.get(value);
    return [fold(local?.value ?? ''), local?.fallback && local.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, 'light');
    this.#loadContent();
    if (!this.#hasContent) return;
    this.#locale = pageLanguage();
    this.#texts = this.#notes && new this.#notes.ContentText(this.#locale as never, this.content!.statement);
    const before = this.#res;
    const res = (this.#res = this.#resolve());
    if (!res) {
      removeAnimation(this.#anim);
      this.#phase = IDLE;
      return;
    }
    // Made again at each update (attributes, data or language changed), never per frame: the formatters are cached.
    const fig = (this.#fig = figure(this.#locale.tag, res.format, res.value, res.decimals));
    const texts = [fig.final, fig.frame(res.from)];
    if (before && before.value !== res.value && this.#phase !== IDLE) {
      // A live update: count on from the figure on show.
      texts.push(fig.frame(this.#shown));
      this.#run(this.#shown);
    } else if (this.#phase !== RUNNING) {
      this.#shown = this.#phase === IDLE ? res.from : res.value;
    }
    this.#widest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    this.#padded = RTL_LETTERS.test(this.#widest);
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
      const { prefix, suffix, label } = res;
      const final = fold(this.#fig.final);
      // "Over" and "tonnes" are words, spaced from the figure; "$" and "+" stick to it.
      const before = /[\p{L}\p{N}]$/u.test(prefix) ? ' ' : '';
      const after = /^[\p{L}\p{N}]/u.test(suffix) ? ' ' : '';
      // The accessible text: prefix, figure and suffix, label, each in its own language. The label may
      // already say the figure (fallback text such as "Over 55 million mines destroyed" became the
      // label): then it is the accessible text on its own.
      const alone = label.includes(final);
      const tree = (this.#tree ??= build(this.#digits));
      // Each text is written only when it differs, so that nothing a reader hears is touched needlessly.
      [
        alone ? '' : prefix,
        alone ? '' : `${before}${final}${after}${suffix}${label && ' '}`,
        label,
        prefix,
        before,
        this.#widest,
        after,
        suffix,
        label,
      ].forEach((text, i) => {
        if (tree[++i].textContent !== text) tree[i].textContent = text;
      });
      const [base, spokenPrefix, , spokenLabel, prefixBox, space1, , space2, suffixBox, labelBox, figureBox, value] = tree;
      top = base;
      base.lang = this.#locale.language;
      base.dir = this.#locale.dir;
      mark(res.prefixLang, spokenPrefix, prefixBox);
      mark(res.labelLang, spokenLabel, labelBox);
      const kids = [...(prefix ? [prefixBox, space1] : []), value, ...(suffix ? [space2, suffixBox] : [])];
      const now = figureBox.childNodes;
      if (kids.length !== now.length || kids.some((kid, i) => kid !== now[i])) figureBox.replaceChildren(...kids);
      if (!label) labelBox.remove();
      else if (!labelBox.parentNode) figureBox.after(labelBox);
      // The note, when texts from the data are shown in another language or an unofficial translation:
      // lit-html renders it at the end of the base (the label goes in before it, after the figure).
      this.#notes?.render(this.#texts!.note(), base);
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
    if (!this.#tree || this.#top !== this.#tree[0]) return;
    if (this.#phase !== RUNNING) this.#write();
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

  /** Stops the animation and any wait to be seen (see unwatch()). */
  #stop(armed: boolean): void {
    removeAnimation(this.#anim);
    this.#unwatch(armed);
  }

  /** Counts from `from` to the resolved value, or shows the value at once (no duration, reduced motion). */
  #run(from: number): void {
    const ms = this.#res!.duration;
    if (ms <= 0 || reducedMotion()) {
      removeAnimation(this.#anim);
      this.#finish();
      return;
    }
    this.#runFrom = from;
    this.#runStart = undefined;
    this.#phase = RUNNING;
    this.#show(from);
    addAnimation(this.#anim);
  }

  #tick(now: number): boolean {
    const t = (now - (this.#runStart ??= now)) / this.#res!.duration;
    if (t >= 1) {
      this.#finish();
      return false;
    }
    this.#show(this.#runFrom + (this.#res!.value - this.#runFrom) * (1 - (1 - t) ** 3)); // ease-out (cubic)
    return true;
  }

  #finish(): void {
    const value = this.#res!.value;
    this.#phase = DONE;
    this.#show(value);
    emit<CounterEndDetail>(this, 'mbc-counter-end', {
      element: 'mbc-achievement-counter',
      id: this.id || null,
      achievement: this.achievement ?? null,
      value,
    });
  }

  /** Sets the figure on show, and writes it. */
  #show(value: number): void {
    this.#shown = value;
    this.#write();
  }

  /**
   * Writes the figure on show into the text node: the only DOM write of a frame.
   * A frame starts where the final starts (the text is start-aligned in its own bidi
   * paragraph), so the layout instability API sees no shift. Chromium tracks a text's
   * top-left corner, though: a right-to-left paragraph ("55 مليون") grows to the left,
   * so its shorter frames are padded (figure spaces) to the box's widest text.
   */
  #write(): void {
    const fig = this.#fig;
    if (!fig || !this.#res) return;
    let text = this.#shown === this.#res.value ? fig.final : fig.frame(this.#shown);
    if (this.#padded && text !== this.#widest) text = padding(this.#widest, text) + text;
    if (this.#digits.data !== text) this.#digits.data = text;
  }

  /** Attributes over data; undefined (with one report) when there is no valid figure. */
  #resolve(): Resolved | undefined {
    const achievements = this.content?.statement.achievements ?? [];
    const id = this.achievement?.trim();
    const raw = this.value;
    // No value and no id: the statement's first listed figure.
    const data: Achievement | undefined = id
      ? achievements.find((a) => a.id === id)
      : raw == null
        ? achievements.find((a) => typeof a.value === 'number' && a.inList !== false)
        : undefined;
    const value = raw != null ? parseNumber(raw) : data?.value;
    if (value === undefined) {
      this.#report(
        raw == null && id ? 'achievement' : 'value',
        raw != null ? `${quote(raw)} is not a finite number` : id ? `no figure ${quote(id)} in the data` : 'no value',
        'the fallback text',
      );
      return undefined;
    }
    resetReports(this, 'attribute');
    const [prefix, prefixLang] = this.#text(data?.qualifier, this.prefixText);
    const [label, labelLang] = this.#text(data?.label, this.label ?? (this.#fallbackText() || null));
    return {
      value,
      format: oneOf(this, 'format', this.format, FIGURE_FORMATS, data?.format ?? 'number'),
      from: this.#num('from', 0)!,
      decimals: this.#num('decimals', data?.decimals),
      duration: this.#num('duration', DEFAULT_DURATION)!,
      prefix,
      suffix: fold(this.suffixText ?? ''),
      label,
      prefixLang,
      labelLang,
    };
  }

  /** A numeric attribute (see NUMERIC); a bad one is reported once and `fallback` is used. */
  #num(field: keyof typeof NUMERIC, fallback: number | undefined): number | undefined {
    const raw = this[field];
    if (raw == null) return fallback;
    const n = parseNumber(raw);
    if (n !== undefined && NUMERIC[field](n)) return n;
    this.#report(field, `${quote(raw)} is not valid here`);
    return fallback;
  }

  /** Reports an invalid attribute or missing figure as an `mbc-data-error` (once per message): what is wrong, and what shows instead. */
  #report(field: string, what: string, instead = 'the default'): void {
    reportDataError(this, { field, source: 'attribute', message: `${what}; showing ${instead}.` });
  }

  /** The text inside the tag (not inline JSON, not comments), whitespace folded. */
  #fallbackText(): string {
    let text = '';
    for (const node of this.childNodes) if (node.nodeType !== 8 && node.nodeName !== 'SCRIPT') text += ` ${node.textContent}`;
    return fold(text);
  }
}
