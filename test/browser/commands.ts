/**
 * The browser commands the suites use, the same in Chromium, Firefox and WebKit: each is
 * carried out by test/wtr-commands.js with the engine's own switch (Playwright in
 * Chromium, preferences in Firefox, desktop settings in WebKit). Import these, not
 * @web/test-runner-commands' versions, which work in Chromium only.
 */
import { executeServerCommand, sendKeys as sendKeysAnywhere, sendMouse, resetMouse } from '@web/test-runner-commands';

export { sendMouse, resetMouse };

/*
 * The tests this engine cannot run (test/engine-exceptions.js, where each has its
 * reason) are marked pending before they start, so the report counts them as skipped
 * and the browser log says why. Registered on the root suite of every test file that
 * uses these commands, which are the files those tests are in.
 */
let exceptions: Promise<Array<{ title: string; reason: string }>> | undefined;
beforeEach(async function () {
  const test = this.currentTest;
  if (!test) return;
  exceptions ??= executeServerCommand<Array<{ title: string; reason: string }>, null>('mbc-engine-exceptions', null);
  const exception = (await exceptions).find(({ title }) => test.fullTitle().includes(title));
  if (exception) {
    console.info(`[engine] not run here: "${test.fullTitle()}": ${exception.reason}`);
    this.skip();
  }
});

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

const QUERIES: { [K in keyof MediaFeatures]-?: (value: NonNullable<MediaFeatures[K]>) => string } = {
  colorScheme: (value) => `(prefers-color-scheme: ${value})`,
  reducedMotion: (value) => `(prefers-reduced-motion: ${value})`,
  forcedColors: (value) => `(forced-colors: ${value})`,
};

/** The media queries that hold once `features` are in force. */
const queriesOf = (features: MediaFeatures) =>
  Object.entries(features).map(([name, value]) => QUERIES[name as keyof MediaFeatures](value as never));

/**
 * Sets the reader's preferences (colour scheme, reduced motion, forced colours) and
 * resolves once the page's media queries say so: Firefox and WebKit apply a changed
 * preference a frame or two later.
 */
export async function emulateMedia(features: MediaFeatures): Promise<void> {
  await executeServerCommand('mbc-emulate-media', features);
  const queries = queriesOf(features);
  for (let frame = 0; frame < 200; frame++) {
    if (queries.every((query) => matchMedia(query).matches)) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`emulateMedia: ${queries.filter((query) => !matchMedia(query).matches).join(', ')} still does not match`);
}

/** Sizes the viewport (in WebKit, the window around it). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('mbc-set-viewport', size);
}

/** The browser's default text size, as a reader sets it: `1` is the default (16 px), `2` is 200%. */
export async function setTextSize(scale: number): Promise<void> {
  await executeServerCommand('mbc-text-size', { scale });
}

export interface HeapUsage {
  /** V8's JS heap in use, bytes. */
  usedSize: number;
  totalSize: number;
  /** Blink's (Oilpan) heap: DOM nodes, shadow roots, observers. */
  embedderHeapUsedSize?: number;
}

/** The page's JS heap after a full garbage collection (Chromium only: see test/engine-exceptions.js). */
export function heapUsage(): Promise<HeapUsage> {
  return executeServerCommand<HeapUsage, null>('mbc-heap', null);
}

/** Presses a key or a chord, in Playwright's names (`Enter`, `Space`, `Shift+Tab`, `Control+V`); other payloads as @web/test-runner-commands. */
export async function sendKeys(payload: Parameters<typeof sendKeysAnywhere>[0]): Promise<void> {
  if ('press' in payload) await executeServerCommand('mbc-send-keys', payload);
  else await sendKeysAnywhere(payload);
}

/** One element's look in one language and theme: its size and each part's box (x, y, width, height from the host) and colours. */
export interface LookEntry {
  tag: string;
  language: string;
  theme: string;
  size: [number, number];
  parts: Record<string, { box: [number, number, number, number]; color: string; background: string; display: string }>;
}

/** Hands the engine's record of how every element looks to the test server (.engines/look-<engine>.json). */
export async function recordLook(entries: LookEntry[]): Promise<void> {
  await executeServerCommand('mbc-record-look', entries);
}
