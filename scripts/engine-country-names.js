// Asks each browser engine the library supports for its CLDR name of every code of
// the UN names CSV, in the six UN languages, and writes the answers to
// scripts/data/engine-region-names.json (engine → language → code → name, with the
// engine and ICU versions). build-country-names.js reads that snapshot beside Node's
// ICU, so the UN table holds every name that ANY engine gets wrong (WebKitGTK 2.50,
// on the system's ICU 72, still says "Turkey" where the UN and newer CLDR say
// "Türkiye"). Run it again when an engine is upgraded, then the generator:
//
//   node scripts/engine-country-names.js [path/to/un-country-names.csv]
//   node scripts/build-country-names.js
//
// From the repo root (node_modules must resolve). The engines are the system's
// (Debian's chromium, firefox-esr and WebKitGTK's MiniBrowser with WebKitWebDriver
// and Xvfb); nothing is downloaded.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { chromium } from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';

const CSV = process.argv[2] ?? new URL('../../shared/data/un-country-names.csv', import.meta.url);
const OUT = new URL('./data/engine-region-names.json', import.meta.url);
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const WEBKIT_PORT = 4491;

/**
 * Where each engine's ICU data is, to name its CLDR version (no Intl API tells it):
 * Chromium and Firefox bundle ICU, WebKitGTK links the system's.
 */
const ICU_DATA = {
  chromium: () => ['/usr/lib/chromium/icudtl.dat'],
  firefox: () => ['/usr/lib/firefox-esr/libxul.so'],
  webkit: () =>
    [...execFileSync('ldd', [MINIBROWSER], { encoding: 'utf8' }).matchAll(/=> (\S*libicudata\.so\S*)/g)].map((m) => m[1]),
};

/** The ICU version in the name of the data package ("icudt78l"), or null if it is not found. */
function icuVersion(engine) {
  for (const file of ICU_DATA[engine]().filter((f) => existsSync(f))) {
    try {
      const match = execFileSync('grep', ['-aom1', 'icudt[0-9][0-9]*l', file], { encoding: 'utf8' }).match(/icudt(\d+)l/);
      if (match) return Number(match[1]);
    } catch {
      // grep exits 1 when nothing matched
    }
  }
  return null;
}

/** ICU 67 and later carry CLDR (ICU − 30): ICU 72 is CLDR 42, ICU 78 is CLDR 48. */
const cldrOf = (icu) => (icu >= 67 ? `${icu - 30}` : null);

/** Runs in the page: every code's name in every language (null where the engine has none). */
function probe({ codes, languages }) {
  const out = {};
  for (const language of languages) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    out[language] = {};
    for (const code of codes) out[language][code] = names.of(code) ?? null;
  }
  return out;
}

/** iso2 is the CSV's first column, never quoted. */
const codes = readFileSync(CSV, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .filter(Boolean)
  .slice(1)
  .map((line) => line.slice(0, line.indexOf(',')))
  .sort();
const arg = { codes, languages: LANGUAGES };

async function inChromium() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    return { version: `Chromium ${browser.version()}`, names: await page.evaluate(probe, arg) };
  } finally {
    await browser.close();
  }
}

async function inFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No calls home on a closed network.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    const page = await browser.newPage();
    return { version: (await browser.version()).replace(/^firefox\//i, 'Firefox '), names: await page.evaluate(probe, arg) };
  } finally {
    await browser.close();
  }
}

/** Waits until the driver listens on its port. */
async function waitForPort(port, child, ms = 15000) {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

async function inWebKit() {
  // WebKitGTK needs a display: our own Xvfb, on the first free number from 91.
  let display = 91;
  while (existsSync(`/tmp/.X${display}-lock`)) display++;
  const children = [];
  try {
    const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(xvfb);
    for (
      const until = Date.now() + 10000;
      !existsSync(`/tmp/.X11-unix/X${display}`);
      await new Promise((r) => setTimeout(r, 50))
    ) {
      if (xvfb.exitCode !== null || Date.now() > until) throw new Error(`Xvfb :${display} did not start`);
    }
    const driver = spawn(WEBKIT_DRIVER, [`--port=${WEBKIT_PORT}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: `:${display}` },
    });
    children.push(driver);
    await waitForPort(WEBKIT_PORT, driver);
    const browser = await remote({
      hostname: '127.0.0.1',
      port: WEBKIT_PORT,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver 2.50 refuses the BiDi capability webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    try {
      await browser.url('about:blank');
      return { version: `WebKitGTK ${browser.capabilities.browserVersion}`, names: await browser.execute(probe, arg) };
    } finally {
      await browser.deleteSession();
    }
  } finally {
    for (const child of children.reverse()) child.kill();
  }
}

const engines = {};
for (const [engine, run] of Object.entries({ chromium: inChromium, firefox: inFirefox, webkit: inWebKit })) {
  const { version, names } = await run();
  const icu = icuVersion(engine);
  engines[engine] = { version, icu: icu && `${icu}`, cldr: cldrOf(icu), names };
  console.log(`${engine}: ${version}, ICU ${icu ?? '?'}`);
}

mkdirSync(new URL('./data/', import.meta.url), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      about:
        'new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(code) in each engine, for every code of the UN names CSV; written by scripts/engine-country-names.js, read by scripts/build-country-names.js.',
      engines,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `${new URL(OUT).pathname}: ${codes.length} codes × ${LANGUAGES.length} languages × ${Object.keys(engines).length} engines`,
);
