// The three engines the suite runs in, each from a Debian package, none downloaded by a
// test tool (see README, "Engines"):
// - chromium: Debian's `chromium`, through Playwright (playwright-core drives the system build);
// - firefox: Debian's `firefox-esr`, through puppeteer-core over WebDriver BiDi, with
//   Marionette for the reader's settings (test/firefox.js);
// - webkit: WebKitGTK's MiniBrowser (Safari's engine), through `WebKitWebDriver`
//   (package `webkit2gtk-driver`) over WebDriver classic, on an Xvfb display that the
//   launcher starts and stops itself.
// `MBC_ENGINE=firefox npx wtr …` picks one; `npm run test:all-browsers` runs all three.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox } from './firefox.js';
import { freePort } from './free-port.js';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver'];

const first = (env, candidates) => [process.env[env], ...candidates].find((path) => path && existsSync(path));

/** The executables each engine needs, or what is missing (for a clear message instead of a stack trace). */
export function engineExecutables(engine) {
  switch (engine) {
    case 'chromium':
      return { browser: findBrowser(), missing: findBrowser() ? [] : ['chromium (or CHROME_PATH)'] };
    case 'firefox': {
      const browser = first('FIREFOX_PATH', FIREFOX);
      return { browser, missing: browser ? [] : ['firefox-esr (or FIREFOX_PATH)'] };
    }
    case 'webkit': {
      const browser = first('MINIBROWSER_PATH', MINIBROWSER);
      const driver = first('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER);
      const xvfb = process.env.DISPLAY ? 'DISPLAY' : first('XVFB_PATH', ['/usr/bin/Xvfb']);
      const xsettingsd = first('XSETTINGSD_PATH', ['/usr/bin/xsettingsd']);
      const xdotool = first('XDOTOOL_PATH', ['/usr/bin/xdotool']);
      const missing = [
        !browser && 'MiniBrowser (libwebkit2gtk-4.1-0)',
        !driver && 'WebKitWebDriver (webkit2gtk-driver)',
        !xvfb && 'Xvfb (xvfb)',
        !xsettingsd && 'xsettingsd (xsettingsd)',
        !xdotool && 'xdotool (xdotool)',
      ];
      return { browser, driver, xvfb, xsettingsd, xdotool, missing: missing.filter(Boolean) };
    }
    default:
      throw new Error(`Unknown engine "${engine}": one of ${ENGINES.join(', ')}.`);
  }
}

/** The installed Firefox's major version (0 when there is none). */
function firefoxMajor() {
  const browser = first('FIREFOX_PATH', FIREFOX);
  if (!browser) return 0;
  try {
    return Number(/(\d+)\./.exec(execFileSync(browser, ['--version'], { encoding: 'utf8' }))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Test files run side by side in one engine: WebKitWebDriver drives one window, so one
 * file at a time there; Firefox before 153 (Debian's ESR 140) has no per-page switch for
 * reduced motion, so the browser-wide preference stands in and files run one at a time too.
 */
export const CONCURRENCY = { chromium: 2, firefox: firefoxMajor() >= 153 ? 2 : 1, webkit: 1 };

export { freePort };

/** Waits until `port` accepts connections (the driver is up), or fails after `ms`. */
async function waitForPort(port, child, ms = 15000) {
  const { connect } = await import('node:net');
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listened on port ${port} within ${ms} ms`);
}

/** Starts a display number's Xvfb, unless the environment already has a display. */
async function startDisplay(xvfb) {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop() {} };
  // The display number is free when its lock file is absent.
  let number = 99;
  while (existsSync(`/tmp/.X${number}-lock`)) number++;
  const child = spawn(xvfb, [`:${number}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const socket = `/tmp/.X11-unix/X${number}`;
  const until = Date.now() + 10000;
  while (!existsSync(socket)) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`Xvfb :${number} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { display: `:${number}`, stop: () => child.kill() };
}

/**
 * The desktop settings WebKitGTK reads its media features from (prefers-color-scheme
 * from the GTK theme, prefers-reduced-motion from the animations switch), served to the
 * display by xsettingsd, which applies a changed file on SIGHUP while the browser runs.
 */
function desktopSettings(xsettingsd, display) {
  const folder = mkdtempSync(join(tmpdir(), 'mbc-xsettings-'));
  const file = join(folder, 'xsettingsd.conf');
  const state = { dark: false, reducedMotion: false };
  const write = () =>
    writeFileSync(
      file,
      `Net/ThemeName "${state.dark ? 'Adwaita-dark' : 'Adwaita'}"\nGtk/EnableAnimations ${state.reducedMotion ? 0 : 1}\n`,
    );
  write();
  const child = spawn(xsettingsd, ['-c', file], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  return {
    set({ colorScheme, reducedMotion }) {
      if (colorScheme !== undefined) state.dark = colorScheme === 'dark';
      if (reducedMotion !== undefined) state.reducedMotion = reducedMotion === 'reduce';
      write();
      child.kill('SIGHUP');
    },
    stop() {
      child.kill();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The WebDriver launcher, with the display, its desktop settings and the driver it needs
 * started when the run starts and stopped when it ends (also on Ctrl-C), so `wtr` alone is
 * enough. It adds what the engine commands (test/wtr-commands.js) need of it.
 */
function webkitLauncher({ browser, driver, xvfb, xsettingsd, xdotool }) {
  const children = [];
  let settings;
  let display;
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver 2.50 refuses the BiDi `webSocketUrl` capability webdriverio asks for by default.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  const stopChildren = () => children.splice(0).forEach((child) => child.stop());
  launcher.initialize = async (config, testFiles) => {
    const screen = await startDisplay(xvfb);
    children.push(screen);
    display = screen.display;
    settings = desktopSettings(xsettingsd, screen.display);
    children.push(settings);
    options.port = await freePort();
    const child = spawn(driver, [`--port=${options.port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: screen.display },
    });
    children.push({ stop: () => child.kill() });
    process.once('exit', stopChildren);
    await waitForPort(options.port, child);
    await initialize(config, testFiles);
    launcher.name = 'WebKit';
  };
  launcher.stop = async () => {
    await stop();
    stopChildren();
  };
  /** Colour scheme and reduced motion, as the reader's desktop sets them. */
  launcher.setDesktopSettings = (media) => settings.set(media);
  /** Gives the browser's window the keyboard focus again, as a window manager would. */
  const refocus = () =>
    new Promise((resolve, reject) => {
      const child = spawn(xdotool, ['search', '--onlyvisible', '--class', 'MiniBrowser', 'windowfocus', '--sync'], {
        stdio: 'ignore',
        env: { ...process.env, DISPLAY: display },
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`xdotool: exit ${code}`))));
    });
  /** Sizes the window so that the page's viewport is `width` × `height` (there is no viewport emulation). */
  launcher.setInnerSize = async (_sessionId, width, height) => {
    const inner = () => launcher.driver.execute(() => [innerWidth, innerHeight]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const [[w, h], outer] = [await inner(), await launcher.driver.getWindowSize()];
      if (w === width && h === height) break;
      await launcher.driver.setWindowSize(outer.width + width - w, outer.height + height - h);
    }
    // A resized window loses the keyboard focus (Xvfb has no window manager to give it
    // back): document.hasFocus() turns false and nothing matches :focus-visible.
    await refocus();
    const [w, h] = await inner();
    if (w !== width || h !== height) throw new Error(`WebKit: the viewport is ${w}×${h}, not ${width}×${height}`);
  };
  return launcher;
}

