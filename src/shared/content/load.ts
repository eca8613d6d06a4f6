/** Where a load stands: not asked, on its way, arrived, or given up. */
export type LoadStatus = 'idle' | 'loading' | 'done' | 'failed';

/**
 * One load of one source (a `src` URL, the inline JSON, the built-in statement in a
 * language), the way @lit/task's Task holds one (without its weight): a status, the
 * key asked for, the value of the last load that arrived (kept while the next one
 * runs, so the widget shows it meanwhile), the reason of the last failure, and a
 * promise that settles when the current load does. Starting another load, or
 * `reset()`, supersedes the one in flight: its outcome is dropped.
 */
export class Load<T> {
  status: LoadStatus = 'idle';
  /** What the current (or last) load is for. */
  key?: string;
  value?: T;
  /** The key the value was loaded for. */
  valueKey?: string;
  error?: unknown;
  /** Settles when the current load has arrived or failed (at once when none runs). */
  settled: Promise<void> = Promise.resolve();
  #run?: object;

  /**
   * Loads `key` with `work`, which may ask whether it is still the current load
   * (before starting a request); `then` runs once it has settled, unless superseded.
   */
  start(key: string, work: (current: () => boolean) => Promise<T>, then: () => void): void {
    const run = (this.#run = {});
    const current = () => this.#run === run;
    this.key = key;
    this.status = 'loading';
    this.error = undefined;
    this.settled = Promise.resolve()
      .then(() => work(current))
      .then(
        (value) => {
          if (!current()) return;
          this.status = 'done';
          this.value = value;
          this.valueKey = key;
          then();
        },
        (error: unknown) => {
          if (!current()) return;
          this.status = 'failed';
          this.error = error;
          then();
        },
      );
  }

  /** Takes a value already at hand (a cached statement): done at once, no waiting. */
  set(key: string, value: T): void {
    this.#run = undefined;
    this.key = this.valueKey = key;
    this.value = value;
    this.status = 'done';
    this.error = undefined;
    this.settled = Promise.resolve();
  }

  /** Back to idle: the value is dropped, and a load in flight is superseded. */
  reset(): void {
    this.#run = undefined;
    this.status = 'idle';
    this.key = this.value = this.valueKey = this.error = undefined;
    this.settled = Promise.resolve();
  }
}
