// Pages we do not control, against the built bundle in headless Chromium:
// a strict Content Security Policy with Trusted Types, two copies of the library
// on one page, and the footprint the bundle leaves on the page. Every element in
// custom-elements.json is put on the page, so a new element is covered as soon as
// it is built. Needs `npm run build` first (npm test's pretest does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const TAGS = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName?.startsWith('mbc-'))
  .map((d) => d.tagName)
  .sort();

/** The build under test: dist/ (npm test builds it), or DIST=/elsewhere for a build made with `DIST=/elsewhere npx rollup -c`. */
const DIST = process.env.DIST ?? 'dist';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Listens for CSP violations and errors before any of our code runs (a classic, external script: CSP allows it). */
const PROBE = `
window.__probe = { violations: [], errors: [], before: Object.getOwnPropertyNames(window),
  sheets: document.styleSheets.length,
  protos: [Array, Object, String, Element, HTMLElement, Node, EventTarget, Promise, Function]
    .map((C) => C.name + ':' + Object.getOwnPropertyNames(C.prototype).sort().join(',')),
  fetch: window.fetch };
document.addEventListener('securitypolicyviolation', (e) =>
  window.__probe.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
window.addEventListener('error', (e) => window.__probe.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__probe.errors.push('unhandled: ' + String(e.reason)));
`;

function page({ scripts, forms = false }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile page</title>
<script src="/probe.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>
${TAGS.map((tag) => `<${tag}>Fallback text for ${tag}</${tag}>`).join('\n')}
${forms ? TAGS.map((tag) => `<p><a class="form" href="https://example.org/#mbc=${tag.slice(4)}&amp;theme=dark">Link form of ${tag}</a></p><div class="form" data-mbc="${tag.slice(4)}" data-theme="dark">Data form of ${tag}</div>`).join('\n') : ''}
</body></html>`;
}

const PAGES = {
  '/strict.html': { csp: STRICT_CSP, html: page({ scripts: ['/dist/mine-ban-widgets.js'] }) },
  '/two-copies.html': {
    csp: `${STRICT_CSP} 'allow-duplicates'`,
    html: page({ scripts: ['/dist/mine-ban-widgets.js', '/copy/mine-ban-widgets.js', '/dist/mine-ban-widgets.js?again'] }),
  },
  '/plain.html': { html: page({ scripts: ['/dist/mine-ban-widgets.js'] }) },
  // The CDN line and the loader on one page, each twice (the same URL with two query strings), with the CMS forms.
  '/bundle-and-loader.html': {
    csp: `${STRICT_CSP} 'allow-duplicates'`,
    html: page({
      scripts: ['/dist/mine-ban-widgets.js?a', '/dist/loader.js?a', '/dist/mine-ban-widgets.js?b', '/dist/loader.js?b'],
      forms: true,
    }),
  },
};

let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync(join(DIST, 'mine-ban-widgets.js')), `${DIST}/ is missing: run \`npm run build\` first`);
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    const pageDef = PAGES[pathname];
    if (pageDef) {
      res.writeHead(200, { 'content-type': 'text/html', ...(pageDef.csp ? { 'content-security-policy': pageDef.csp } : {}) });
      return res.end(pageDef.html);
    }
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    if (pathname === '/probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(PROBE);
    }
    // /copy/ is a second URL space for dist/: a real second copy of every module, Lit included.
    const match = pathname.match(/^\/(dist|copy)\/(.*)$/);
    const file = match && normalize(join(DIST, match[2]));
    if (!file || !file.startsWith(normalize(DIST)) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, waits for every widget to render its data, and returns what the probe saw. */
async function visit(path) {
  const tab = await browser.newPage();
  const consoleErrors = [];
  tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  tab.on('pageerror', (e) => consoleErrors.push(e.message));
  await tab.goto(origin + path);
  const report = await tab.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = tags.map((tag) => document.querySelector(tag));
    await Promise.all(elements.map((el) => el.dataComplete ?? el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const p = window.__probe;
    return {
      violations: p.violations,
      errors: p.errors,
      rendered: elements.map((el) => [el.localName, (el.shadowRoot?.textContent ?? '').trim().length]),
      styleAttributes: elements.flatMap((el) =>
        [...(el.shadowRoot?.querySelectorAll('[style]') ?? [])].map((n) => el.localName + '>' + n.localName),
      ),
      addedGlobals: Object.getOwnPropertyNames(window).filter((name) => !p.before.includes(name)),
      // The page's own <head> holds meta, title and script[src] only: anything else was added.
      headAdded: [...document.head.children].filter((n) => !n.matches('meta, title, script[src]')).map((n) => n.localName),
      sheets: [p.sheets, document.styleSheets.length, document.adoptedStyleSheets.length],
      protos: [Array, Object, String, Element, HTMLElement, Node, EventTarget, Promise, Function].map(
        (C) => C.name + ':' + Object.getOwnPropertyNames(C.prototype).sort().join(','),
      ),
      protosBefore: p.protos,
      fetchUntouched: window.fetch === p.fetch,
      definitions: tags.map((tag) => [tag, typeof customElements.get(tag)]),
      instances: tags.map((tag) => [tag, document.querySelectorAll(tag).length]),
      formsLeft: document.querySelectorAll('a.form, [data-mbc]').length,
    };
  }, TAGS);
  await tab.close();
  return { ...report, consoleErrors };
}

describe('hostile pages (built bundle in Chromium)', () => {
  test(`every element of the manifest is on the page (${TAGS.length})`, () => {
    assert.ok(TAGS.length >= 1);
  });

  test('strict CSP with Trusted Types: no violation, no error, every element rendered', async () => {
    const r = await visit('/strict.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.consoleErrors, []);
    assert.deepEqual(r.styleAttributes, [], 'style= attributes need unsafe-inline under style-src');
    for (const [tag, length] of r.rendered) assert.ok(length > 0, `${tag} rendered nothing`);
  });

  test('two copies of the library (allow-duplicates): no error, one definition per tag', async () => {
    const r = await visit('/two-copies.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.consoleErrors, []);
    for (const [tag, type] of r.definitions) assert.equal(type, 'function', tag);
    for (const [tag, length] of r.rendered) assert.ok(length > 0, `${tag} rendered nothing`);
  });

  test('bundle and loader together, each loaded twice under two query strings: no error, one definition per tag, forms upgraded', async () => {
    const r = await visit('/bundle-and-loader.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.consoleErrors, []);
    for (const [tag, type] of r.definitions) assert.equal(type, 'function', tag);
    for (const [tag, length] of r.rendered) assert.ok(length > 0, `${tag} rendered nothing`);
    // The tag itself, its link form and its data form.
    for (const [tag, count] of r.instances) assert.equal(count, 3, `${tag} instances`);
    assert.equal(r.formsLeft, 0, 'link and data forms left un-upgraded');
  });

  test("no footprint: no global stylesheet, no <head> node, only Lit's globals, prototypes and fetch untouched", async () => {
    const r = await visit('/plain.html');
    assert.deepEqual(r.headAdded, [], '<head> children');
    assert.deepEqual(r.sheets, [r.sheets[0], r.sheets[0], 0], 'document stylesheets');
    const allowed =
      /^(__probe|litPropertyMetadata|litHtmlVersions|litElementVersions|reactiveElementVersions|litHtmlPolyfillSupport|litElementPolyfillSupport|reactiveElementPolyfillSupport)$/;
    assert.deepEqual(
      r.addedGlobals.filter((name) => !allowed.test(name)),
      [],
    );
    assert.deepEqual(r.protos, r.protosBefore);
    assert.ok(r.fetchUntouched);
  });
});
