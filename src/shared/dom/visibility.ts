/**
 * Calls back once when an element is at least half in view. All elements share
 * one IntersectionObserver, disconnected when the last one is seen or released.
 */
type Callback = () => void;

const waiting = new Map<Element, Callback>();
let observer: IntersectionObserver | undefined;

/** Waits until half of `element` is visible, then calls `callback` once. Returns a function that cancels. */
export function whenHalfVisible(element: Element, callback: Callback): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    // No observer (very old browsers, some test DOMs): treat as visible now.
    queueMicrotask(callback);
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.intersectionRatio < 0.5) continue; // (an element half in view intersects)
        const notify = waiting.get(entry.target);
        release(entry.target);
        notify?.();
      }
    },
    { threshold: 0.5 },
  );
  waiting.set(element, callback);
  observer.observe(element);
  return () => release(element);
}

function release(element: Element): void {
  if (!waiting.delete(element)) return;
  observer?.unobserve(element);
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** How many elements are waiting to be seen (for tests). */
export function waitingForVisibility(): number {
  return waiting.size;
}