/** The launcher for an engine; `chromiumArgs` are added to Chromium's command line. */
export function launcherFor(engine, { chromiumArgs = [] } = {}) {
  const found = engineExecutables(engine);
  if (found.missing.length) {
    throw new Error(
      `${engine}: not found: ${found.missing.join(', ')}. On Debian: apt-get install chromium firefox-esr webkit2gtk-driver xvfb xsettingsd xdotool.`,
    );
  }
  switch (engine) {
    case 'chromium':
      return playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: found.browser, headless: true, args: [...BROWSER_ARGS, ...chromiumArgs] },
      });
    case 'firefox':
      return chromeLauncher({
        // Started with Marionette beside BiDi, for the reader's settings (test/firefox.js).
        puppeteer: { launch: launchFirefox },
        // A window per page, not a tab: a background tab gets no animation frames.
        createPage: async ({ context }) => {
          const page = await context.newPage({ type: 'window' });
          // Puppeteer sends emulation.setScreenOrientationOverride with every viewport, a
          // command Firefox ESR 140 does not know; the viewport itself is set, so only that
          // refusal is let through.
          const setViewport = page.setViewport.bind(page);
          page.setViewport = async (viewport) => {
            try {
              await setViewport(viewport);
            } catch (error) {
              if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
              // The refusal can come before the viewport is set: wait until it holds.
              if (viewport)
                await page.waitForFunction(
                  (w, h) => innerWidth === w && innerHeight === h,
                  { timeout: 5000 },
                  viewport.width,
                  viewport.height,
                );
            }
          };
          return page;
        },
        launchOptions: {
          browser: 'firefox',
          executablePath: found.browser,
          headless: true,
          // The engine commands set the reader's preferences in the browser's parent process (test/wtr-commands.js).
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: {
            // No calls home on a closed network.
            'app.update.enabled': false,
            'browser.shell.checkDefaultBrowser': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'browser.safebrowsing.update.enabled': false,
          },
        },
      });
    case 'webkit':
      return webkitLauncher(found);
  }
}
