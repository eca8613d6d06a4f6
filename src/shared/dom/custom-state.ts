/**
 * Turns a custom state (`:state(name)` in the page's CSS) on or off. Chromium
 * before 125 accepts only `--name` and throws: there the page's rule simply does
 * not apply.
 */
export function setState(internals: ElementInternals, name: string, on: boolean): void {
  try {
    internals.states[on ? 'add' : 'delete'](name);
  } catch {
    // An older CustomStateSet: nothing to do.
  }
}
