// The tests an engine does not run, each with the reason, in one place. Everything else
// runs in all three engines. web-test-runner.config.js prints the list at the start of
// each engine's run; in the browser, test/browser/commands.ts asks for it (server
// command 'mbc-engine-exceptions') and marks each listed test pending, with its reason in
// the browser log, so the report counts it as skipped, never as passed.
//
// `title` is a part of a test's full title ("describe … it", as Mocha joins them).

const NO_FORCED_COLORS = 'WebKit has no forced-colors mode (no engine setting turns it on)';
const NO_TEXT_SIZE = "WebKitGTK's default font size is a launch option; WebDriver cannot change it while the browser runs";
const NO_NARROW_WINDOW =
  "WebKitGTK's MiniBrowser window is at least 447 px wide (its toolbar), and WebDriver classic has no viewport emulation";
const NO_HEAP = 'the JS heap after a full GC is read through the DevTools protocol, which only Chromium has';

/** @type {Record<string, { title: string, reason: string }[]>} */
export const EXCEPTIONS = {
  chromium: [],
  firefox: [
    { title: 'every removed element collectable, and the heap as it was', reason: NO_HEAP },
    { title: 'the heap measure sees memory that is retained', reason: NO_HEAP },
  ],
  webkit: [
    { title: 'every removed element collectable, and the heap as it was', reason: NO_HEAP },
    { title: 'the heap measure sees memory that is retained', reason: NO_HEAP },
    { title: 'axe in forced-colors mode', reason: NO_FORCED_COLORS },
    { title: 'in forced colours the link button keeps a visible border', reason: NO_FORCED_COLORS },
    { title: 'in forced colours (Windows High Contrast)', reason: NO_FORCED_COLORS },
    { title: 'in forced colours the quote rule and the button border', reason: NO_FORCED_COLORS },
    { title: 'uses system colours in forced-colors mode', reason: NO_FORCED_COLORS },
    { title: '200% text: nothing clipped', reason: NO_TEXT_SIZE },
    { title: 'is one column at 320 px, with no horizontal scrolling', reason: NO_NARROW_WINDOW },
  ],
};

export { NO_FORCED_COLORS, NO_TEXT_SIZE, NO_HEAP, NO_NARROW_WINDOW };
