// Server commands the suites use instead of @web/test-runner-commands' own where those
// work in Chromium only, so that every engine runs the same test the same way. Called
// through test/browser/commands.ts; each engine gets the reader's setting from its
// own real switch:
//
//   'mbc-emulate-media' { colorScheme?, reducedMotion?, forcedColors? }
//      Chromium: Playwright's media emulation. Firefox: the page's own overrides, as its
//      DevTools set them (in the browser's parent process, through Marionette:
//      test/firefox.js). WebKit: the desktop settings WebKitGTK follows (the GTK
//      theme and animations switch), served live by xsettingsd on the run's display; they
//      hold for the whole browser, which runs one test file at a time.
//      WebKit has no forced-colors mode at all: asking for it there fails loudly.
//   'mbc-text-size' { scale } - the browser's default font size (the reader's text size:
//      text grows, the layout width does not). Chromium: CDP Page.setFontSizes;
//      Firefox: the page's text zoom; WebKit: none while it runs (fails loudly).
//   'mbc-heap' - { usedSize, totalSize } of the JS heap after a full GC (Chromium: CDP).
//   'mbc-set-viewport' { width, height } - the page's viewport (WebKit: the window, sized
//      so that its inner size is the one asked for).
//   'mbc-send-keys' { press } - a key or chord in Playwright's names ('Space', 'Shift+Tab',
//      'Control+V'), translated for each driver.
//   'mbc-engine-exceptions' - the tests this engine does not run, with the reasons
//      (test/engine-exceptions.js).
//   'mbc-record-look' [entries] - writes how every element looks in this engine to
//      .engines/look-<engine>.json, for scripts/compare-engines.js.
// What an engine cannot do at all is listed, with the reason, in test/engine-exceptions.js.

import { runInParentProcess } from './firefox.js';

/** One CDP session per Playwright page, opened on first use. */
const cdpSessions = new WeakMap();

async function cdp(page) {
  let client = cdpSessions.get(page);
  if (!client) {
    client = await page.context().newCDPSession(page);
    cdpSessions.set(page, client);
  }
  return client;
}

/**
 * Sets fields of the page's own BrowsingContext in Firefox, the switches its DevTools
 * use to simulate a reader's settings for one tab (so two test pages running side by
 * side do not see each other's): `prefersColorSchemeOverride`, `textZoom`, …
 */
function firefoxPageOverrides(page, fields) {
  return runInParentProcess(page, FIREFOX_OVERRIDES, [page.mainFrame()._id, fields]);
}

// Firefox ESR 140 has no per-page switch for reduced motion: there the browser-wide
// preference stands in (and the engine runs one test file at a time: test/engines.js).
const FIREFOX_OVERRIDES = `
  const context = getPageContext(arguments[0]);
  const { prefersReducedMotionOverride: motion, ...fields } = arguments[1];
  Object.assign(context, fields);
  if (motion === undefined || 'prefersReducedMotionOverride' in context) {
    if (motion !== undefined) context.prefersReducedMotionOverride = motion;
  } else if (motion === 'reduce') Services.prefs.setIntPref('ui.prefersReducedMotion', 1);
  else Services.prefs.clearUserPref('ui.prefersReducedMotion');
  return true;`;

/** Firefox's overrides for one emulateMedia payload ("none": no override, the reader's own setting). */
function firefoxMediaOverrides({ colorScheme, reducedMotion, forcedColors }) {
  const fields = {};
  if (colorScheme !== undefined) fields.prefersColorSchemeOverride = colorScheme;
  if (reducedMotion !== undefined) fields.prefersReducedMotionOverride = reducedMotion === 'reduce' ? 'reduce' : 'none';
  if (forcedColors !== undefined) fields.forcedColorsOverride = forcedColors === 'active' ? 'active' : 'none';
  return fields;
}

/** Presses a chord in Firefox (puppeteer names a space ' ' and takes the modifiers one by one). */
async function firefoxKeys(page, keys) {
  const name = (key) => (key === 'Space' ? ' ' : key.length === 1 && keys.length > 1 ? key.toLowerCase() : key);
  const modifiers = keys.slice(0, -1).map(name);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.keyboard.press(name(keys.at(-1)));
  for (const key of modifiers.reverse()) await page.keyboard.up(key);
}

