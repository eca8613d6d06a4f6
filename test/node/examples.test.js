// The README's integration examples (test/examples/), run as written in headless
// Chromium: the CDN URL in them is answered from the build (dist/, or DIST=…), the
// npm examples are bundled with esbuild against this package as a dependency
// would see it (its `exports` map, dist/lib). Needs `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.js';
import { analyze, describeElements } from '../../scripts/manifest.js';
import { startTestServer } from '../../scripts/test-server.js';

const DIST = process.env.DIST ?? 'dist';
const CDN = 'https://cdn.jsdelivr.net/npm/mine-ban-widgets@0.1.0/dist/';
const EXAMPLES = 'test/examples';

describe('README examples', { skip: !existsSync(join(DIST, 'loader.js')) && `no ${DIST}/loader.js: build first` }, () => {
  let browser;
  let context;
  let server;
  let built;
  let scratch;
  before(async () => {
    built = new Set(describeElements(await analyze()).elements.map((element) => element.tag));
    scratch = mkdtempSync(join(tmpdir(), 'mbc-examples-'));
    // This package as an installed dependency: node_modules/mine-ban-widgets → the repository.
    mkdirSync(join(scratch, 'node_modules'));
    symlinkSync(resolve('.'), join(scratch, 'node_modules', 'mine-ban-widgets'), 'dir');
    const bundle = async (entry) =>
      (
        await build({
          entryPoints: [join(EXAMPLES, entry)],
          bundle: true,
          write: false,
          format: 'esm',
          jsx: 'automatic',
          nodePaths: [join(scratch, 'node_modules'), resolve('node_modules')],
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        })
      ).outputFiles[0].text;
    const page = (script) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><div id="root"></div><script type="module" src="${script}"></script></body></html>`;
    server = await startTestServer({
      dist: DIST,
      mounts: { '/examples/': EXAMPLES },
      routes: {
        '/bundler.html': { body: page('/bundler.js') },
        '/bundler.js': { type: 'text/javascript', body: await bundle('bundler/main.js') },
        '/react.html': { body: page('/react.js') },
        '/react.js': { type: 'text/javascript', body: await bundle('react/App.tsx') },
      },
    });
    browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
    context = await browser.newContext();
    // The CDN of the examples, answered from the build; nothing leaves this machine.
    await context.route('https://**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(CDN)) return route.abort();
      const file = join(DIST, new URL(url).pathname.slice(new URL(CDN).pathname.length));
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        contentType: extname(file) === '.js' ? 'text/javascript' : 'application/json',
        body: readFileSync(file),
      });
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  async function open(path) {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.origin}${path}`);
    // (Predicates of waitForFunction stay synchronous; promises are awaited in evaluate.)
    await tab.waitForFunction(() => document.querySelector('mbc-commitment-list')?.matches(':defined'), undefined, {
      timeout: 15_000,
    });
    await tab.evaluate(() => document.querySelector('mbc-commitment-list').dataComplete);
    await tab.waitForFunction(
      () => document.querySelector('mbc-commitment-list').shadowRoot?.querySelector('[part~="base"] li'),
      undefined,
      {
        timeout: 15_000,
      },
    );
    return { tab, errors };
  }

  const headingOf = (tab) =>
    tab.evaluate(() =>
      document.querySelector('mbc-commitment-list').shadowRoot.querySelector('[part~="heading"]')?.textContent.trim(),
    );

  test('plain HTML / CDN: the loader line and the tag', async () => {
    const { tab, errors } = await open('/examples/cdn.html');
    assert.ok(
      (await tab.evaluate(() => document.querySelector('mbc-commitment-list').shadowRoot.querySelectorAll('li').length)) > 0,
    );
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('CMS forms: the link form and the data form', async () => {
    const { tab, errors } = await open('/examples/cms-forms.html');
    await tab.waitForFunction(() => document.querySelectorAll('mbc-commitment-list:defined').length === 2);
    const got = await tab.evaluate(() =>
      [...document.querySelectorAll('mbc-commitment-list')].map((element) => [
        element.getAttribute('theme'),
        element.shadowRoot.querySelector('[part~="heading"]')?.localName,
      ]),
    );
    assert.deepEqual(got, [
      ['dark', 'h2'],
      ['light', 'h3'],
    ]);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('theming: one block of --mbc-* restyles the widget, ::part() reaches the pieces', async () => {
    const { tab } = await open('/examples/theming.html');
    const style = await tab.evaluate(() => {
      const root = document.querySelector('mbc-commitment-list').shadowRoot;
      const card = getComputedStyle(root.querySelector('[part~="base"]'));
      const heading = getComputedStyle(root.querySelector('[part~="heading"]'));
      const marker = getComputedStyle(root.querySelector('li'), '::marker');
      return {
        font: card.fontFamily,
        background: card.backgroundColor,
        radius: card.borderTopLeftRadius,
        transform: heading.textTransform,
        marker: marker.color,
      };
    });
    assert.match(style.font, /^Georgia/);
    assert.equal(style.background, 'rgb(255, 248, 240)');
    assert.equal(style.radius, '0px');
    assert.equal(style.transform, 'uppercase');
    assert.equal(style.marker, 'rgb(179, 18, 58)');
    await tab.close();
  });

  test('analytics: one listener on the document hears every widget', async (t) => {
    const { tab, errors } = await open('/examples/analytics.html');
    const onPage = ['mbc-commitment-list', 'mbc-call-to-action', 'mbc-achievement-counter'].filter((tag) => built.has(tag));
    for (const tag of ['mbc-call-to-action', 'mbc-achievement-counter'])
      if (!built.has(tag)) t.diagnostic(`${tag} is not built yet: not checked`);
    await tab.waitForFunction(
      (tags) => tags.every((tag) => window.dataLayer.some((entry) => entry.event === 'mbc-ready' && entry.widget === tag)),
      onPage,
      { timeout: 15_000 },
    );
    if (built.has('mbc-achievement-counter')) {
      await tab.waitForFunction(() => window.dataLayer.some((entry) => entry.event === 'mbc-counter-end'), undefined, {
        timeout: 15_000,
      });
    }
    if (built.has('mbc-call-to-action')) {
      await tab.evaluate(() => {
        document.addEventListener('click', (event) => event.preventDefault(), { capture: true });
        document.querySelector('mbc-call-to-action').shadowRoot.querySelector('a, button')?.click();
      });
      await tab.waitForFunction(() => window.dataLayer.some((entry) => entry.event === 'mbc-cta-click'), undefined, {
        timeout: 5_000,
      });
    }
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('npm + bundler: import one element by its export path', async () => {
    const { tab, errors } = await open('/bundler.html');
    assert.equal(await headingOf(tab), 'Our commitments');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('React 19: the element as JSX, its attribute props and an mbc-ready listener', async () => {
    const { tab, errors } = await open('/react.html');
    assert.equal(await headingOf(tab), 'Our commitments');
    await tab.waitForFunction(() => document.body.dataset.readyFrom !== undefined);
    assert.equal(await tab.evaluate(() => document.body.dataset.readyFrom), 'built-in');
    assert.equal(await tab.evaluate(() => document.querySelector('mbc-commitment-list').getAttribute('theme')), 'dark');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('React 19 with TypeScript: mbc-jsx.d.ts types the props from HTMLElementTagNameMap (tsc over dist/lib types)', () => {
    // types-check.tsx holds @ts-expect-error lines: a wrong theme or heading type must fail to compile.
    execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(EXAMPLES, 'react/tsconfig.json')], {
      stdio: 'pipe',
    });
  });
});
