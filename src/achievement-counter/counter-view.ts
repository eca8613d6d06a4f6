import type { Figure } from '../shared/i18n/format.js';
import { dirOf } from '../shared/i18n/page-language.js';
import type { CounterRoll } from './counter-roll.js';
import { fold } from './counter-settings.js';

/** A text's language when it is not the page's; anything falsy when it is. */
export type Lang = string | false | null | undefined;

/** What the counter shows, as the view lays it out (one patch() per update). */
export interface CounterTexts {
  /** The page's language and direction, for the whole counter. */
  lang: string;
  dir: 'ltr' | 'rtl';
  prefix: string;
  prefixLang: Lang;
  suffix: string;
  label: string;
  labelLang: Lang;
}

/** The roll motion's chunk, once loaded (the first counter that rolls loads it). */
let rollChunk: typeof import('./counter-roll.js') | undefined;
let rollLoading: Promise<unknown> | undefined;
/** Whether the chunk has been asked for and is on its way; if it fails to come, rolling counters count. */
let rollComing = false;

/** Whether the roll's chunk is on its way. */
export const rollOnItsWay = (): boolean => rollComing;

/** Settles when the roll's chunk, once asked for, has come or failed (at once when it has not been asked for). */
export const rollArrived = (): Promise<unknown> => Promise.resolve(rollLoading);

/** A roll for a counter, or undefined: while its chunk is on its way (`arrived` is called when it has come), or if it failed. */
export function newRoll(arrived: () => void): CounterRoll | undefined {
  if (rollChunk) return new rollChunk.CounterRoll();
  if (!rollLoading) {
    rollComing = true;
    rollLoading = import('./counter-roll.js')
      .then(
        (chunk) => void (rollChunk = chunk),
        (error: unknown) =>
          console.warn(
            '[mine-ban-widgets] <mbc-achievement-counter> motion: the roll motion did not load; counting instead.',
            error,
          ),
      )
      .finally(() => (rollComing = false));
  }
  if (rollComing) void rollLoading.then(arrived);
  return undefined;
}

/** Texts ending (or starting) with a word, which a space separates from the figure: a letter or digit that is not Han. */
const ENDS_WITH_WORD = /(?!\p{sc=Han})[\p{L}\p{N}]$/u;
const STARTS_WITH_WORD = /^(?!\p{sc=Han})[\p{L}\p{N}]/u;

/** Right-to-left letters (Arabic, Hebrew…): the figure's text is then a right-to-left paragraph. */
const RTL_LETTERS = /(?=\p{L})[\p{sc=Arabic}\p{sc=Hebrew}]/u;

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

/** A `<span>` of the counter's shadow tree; `part` is also its class unless `className` is given. */
function span(part: string, className = part, hidden?: boolean): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (part) el.setAttribute('part', part);
  if (hidden) el.setAttribute('aria-hidden', 'true');
  return el;
}

/** Sets a node's text only when it differs, so that nothing a reader hears is touched needlessly. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * The counter's shadow tree, built once: the accessible text (prefix, figure and
 * suffix, label: each can be marked with its language), then the figure (hidden
 * from assistive tech) with prefix, value (sizer underneath, moving digits on top)
 * and suffix, then the visible label (hidden too: the accessible text already says
 * it). patch() lays out an update's texts; write() is the one DOM write of a frame.
 */
export class CounterView {
  readonly base = span('base', 'counter');
  readonly #spoken = span('', 'sr-only');
  readonly #spokenPrefix = span('');
  readonly #spokenFigure = new Text();
  readonly #spokenLabel = span('');
  readonly #figure = span('', 'figure', true);
  readonly #prefix = span('prefix');
  readonly #spaceBefore = new Text();
  readonly #value = span('value');
  readonly #sizer = span('', 'sizer');
  readonly #digits = span('', 'digits');
  readonly #moving = new Text();
  readonly #spaceAfter = new Text();
  readonly #suffix = span('suffix');
  readonly #label = span('label', 'label', true);
  #widest = '';
  /** Whether frames are padded to the widest text's width (see write()). */
  #padded = false;
  #shape?: Figure;
  #final = 0;
  /** The roll motion's row of digit columns, shown instead of the counting text; none when counting. */
  #roll?: CounterRoll;
  /** The shadow tree's top: the fallback `<slot>` or the counter's base. */
  #top?: HTMLElement;
  #slot?: HTMLSlotElement;