/** One key sequence at a time per browser. */
const keyboardQueues = new WeakMap();
function keyboardLock(browser, task) {
  const queue = (keyboardQueues.get(browser) ?? Promise.resolve()).then(task);
  keyboardQueues.set(
    browser,
    queue.catch(() => undefined),
  );
  return queue;
}

const PLAYWRIGHT_TO_WEBDRIVER = { Space: '\uE00D', Control: 'Control', Shift: 'Shift', Alt: 'Alt', Meta: 'Meta' };

/** `engine`: the engine this run drives (chromium, firefox, webkit), for what it records. */
export function engineCommandsPlugin({ engine }) {
  return {
    name: 'mbc-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('mbc-')) return undefined;
      const type = session.browser.type;
      const page = type === 'webdriver' ? undefined : session.browser.getPage(session.id);
      if (command === 'mbc-engine-exceptions') return (await import('./engine-exceptions.js')).EXCEPTIONS[engine] ?? [];

      switch (command) {
        case 'mbc-emulate-media': {
          if (type === 'playwright') return page.emulateMedia(payload).then(() => true);
          if (type === 'puppeteer') return firefoxPageOverrides(page, firefoxMediaOverrides(payload));
          if (payload.forcedColors === 'active')
            throw new Error('WebKit has no forced-colors mode (see test/engine-exceptions.js).');
          await session.browser.setDesktopSettings(payload);
          return true;
        }

        case 'mbc-text-size': {
          const scale = payload?.scale ?? 1;
          if (!(scale > 0)) throw new Error('mbc-text-size: { scale } > 0');
          if (type === 'playwright') {
            const client = await cdp(page);
            await client.send('Page.setFontSizes', { fontSizes: { standard: 16 * scale, fixed: 13 * scale } });
            return true;
          }
          // "Zoom text only", the reader's text size.
          if (type === 'puppeteer') return firefoxPageOverrides(page, { textZoom: scale });
          throw new Error('WebKit cannot change its default font size while it runs (see test/engine-exceptions.js).');
        }

        case 'mbc-heap': {
          if (type !== 'playwright')
            throw new Error(`No heap measure in ${session.browser.name} (see test/engine-exceptions.js).`);
          const client = await cdp(page);
          // Twice: the first collection runs finalizers (WeakRef targets, FinalizationRegistry) that free more.
          await client.send('HeapProfiler.collectGarbage');
          await client.send('HeapProfiler.collectGarbage');
          return client.send('Runtime.getHeapUsage');
        }

        case 'mbc-set-viewport': {
          const { width, height } = payload;
          if (type === 'playwright') return page.setViewportSize({ width, height }).then(() => true);
          if (type === 'puppeteer') return page.setViewport({ width, height }).then(() => true);
          await session.browser.setInnerSize(session.id, width, height);
          return true;
        }

        case 'mbc-send-keys': {
          const keys = String(payload.press).split('+');
          if (type === 'playwright') return page.keyboard.press(payload.press).then(() => true);
          if (type === 'puppeteer') {
            // Firefox delivers keys only to the focused window (each test page has its own):
            // focus this one and send its keys before another page can take the focus back.
            return keyboardLock(page.browser(), async () => {
              await page.bringToFront();
              await firefoxKeys(page, keys);
              return true;
            });
          }
          // WebDriver classic: the modifiers stay down until the sequence ends.
          await session.browser.sendKeys(
            session.id,
            keys.map((key) => PLAYWRIGHT_TO_WEBDRIVER[key] ?? (key.length === 1 ? key.toLowerCase() : key)),
          );
          return true;
        }

        case 'mbc-record-look': {
          const { mkdir, writeFile } = await import('node:fs/promises');
          await mkdir('.engines', { recursive: true });
          const record = { engine, browser: session.browser.name, recorded: new Date().toISOString(), entries: payload };
          await writeFile(`.engines/look-${engine}.json`, `${JSON.stringify(record, null, 1)}\n`);
          return true;
        }

        default:
          return undefined;
      }
    },
  };
}
