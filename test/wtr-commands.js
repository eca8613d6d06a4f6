// web-test-runner server commands that need the Chrome DevTools Protocol on the
// test's own page (Playwright launcher, Chromium only). Called from tests with
// `executeServerCommand` from @web/test-runner-commands:
//   'mbc-heap'       -> { usedSize, totalSize } of the page's JS heap, after a full GC
//                      (performance.memory is frozen in Chromium 156, this is not).
//   'mbc-font-sizes' -> sets the browser's default font sizes, { standard, fixed } in px
//                      (the user's text-size setting: text zooms, the layout width does not);
//                      `null` restores Chromium's defaults (16 and 13).

/** One CDP session per Playwright page, opened on first use. */
const sessions = new WeakMap();

async function cdp(session) {
  if (session.browser.type !== 'playwright') throw new Error(`CDP commands need the Playwright launcher, not ${session.browser.type}.`);
  const page = session.browser.getPage(session.id);
  let client = sessions.get(page);
  if (!client) {
    client = page.context().newCDPSession(page);
    sessions.set(page, client);
  }
  return client;
}

export function cdpCommandsPlugin() {
  return {
    name: 'mbc-cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'mbc-heap') {
        const client = await cdp(session);
        // Twice: the first collection runs finalizers (WeakRef targets, FinalizationRegistry) that free more.
        await client.send('HeapProfiler.collectGarbage');
        await client.send('HeapProfiler.collectGarbage');
        return client.send('Runtime.getHeapUsage');
      }
      if (command === 'mbc-font-sizes') {
        const client = await cdp(session);
        const fontSizes = payload ?? { standard: 16, fixed: 13 };
        if (!(fontSizes.standard > 0 && fontSizes.fixed > 0)) throw new Error('mbc-font-sizes: { standard, fixed } in px, or null');
        await client.send('Page.setFontSizes', { fontSizes });
        return true;
      }
      return undefined;
    },
  };
}
