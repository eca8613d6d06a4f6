import { dirOf } from '../shared/i18n/page-language.js';

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
  /** The final figure as shown ("55 million"), for the accessible text. */
  final: string;
  /** The widest text the figure's box must hold, laid out invisibly underneath the moving digits. */
  widest: string;
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

  constructor() {
    this.#spoken.append(this.#spokenPrefix, this.#spokenFigure, this.#spokenLabel);
    this.#digits.append(this.#moving);
    this.#value.append(this.#sizer, this.#digits);
    this.base.append(this.#spoken, this.#figure);
  }

  /** The widest text the figure's box must hold: set before the frames of a run are written. */
  set widest(widest: string) {
    this.#widest = widest;
    this.#padded = RTL_LETTERS.test(widest);
  }

  /** Lays out an update's texts, touching only what changed. */
  patch(texts: CounterTexts): void {
    const { prefix, suffix, label, final } = texts;
    this.widest = texts.widest;
    // "Over" and "tonnes" are words, spaced from the figure; "$" and "+" stick to it, and so
    // do Chinese words ("逾", "超过", "吨"): Chinese puts no space between a word and a figure.
    const before = ENDS_WITH_WORD.test(prefix) ? ' ' : '';
    const after = STARTS_WITH_WORD.test(suffix) ? ' ' : '';
    // The accessible text: prefix, figure and suffix, label, each in its own language. The label may
    // already say the figure (fallback text such as "Over 55 million mines destroyed" became the
    // label): then it is the accessible text on its own.
    const alone = label.includes(final);
    setText(this.#spokenPrefix, alone ? '' : prefix);
    setText(this.#spokenFigure, alone ? '' : `${before}${final}${after}${suffix}${label && ' '}`);
    setText(this.#spokenLabel, label);
    setText(this.#prefix, prefix);
    setText(this.#spaceBefore, before);
    setText(this.#sizer, texts.widest);
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
   * Writes a frame of the figure into the moving text node: the only DOM write of a
   * frame. A frame starts where the final starts (the text is start-aligned in its own
   * bidi paragraph), so the layout instability API sees no shift. Chromium tracks a
   * text's top-left corner, though: a right-to-left paragraph ("55 مليون") grows to the
   * left, so its shorter frames are padded (figure spaces) to the box's widest text.
   */
  write(frame: string): void {
    const text = this.#padded && frame !== this.#widest ? padding(this.#widest, frame) + frame : frame;
    if (this.#moving.data !== text) this.#moving.data = text;
  }
}
