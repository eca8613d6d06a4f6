/**
 * Dispatches one of the library's events: bubbling and composed, so a single
 * listener on the document hears every widget. (Each element documents the events
 * it fires with `@fires`; this helper keeps the manifest from inventing one.)
 */
export function emit<T>(host: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable, detail }));
}
