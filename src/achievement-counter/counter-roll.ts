import { numberFormat, type Figure } from '../shared/i18n/format.js';
import type { Roller } from './counter-run.js';

/*
 * The `roll` motion, a chunk of its own: only a page with a rolling counter loads it.
 *
 * Each digit position of the final figure is a column: a ribbon of the locale's digits,
 * one per line, moved by a transform animation (Web Animations), so that while it moves
 * no script, layout or paint runs on the main thread. The group and decimal separators,
 * the words ("million", "万"), the sign and the percent sign are text that stays still.
 * The row lays out exactly like the final figure, so the box has its size from the first
 * frame, and where the row is at rest (no transform) it shows the final figure.
 *
 * A ribbon runs from the digit the run starts from to the final digit (bottom-anchored in
 * its column, so its last line is the final digit); a column turns at most once more than
 * the digits between them (a units column of a figure in the millions does not spin a
 * million times). The ribbons, and their animations paused at their start, are made when
 * the counter shows the figure it will start from (at set-up, when it is laid out), so
 * starting a run writes nothing: it only plays the animations. Nothing reads layout, and
 * nothing is written in a `style` attribute.
 */

/** The run's ease-out (cubic), as the count motion has it (counter-run.ts). */
const EASE_OUT = 'cubic-bezier(0.33, 1, 0.68, 1)';
/** The parts of a formatted number that are its digits and separators (a right-to-left page keeps their order). */
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);
const DIGIT_PARTS = new Set(['integer', 'fraction']);

/** The ten digits of a locale's numbering system (`ar-u-nu-arab`: ٠ to ٩), 0 first. */
function localeDigits(locale: string): string[] {
  const format = numberFormat(locale, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit));
}

function span(className: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  return el;
}

/** One digit position: its ribbon of digits. */
interface Column {
  ribbon: HTMLSpanElement;
}

export class CounterRoll implements Roller {
  /** The row of static text and digit columns, shown instead of the counting text. */
  readonly row = span('roll');
  #columns: Column[] = [];
  #digits: string[] = [];
  #final = '';
  #locale = '';
  /** The final as a whole number of its last digit's unit (55.3 million → 553). */
  #end = 0;
  /** What one such unit is worth (0.1 million = 100,000); undefined for a shape not recognised. */
  #unit?: number;
  /** The units the ribbons are written to start from (NaN: not written). */
  #start = Number.NaN;
  #animations: Animation[] = [];
  #timer?: ReturnType<typeof setTimeout>;

  /** Lays out a figure's parts in `locale` (its Intl tag), once per final text: static text, and a column per digit. */
  layout(figure: Figure, locale: string): void {
    if (figure.final === this.#final && locale === this.#locale) return;
    this.stop();
    for (const animation of this.#animations) animation.cancel();
    this.#animations = [];
    this.#final = figure.final;
    this.#locale = locale;
    this.#digits = localeDigits(locale);
    this.#columns = [];
    this.#start = Number.NaN;
    const nodes: Node[] = [];
    let number: HTMLSpanElement | undefined;
    let digits = '';
    let fraction = 0;
    for (const { type, value } of figure.parts) {
      if (!NUMBER_PARTS.has(type)) {
        number = undefined;
        nodes.push(new Text(value));
        continue;
      }
      if (!number) nodes.push((number = span('number')));
      if (!DIGIT_PARTS.has(type)) {
        number.append(value);
        continue;
      }
      for (const char of value) {
        const column = span('column');
        const ribbon = span('ribbon');
        column.append(char, ribbon);
        number.append(column);
        this.#columns.push({ ribbon });
        digits += Math.max(0, this.#digits.indexOf(char));
        if (type === 'fraction') fraction++;
      }
    }
    this.#end = Number(digits || 0);
    this.#unit = figure.scale === undefined ? undefined : figure.scale / 10 ** fraction;
    this.row.replaceChildren(...nodes);
  }

  /** A value in units of the final's last digit, rounded as it would show. */
  #units(value: number): number {
    return this.#unit === undefined ? 0 : Math.round(Math.abs(value) / this.#unit);
  }

  /**
   * Writes the ribbons for a run from `from` to the final, and their animations, paused at
   * their start (showing `from`), unless they already are. The column `k` places from the
   * right moves from `from`'s digit there to the final's, through the digits between, and
   * at most one more turn.
   */
  #write(from: number): void {
    const start = this.#units(from);
    if (start === this.#start) return;
    this.#start = start;
    for (const animation of this.#animations) animation.cancel();
    this.#animations = [];
    const last = this.#columns.length - 1;
    this.#columns.forEach(({ ribbon }, i) => {
      const place = 10 ** (last - i);
      const a = Math.floor(start / place);
      const b = Math.floor(this.#end / place);
      const passed = Math.abs(b - a);
      const steps = passed < 10 ? passed : 10 + (passed % 10);
      const way = b >= a ? 1 : -1;
      const lines = Array.from({ length: steps + 1 }, (_, step) => this.#digits[(((a + way * step) % 10) + 10) % 10]);
      ribbon.textContent = lines.join('\n');
      if (!steps) return;
      // Moved down so that its first line shows, then up to rest (its last line, the final digit).
      const down = `translateY(${(100 * steps) / (steps + 1)}%)`;
      const animation = ribbon.animate([{ transform: down }, { transform: 'none' }], { duration: 1, easing: EASE_OUT });
      animation.pause();
      this.#animations.push(animation);
    });
  }

  /** Shows `value` standing still: the row at rest for the final, else each ribbon at its start. */
  show(value: number): void {
    this.stop();
    const final = this.#units(value) === this.#end;
    // At rest, ribbons written for any run show the final; a new layout has none written yet.
    if (!final || Number.isNaN(this.#start)) this.#write(value);
    for (const animation of this.#animations) {
      if (final) animation.cancel();
      else animation.currentTime = 0;
    }
  }

  /** Rolls from `from` to the final in `duration` ms; `arrived` is called once, when the row is at rest. */
  roll(from: number, duration: number, arrived: () => void): void {
    this.stop();
    this.#write(from);
    const end = () => {
      this.#timer = undefined;
      arrived();
    };
    for (const animation of this.#animations) {
      animation.effect!.updateTiming({ duration });
      animation.currentTime = 0;
      animation.play();
    }
    // Every column has the same timing: the last one's end is the run's. With nothing to move, a timer.
    const last = this.#animations.at(-1);
    if (last) last.onfinish = end;
    else this.#timer = setTimeout(end, duration);
  }

  /** Stops where it is (the figure on show is set again right after, with show()). */
  stop(): void {
    for (const animation of this.#animations) {
      animation.onfinish = null;
      if (animation.playState === 'running') animation.pause();
    }
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
