// Takes a screenshot of a page once its widgets have rendered, for looking at
// what a reader sees: node scripts/screenshot.js URL out.png [width] [lang] [colorScheme]
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from './browser.js';

const [url, out = 'screenshot.png', width = '900', lang, colorScheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
if (lang) await page.evaluate((l) => (document.documentElement.lang = l), lang);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
