/**
 * One `requestAnimationFrame` loop for every animation on the page. It runs only
 * while something moves: the first `add()` starts it, and it stops (requesting no
 * further frame) when the last animation ends or is removed.
 */
export interface Animation {
  /** Draws the frame for `now` (a rAF timestamp); returns false when the animation has ended. */
  tick(now: number): boolean;
}

const running = new Set<Animation>();
let frame = 0;

function loop(now: number): void {
  frame = 0;
  for (const animation of running) {
    let more = false;
    try {
      more = animation.tick(now);
    } catch (error) {
      // One broken animation must not stop the others (nor the page).
      console.warn('[mine-ban-widgets] animation stopped:', error);
    }
    if (!more) running.delete(animation);
  }
  if (running.size) frame = requestAnimationFrame(loop);
}

/** Adds an animation to the shared loop (starting the loop if it was idle). */
export function addAnimation(animation: Animation): void {
  running.add(animation);
  if (!frame) frame = requestAnimationFrame(loop);
}

/** Removes an animation; the loop stops when none is left. */
export function removeAnimation(animation: Animation): void {
  running.delete(animation);
  if (!running.size && frame) {
    cancelAnimationFrame(frame);
    frame = 0;
  }
}

/** Whether the loop has a frame requested (for tests and diagnostics). */
export function clockRunning(): boolean {
  return frame !== 0;
}

/** How many animations are moving. */
export function runningAnimations(): number {
  return running.size;
}
