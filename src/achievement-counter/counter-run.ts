import { addAnimation, removeAnimation, type Animation } from '../shared/dom/animation-clock.js';

/** Where a run is: not started (or reset), moving, or showing its value. */
export type RunState = 'idle' | 'running' | 'done';

/** The reader asked for less motion: figures show their value at once. */
export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Ease-out (cubic): fast at first, settling on the value. */
const easeOut = (t: number) => 1 - (1 - t) ** 3;

/**
 * What moves a run without the clock (the `roll` motion, counter-roll.ts): animations
 * that run off the main thread and end by themselves, towards the figure it is laid out for.
 */
export interface Roller {
  /** Moves from `from` to the final figure in `duration` ms, along the same ease-out; calls `arrived` at the end. */
  roll(from: number, duration: number, arrived: () => void): void;
  /** Stops moving (the figure on show is set again right after). */
  stop(): void;
}

/**
 * A counter's run from one figure to another: its state, the figure on show, and when
 * to print it. It knows nothing of the DOM: `print` writes the figure on show, `ended`
 * is told the value reached, once per run. It counts on the page's shared animation
 * clock, printing every frame (the `count` motion), unless it has a `roller`: then
 * it prints only at the start and the end, and the figure on show in between is
 * worked out from the time (for a live update that turns the run around).
 */
export class CounterRun {
  state: RunState = 'idle';
  /** Moves the figure instead of the clock, when set (the `roll` motion). */
  roller?: Roller;
  #shown = 0;
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

  /** The figure on show now. */
  get shown(): number {
    if (this.roller && this.state === 'running' && this.#startedAt !== undefined)
      return this.#at(Math.min(1, (performance.now() - this.#startedAt) / this.#duration));
    return this.#shown;
  }

  set shown(value: number) {
    this.#shown = value;
  }

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
    if (this.roller) {
      this.roller.stop();
      this.#startedAt = performance.now();
      this.roller.roll(from, duration, () => this.finish());
      return;
    }
    this.show(from);
    addAnimation(this.#animation);
  }

  /** Moves with `roller` from now on (none: on the clock); a run moving the other way ends first. */
  useRoller(roller: Roller | undefined): void {
    if (roller === this.roller) return;
    if (this.state === 'running') this.finish();
    this.roller = roller;
  }

  /**
   * Takes an update's figure: a new value while running or shown (`live`, a feed) counts on
   * from the figure on show; otherwise what shows is `from` until the start, else the value.
   */
  aim(from: number, to: number, duration: number, live: boolean): void {
    if (live) this.retarget(to, duration);
    else if (this.state !== 'running') this.shown = this.state === 'idle' ? from : to;
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

  /** Takes the animation off the clock, or stops the roller (the figure on show stays). */
  stop(): void {
    if (this.state === 'running') this.#shown = this.shown;
    removeAnimation(this.#animation);
    this.roller?.stop();
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
    this.show(this.#at(t));
    return true;
  }

  /** The figure at `t` (0 to 1) of the run's time. */
  #at(t: number): number {
    return this.#from + (this.#to - this.#from) * easeOut(t);
  }
}
