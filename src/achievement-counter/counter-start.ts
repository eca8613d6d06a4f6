import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { oneOf } from '../shared/dom/attributes.js';
import { emit } from '../shared/dom/events.js';
import { whenHalfVisible } from '../shared/dom/visibility.js';
import { reducedMotion, type CounterRun } from './counter-run.js';

export type CounterStart = 'visible' | 'load' | 'manual';
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

/** Fires `mbc-counter-end` on a counter that reached `value` (bubbling and composed). */
export function announceEnd(counter: HTMLElement & { achievement?: string | null }, value: number): void {
  emit<CounterEndDetail>(counter, 'mbc-counter-end', {
    element: 'mbc-achievement-counter',
    id: counter.id || null,
    achievement: counter.achievement ?? null,
    value,
  });
}

/** The counter, as its starter sees it. */
interface StartHost extends ReactiveElement {
  startOn: CounterStart;
  start(): void;
}

/**
 * When a counter's run starts, as its `start` attribute says: at once, when half of it
 * is in view (once), or not until `start()`. With reduced motion there is nothing to
 * watch: a counter waiting to be seen would show its first figure until then, so it
 * shows its value at once. Paper does not animate: when printing begins, a counter not
 * yet seen, not yet started or still moving ends its run (a printed page shows values,
 * not "0"). A counter that leaves the page mid-run stops; put back, it shows its value.
 */
export class CounterStarter implements ReactiveController {
  /** Whether the counter has started, or waits to be seen (so it is not armed again). */
  #armed?: boolean;
  #disarm?: () => void;
  readonly #print = () => {
    const value = this.value();
    if (value !== undefined && this.run.state !== 'done') {
      this.unwatch(true);
      this.run.finish(value);
    }
  };

  /** `value` is the counter's final value, undefined while it has none. */
  constructor(
    private readonly host: StartHost,
    private readonly run: CounterRun,
    private readonly value: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#print);
    // Re-added (moved) while waiting to be seen: arm again.
    if (this.host.hasUpdated && !this.#armed) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#print);
    // Not started yet: arm again if it comes back. Left mid-run: nothing keeps running; if it comes back it shows the value.
    this.unwatch(this.run.state !== 'idle');
    this.run.halt();
  }

  /** Starts as `start` says, once the counter shows its figure (called after each such update). */
  arm(): void {
    const host = this.host;
    if (this.#armed || !host.isConnected) return;
    const mode = oneOf(host, 'start', host.startOn, START_MODES, 'visible');
    if (mode === 'load' || (mode === 'visible' && reducedMotion())) host.start();
    else if (mode === 'visible') {
      this.#armed = true;
      this.#disarm = whenHalfVisible(host, () => host.start());
    }
  }

  /** Stops waiting to be seen; `armed` says whether to stay unarmed (false: arm again on the next update). */
  unwatch(armed: boolean): void {
    this.#armed = armed;
    this.#disarm?.();
    this.#disarm = undefined;
  }
}
