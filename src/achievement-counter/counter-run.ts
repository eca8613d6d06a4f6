import { addAnimation, removeAnimation, type Animation } from '../shared/dom/animation-clock.js';

/** Where a run is: not started (or reset), moving, or showing its value. */
export type RunState = 'idle' | 'running' | 'done';

/** The reader asked for less motion: figures show their value at once. */
export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Ease-out (cubic): fast at first, settling on the value. */
const easeOut = (t: number) => 1 - (1 - t) ** 3;

/**
 * A counter's run from one figure to another on the page's shared animation clock:
 * its state, the figure on show, and when to print it. It knows nothing of the DOM:
 * `print` writes the figure on show (the view's one write per frame), `ended` is told
 * the value reached, once per run.
 */
export class CounterRun {
  state: RunState = 'idle';
  /** The figure on show now. */
  shown = 0;
  #from = 0;
  #to = 0;
  #duration = 0;
  /** The run's start time, unset until its first frame. */
  #startedAt?: number;
  readonly #animation: Animation = { tick: (now) => this.#tick(now) };

  constructor(
    private readonly print: () => void,
    private readonly ended: (value: number) => void,
  ) {}

  /** Counts from `from` to `to` in `duration` ms; shows `to` at once without a duration or with reduced motion. */
  start(from: number, to: number, duration: number): void {
    this.#to = to;
    if (duration <= 0 || reducedMotion()) {
      this.finish(to);
      return;
    }
    this.#from = from;
    this.#duration = duration;
    this.#startedAt = undefined;
    this.state = 'running';
    this.show(from);
    addAnimation(this.#animation);
  }

  /** A new value while running or shown (a live feed): counts on from the figure on show. */
  retarget(to: number, duration: number): void {
    this.start(this.shown, to, duration);
  }

  /** Shows `to` now, ending the run (`mbc-counter-end`). */
  finish(to: number = this.#to): void {
    this.stop();
    this.#to = to;
    this.state = 'done';
    this.show(to);
    this.ended(to);
  }

  /** Stops and shows `from` again, until the next start. */
  reset(from: number): void {
    this.stop();
    this.state = 'idle';
    this.show(from);
  }

  /** Stops moving; a run cut short (its counter left the page) shows its value, without an end event. */
  halt(): void {
    this.stop();
    if (this.state !== 'running') return;
    this.state = 'done';
    this.show(this.#to);
  }

  /** Takes the animation off the clock (the figure on show stays). */
  stop(): void {
    removeAnimation(this.#animation);
  }

  /** Sets the figure on show and prints it. */
  show(value: number): void {
    this.shown = value;
    this.print();
  }

  #tick(now: number): boolean {
    const t = (now - (this.#startedAt ??= now)) / this.#duration;
    if (t >= 1) {
      this.finish();
      return false;
    }
    this.show(this.#from + (this.#to - this.#from) * easeOut(t));
    return true;
  }
}
