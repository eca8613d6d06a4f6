// Firefox for the suite: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
// with a second channel into the browser's parent process for the reader's settings
// (colour scheme, reduced motion, forced colours, text zoom) that BiDi cannot set.
//
// That channel is Marionette, Firefox's own automation protocol, in its privileged
// "chrome" context (opened by --remote-allow-system-access). Marionette starts the
// WebDriver session, asking for BiDi as well (`webSocketUrl`), and puppeteer joins that
// session instead of starting its own: a BiDi-only session has no state Marionette can
// run scripts with, and Firefox allows one session. (Newer Firefox also opens the parent
// process to BiDi itself; ESR 140 does not, and Debian ships either.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, createProfile } from '@puppeteer/browsers';
import * as puppeteer from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { freePort } from './free-port.js';

/** A Marionette connection: `len:JSON` packets, one command answered at a time. */
async function openMarionette(port, { attempts = 150 } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new Promise((resolve, reject) => {
        const socket = connectTcp(port, '127.0.0.1');
        const answers = [];
        let buffer = Buffer.alloc(0);
        let id = 0;
        socket.on('error', reject);
        socket.on('data', (chunk) => {
          buffer = Buffer.concat([buffer, chunk]);
          for (let colon = buffer.indexOf(':'); colon > 0; colon = buffer.indexOf(':')) {
            const length = Number(buffer.subarray(0, colon).toString());
            if (buffer.length < colon + 1 + length) return;
            const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
            buffer = buffer.subarray(colon + 1 + length);
            answers.shift()?.(packet);
          }
        });
        const answer = () => new Promise((settle) => answers.push(settle));
        // The server speaks first (its protocol level); then each command gets its answer in turn.
        let queue = answer();
        queue.then(() =>
          resolve({
            send(name, parameters = {}) {
              const run = queue.then(async () => {
                const body = Buffer.from(JSON.stringify([0, ++id, name, parameters]));
                socket.write(`${body.length}:`);
                socket.write(body);
                const [, , error, result] = await answer();
                if (error) throw new Error(`Firefox (Marionette ${name}): ${error.message}`);
                return result;
              });
              queue = run.catch(() => undefined);
              return run;
            },
            close: () => socket.destroy(),
          }),
        );
      });
    } catch (error) {
      if (attempt >= attempts) throw new Error(`Firefox: Marionette did not answer on port ${port}: ${error.message}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}

/** Each browser's Marionette connection, for runInParentProcess(). */
const marionettes = new WeakMap();

/**
 * Starts Firefox for @web/test-runner-chrome (its `puppeteer.launch`): the profile
 * puppeteer would write plus `extraPrefsFirefox`, Marionette and BiDi on free loopback
 * ports; returns a puppeteer Browser on the session Marionette opened.
 */
export async function launchFirefox({ executablePath, args = [], extraPrefsFirefox = {} }) {
  const profile = mkdtempSync(join(tmpdir(), 'mbc-firefox-'));
  const marionettePort = await freePort();
  await createProfile(Browser.FIREFOX, {
    path: profile,
    preferences: { ...extraPrefsFirefox, 'marionette.port': marionettePort },
  });
  const firefox = spawn(
    executablePath,
    ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-debugging-port', '0', ...args, 'about:blank'],
    { stdio: 'ignore' },
  );
  const stop = () => {
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    const marionette = await openMarionette(marionettePort);
    const { sessionId, capabilities } = await marionette.send('WebDriver:NewSession', { webSocketUrl: true });
    const socket = await NodeWebSocketTransport.create(capabilities.webSocketUrl);
    // Puppeteer asks for a session of its own first: it is answered with the one that exists.
    const transport = {
      send(message) {
        const { id, method } = JSON.parse(message);
        if (method === 'session.new') {
          setTimeout(() => transport.onmessage?.(JSON.stringify({ type: 'success', id, result: { sessionId, capabilities } })));
        } else socket.send(message);
      },
      close: () => socket.close(),
    };
    socket.onmessage = (message) => transport.onmessage?.(message);
    socket.onclose = () => transport.onclose?.();
    const browser = await puppeteer.connect({ transport, protocol: 'webDriverBiDi', defaultViewport: null });
    marionettes.set(browser, marionette);
    browser.close = async () => {
      await marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      marionette.close();
      stop();
      process.removeListener('exit', stop);
    };
    return browser;
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Runs `script` (a function body; its arguments are `arguments[0]`, …) in Firefox's
 * parent process, with the page's window current, and returns its result. The page's
 * BrowsingContext is found by the id BiDi knows it by (`getPageContext(arguments[0])`).
 */
export function runInParentProcess(page, script, args = []) {
  const marionette = marionettes.get(page.browser());
  if (!marionette) return Promise.reject(new Error('Firefox: this browser was not started by launchFirefox()'));
  // One page's window switch and script at a time: the pages of a run share the connection.
  const run = (parentProcessQueue.get(marionette) ?? Promise.resolve()).then(() => runInWindow(marionette, page, script, args));
  parentProcessQueue.set(
    marionette,
    run.catch(() => undefined),
  );
  return run;
}

const parentProcessQueue = new WeakMap();

async function runInWindow(marionette, page, script, args) {
  const pageContext = `const getPageContext = (id) => {
    let manager;
    try {
      manager = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs').NavigableManager;
    } catch {
      manager = ChromeUtils.importESModule('chrome://remote/content/shared/TabManager.sys.mjs').TabManager;
    }
    return manager.getBrowsingContextById(id);
  };`;
  await marionette.send('WebDriver:SwitchToWindow', { handle: page.mainFrame()._id, focus: false });
  await marionette.send('Marionette:SetContext', { value: 'chrome' });
  const { value } = await marionette.send('WebDriver:ExecuteScript', { script: `${pageContext}\n${script}`, args });
  return value;
}