  constructor() {
    this.#spoken.append(this.#spokenPrefix, this.#spokenFigure, this.#spokenLabel);
    this.#digits.append(this.#moving);
    this.#value.append(this.#sizer, this.#digits);
    this.base.append(this.#spoken, this.#figure);
  }

  /** Puts the counter's spans in the shadow `root` (`counter`), or the fallback `<slot>`, touching only what changed. */
  mount(root: Node, counter: boolean): void {
    const top = counter ? this.base : (this.#slot ??= document.createElement('slot'));
    if (top === this.#top) return;
    if (this.#top) this.#top.replaceWith(top);
    else root.appendChild(top);
    this.#top = top;
  }

  /** Whether the counter's spans are shown (not the fallback). */
  get mounted(): boolean {
    return this.#top === this.base;
  }

  /**
   * Sets the figure (`value` in `locale`), and how it moves: counting, its box as wide as
   * its widest text, which is the final or one of the values `through` (the first frame;
   * on a live update the figure on show); or rolling (`roll`), its row laid out as the final.
   */
  setFigure(figure: Figure, value: number, through: number[], locale: string, roll?: CounterRoll): void {
    this.#shape = figure;
    this.#final = value;
    this.#roll = roll;
    roll?.layout(figure, locale);
    const texts = [figure.final, ...(roll ? [] : through.map((v) => figure.frame(v)))];
    this.#widest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    this.#padded = RTL_LETTERS.test(this.#widest);
    setText(this.#sizer, this.#widest);
    const shows = roll?.row ?? this.#moving;
    if (this.#digits.firstChild !== shows) this.#digits.replaceChildren(shows);
  }

  /** Lays out an update's texts, touching only what changed. */
  patch(texts: CounterTexts): void {
    const { prefix, suffix, label } = texts;
    const final = this.#shape ? fold(this.#shape.final) : '';
    // "Over" and "tonnes" are words, spaced from the figure; "$" and "+" stick to it, and so
    // do Chinese words ("逾", "超过", "吨"): Chinese puts no space between a word and a figure.
    const before = ENDS_WITH_WORD.test(prefix) ? ' ' : '';
    const after = STARTS_WITH_WORD.test(suffix) ? ' ' : '';
    // The accessible text: prefix, figure and suffix, label, each in its own language. A label given
    // by attribute may already say the figure ("Over 55 million mines destroyed"): then it is the
    // accessible text on its own. (The counter's own text is split around the figure: counter-settings.ts.)
    const alone = label.includes(final);
    setText(this.#spokenPrefix, alone ? '' : prefix);
    setText(this.#spokenFigure, alone ? '' : `${before}${final}${after}${suffix}${label && ' '}`);
    setText(this.#spokenLabel, label);
    setText(this.#prefix, prefix);
    setText(this.#spaceBefore, before);
    setText(this.#spaceAfter, after);
    setText(this.#suffix, suffix);
    setText(this.#label, label);
    this.base.lang = texts.lang;
    this.base.dir = texts.dir;
    mark(texts.prefixLang, this.#spokenPrefix, this.#prefix);
    mark(texts.labelLang, this.#spokenLabel, this.#label);

    const kids = [
      ...(prefix ? [this.#prefix, this.#spaceBefore] : []),
      this.#value,
      ...(suffix ? [this.#spaceAfter, this.#suffix] : []),
    ];
    const now = this.#figure.childNodes;
    if (kids.length !== now.length || kids.some((kid, i) => kid !== now[i])) this.#figure.replaceChildren(...kids);
    if (!label) this.#label.remove();
    else if (!this.#label.parentNode) this.#figure.after(this.#label);
  }

  /**
   * Shows the figure at `value`. Rolling, the row stands still there. Counting, this is the
   * only DOM write of a frame: the frame's text into the moving text node. A frame starts
   * where the final starts (the text is start-aligned in its own bidi paragraph), so the
   * layout instability API sees no shift. Chromium tracks a text's top-left corner, though:
   * a right-to-left paragraph ("55 مليون") grows to the left, so its shorter frames are
   * padded (figure spaces) to the box's widest text.
   */
  write(value: number): void {
    const figure = this.#shape;
    if (this.#roll) this.#roll.show(value);
    if (this.#roll || !figure) return;
    const frame = value === this.#final ? figure.final : figure.frame(value);
    const text = this.#padded && frame !== this.#widest ? padding(this.#widest, frame) + frame : frame;
    if (this.#moving.data !== text) this.#moving.data = text;
  }
}
