// `npm run screenshots`: full-page PNGs of the demo index (demo/index.html) at
// 1280 and 375 px wide, in English and Arabic, into screenshots/ (ignored by git),
// so a reviewer can see the demo without a browser of their own.
//
// It builds nothing: run `npm run build` first (`npm start` does too). It serves
// the demo in-process, with scripts/serve.js on a free port, and drives the
// system's Chromium (CHROME_PATH, else the usual places: scripts/browser.js).
// Each shot waits until every mbc- element on the page (and inside the widgets)
// is defined and has rendered its data in the page's language; with reduced
// motion emulated, counters show their final figure at once.
// The language is chosen as a reader would: the demo's `?lang=` (its switcher).
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './browser.js';
import { startServer, urlOf } from './serve.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'screenshots');
const WIDTHS = [1280, 375];
const LANGUAGES = ['en', 'ar'];

if (!existsSync(join(ROOT, 'dist/mine-ban-widgets.js'))) {
  console.error('screenshots: dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('screenshots: no Chromium or Chrome found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** In the page: resolves once every mbc- element, in the document and in shadow roots, is defined and rendered. */
async function widgetsRendered() {
  const all = () => {
    const found = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('mbc-')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  let count = -1;
  for (let round = 0; round < 20; round += 1) {
    const elements = all();
    await Promise.all([...new Set(elements.map((element) => element.localName))].map((name) => customElements.whenDefined(name)));
    await Promise.all(elements.map((element) => element.dataComplete ?? element.updateComplete));
    if (elements.length === count) break; // nothing new appeared while the last ones rendered
    count = elements.length;
  }
  await document.fonts.ready;
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  return count;
}

mkdirSync(OUT, { recursive: true });
const server = await startServer(0);
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
let failed = false;
try {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        reducedMotion: 'reduce',
        colorScheme: 'light',
      });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      await page.goto(`${urlOf(server)}?lang=${language}`);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, language);
      const widgets = await page.evaluate(widgetsRendered);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px`);
      const path = join(OUT, `demo-${language}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(`${relative(process.cwd(), path) || path}  (${widgets} widgets)`);
      for (const problem of problems) console.log(`  ${problem}`);
      failed ||= problems.length > 0;
      await context.close();
    }
  }
} finally {
  await browser.close();
  await new Promise((closed) => server.close(closed));
}
if (failed) process.exitCode = 1;
