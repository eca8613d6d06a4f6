// The built loader (dist/loader.js, or DIST=…) in headless Chromium, with the real
// registry and chunks: which files a page downloads, the CMS-safe forms, rescans
// with load(root), the classic bootstrap. Needs a build first (`npm test` makes one
// in pretest; by hand: `DIST=/tmp/x npx rollup -c` then `DIST=/tmp/x node --test test/node/loader-dist.test.js`).
// Every element folder is checked without editing this file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.js';
import { analyze, describeElements } from '../../scripts/manifest.js';
import { startTestServer } from '../../scripts/test-server.js';

const DIST = process.env.DIST ?? 'dist';

/** Every file `entry` can pull in, statically or by import(), transitively (paths relative to DIST). */
function reachable(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(join(DIST, entry))) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  const specs = [
    ...code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g),
    ...code.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g),
  ];
  for (const [, spec] of specs) reachable(relative(DIST, resolve(dirname(join(DIST, entry)), spec)), seen);
  return seen;
}

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loader check</title>${head}</head><body>${body}</body></html>`;

describe(
  'dist/loader.js in Chromium',
  { skip: !existsSync(join(DIST, 'loader.js')) && `no ${DIST}/loader.js: build first` },
  () => {
    let browser;
    let elements;
    before(async () => {
      ({ elements } = describeElements(await analyze()));
      browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
    });
    after(() => browser?.close());

    /** Opens `html` at /page.html with the loader; returns the page, the server's request log and console warnings. */
    async function open(html) {
      const server = await startTestServer({ dist: DIST, routes: { '/page.html': { body: html } } });
      const tab = await browser.newPage();
      const warnings = [];
      const errors = [];
      tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${server.origin}/page.html`);
      return {
        tab,
        warnings,
        errors,
        dist: () => server.requests.filter((path) => path.startsWith('/dist/')).map((path) => path.slice('/dist/'.length)),
        close: async () => {
          await tab.close();
          await server.close();
        },
      };
    }

    const defined = (tab, tag) =>
      tab.evaluate(async (tag) => {
        await customElements.whenDefined(tag);
        const element = document.querySelector(tag);
        await element?.dataComplete;
        return true;
      }, tag);

    test('the loader imports no element and no Lit', () => {
      const files = [...reachable('loader.js')];
      assert.deepEqual(files, ['loader.js'], `loader.js pulls in ${files.join(', ')}`);
      const code = readFileSync(join(DIST, 'loader.js'), 'utf8');
      for (const element of elements) {
        const entry = new RegExp(`["']?${element.name}["']?:"${element.attributes.map((a) => a.name).join(' ')}"`);
        assert.match(code, entry, `the loader knows ${element.name} and its attributes`);
      }
    });

    test('a page with one element downloads that element’s code and nothing of the others', async (t) => {
      for (const element of elements) {
        await t.test(element.tag, async () => {
          const view = await open(page(`<${element.tag}></${element.tag}><script type="module" src="/dist/loader.js"></script>`));
          try {
            await defined(view.tab, element.tag);
            await view.tab.waitForTimeout(100);
            const fetched = view.dist().filter((file) => file.endsWith('.js'));
            const allowed = reachable(`elements/${element.name}.js`).add('loader.js');
            assert.ok(fetched.includes(`elements/${element.name}.js`), `fetched: ${fetched.join(', ')}`);
            const extra = fetched.filter((file) => !allowed.has(file));
            assert.deepEqual(extra, [], `files another element needs, or the bundle: ${extra.join(', ')}`);
            assert.deepEqual(view.errors, []);
          } finally {
            await view.close();
          }
        });
      }
    });

    test('the link form and the data form become working elements; unknown names and attributes stay inert', async () => {
      const list = elements.find((element) => element.name === 'commitment-list');
      assert.ok(list, 'mbc-commitment-list is built');
      const html = page(`
      <p id="link"><a href="https://example.org/statement#mbc=commitment-list&amp;heading=Our%20commitments&amp;heading-level=3&amp;theme=dark&amp;onmouseover=alert(1)">We commit to defend the norms.</a></p>
      <div id="data" data-mbc="commitment-list" data-heading="Data form" data-heading-level="4" data-style="color:red">Fallback text</div>
      <p id="unknown"><a href="https://example.org/#mbc=no-such-widget&amp;x=1">Unknown stays a link</a></p>
      <script type="module" src="/dist/loader.js"></script>`);
      const view = await open(html);
      try {
        await defined(view.tab, 'mbc-commitment-list');
        const result = await view.tab.evaluate(async () => {
          const all = [...document.querySelectorAll('mbc-commitment-list')];
          await Promise.all(all.map((element) => element.dataComplete));
          return {
            count: all.length,
            link: (() => {
              const element = document.querySelector('#link mbc-commitment-list');
              return {
                attributes: element.getAttributeNames().sort(),
                theme: element.getAttribute('theme'),
                heading: element.shadowRoot.querySelector('h3')?.textContent.trim(),
                items: element.shadowRoot.querySelectorAll('li').length,
                fallback: element.textContent.trim(),
              };
            })(),
            data: (() => {
              const element = document.querySelector('#data mbc-commitment-list, mbc-commitment-list#data') ?? all[1];
              return {
                attributes: element.getAttributeNames().sort(),
                heading: element.shadowRoot.querySelector('h4')?.textContent.trim(),
                fallback: element.textContent.trim(),
              };
            })(),
            unknownLink: document.querySelector('#unknown a')?.textContent,
          };
        });
        assert.equal(result.count, 2);
        assert.deepEqual(result.link.attributes, ['heading', 'heading-level', 'theme']);
        assert.equal(result.link.heading, 'Our commitments');
        assert.ok(result.link.items > 0);
        assert.equal(result.link.fallback, 'We commit to defend the norms.');
        assert.deepEqual(result.data.attributes, ['heading', 'heading-level', 'theme']); // theme reflected by the element
        assert.equal(result.data.heading, 'Data form');
        assert.equal(result.data.fallback, 'Fallback text');
        assert.equal(result.unknownLink, 'Unknown stays a link');
        const said = view.warnings.join('\n');
        assert.match(said, /no-such-widget/);
        assert.match(said, /onmouseover/);
        assert.match(said, /"style"/);
        assert.deepEqual(view.errors, []);
      } finally {
        await view.close();
      }
    });

    test('load(root) upgrades a shadow root the site asks for, and what is added to it later', async () => {
      const view = await open(page('<div id="host"></div><script type="module" src="/dist/loader.js"></script>'));
      try {
        const result = await view.tab.evaluate(async () => {
          const { load } = await import('/dist/loader.js');
          const shadow = document.getElementById('host').attachShadow({ mode: 'open' });
          shadow.innerHTML = '<div data-mbc="commitment-list" data-heading="In a shadow root">text</div>';
          await new Promise((r) => setTimeout(r, 100));
          const before = shadow.querySelector('mbc-commitment-list') !== null;
          await load(shadow);
          const element = shadow.querySelector('mbc-commitment-list');
          await element.dataComplete;
          const added = document.createElement('mbc-commitment-list');
          added.setAttribute('heading', 'Later');
          shadow.append(added);
          await new Promise((r) => setTimeout(r, 50));
          const later = shadow.querySelectorAll('mbc-commitment-list')[1];
          await later.updateComplete;
          return {
            before,
            heading: element.shadowRoot.querySelector('h2')?.textContent.trim(),
            later: later.shadowRoot?.querySelector('h2')?.textContent.trim(),
            globals: Object.keys(window).filter((key) => /mbc|mine/i.test(key)),
          };
        });
        assert.equal(result.before, false, 'nothing in a shadow root is touched before load(root)');
        assert.equal(result.heading, 'In a shadow root');
        assert.equal(result.later, 'Later');
        assert.deepEqual(result.globals, [], 'no globals on window');
      } finally {
        await view.close();
      }
    });

    test('demo/loader.html: three forms, content added later, a shadow root through load()', async () => {
      const server = await startTestServer({ dist: DIST });
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      try {
        await tab.goto(`${server.origin}/loader.html`);
        await tab.waitForFunction(() => document.querySelectorAll('mbc-commitment-list:defined').length === 3);
        await tab.click('#add');
        await tab.click('#add-shadow');
        await tab.waitForFunction(
          () =>
            document.querySelectorAll('mbc-commitment-list:defined').length === 4 &&
            document
              .getElementById('shadow-host')
              .shadowRoot?.querySelector('mbc-commitment-list')
              ?.shadowRoot?.querySelector('li'),
        );
        assert.deepEqual(errors, []);
      } finally {
        await tab.close();
        await server.close();
      }
    });

    test('the classic bootstrap (a plain <script src>) loads the loader beside it', async () => {
      const view = await open(
        page('<mbc-commitment-list></mbc-commitment-list><script src="/dist/mine-ban-widgets.classic.js" async></script>'),
      );
      try {
        await defined(view.tab, 'mbc-commitment-list');
        const fetched = view.dist();
        assert.ok(fetched.includes('loader.js'));
        assert.ok(!fetched.includes('mine-ban-widgets.js'));
        assert.deepEqual(view.errors, []);
      } finally {
        await view.close();
      }
    });

    test('the whole bundle is one file: an English page with every element downloads it and nothing else', async () => {
      const tags = elements.map((element) => `mbc-${element.name}`);
      const view = await open(
        page(`${tags.map((tag) => `<${tag}></${tag}>`).join('')}<script type="module" src="/dist/mine-ban-widgets.js"></script>`),
      );
      try {
        for (const tag of tags) await defined(view.tab, tag);
        // The signatory list shows UN names: the English ones come inside the bundle.
        await view.tab.waitForFunction(() =>
          document.querySelector('mbc-signatory-list').shadowRoot.textContent.includes('Democratic Republic of the Congo'),
        );
        const fetched = view.dist().filter((file) => file.endsWith('.js'));
        assert.deepEqual(fetched, ['mine-ban-widgets.js']);
        assert.deepEqual(view.errors, []);
      } finally {
        await view.close();
      }
    });

    for (const language of ['en', 'ar']) {
      test(`no layout shift when elements upgrade into space the page reserved (tag, link and data forms; loader and bundle; ${language})`, async () => {
        const tags = elements.map((element) => `mbc-${element.name}`);
        const attributes = (tag) => (tag === 'mbc-achievement-counter' ? ' value="55000000" format="compact"' : '');
        const layout = (body, head = '') =>
          page(`<main style="inline-size: 600px">${body}</main>`, head).replace('lang="en"', `lang="${language}"`);
        // The page's own measure of each widget in its layout, as the README asks an author to take.
        const fallback = (tag) => `Fallback text of ${tag}.`; // the counter's label when it has none
        const calibration = await open(
          layout(
            `${tags.map((tag) => `<${tag}${attributes(tag)}>${fallback(tag)}</${tag}>`).join('')}<script type="module" src="/dist/mine-ban-widgets.js"></script>`,
          ),
        );
        let heights;
        try {
          for (const tag of tags) await defined(calibration.tab, tag);
          heights = await calibration.tab.evaluate(
            (tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag).getBoundingClientRect().height])),
            tags,
          );
        } finally {
          await calibration.close();
        }
        // The README's reservation rule, with each widget's height.
        const rules = tags
          .map((tag) => {
            const name = tag.slice(4);
            return `${tag}:is(:not(:defined), :state(loading)), a[href*="#mbc=${name}"], [data-mbc="${name}"] { display: block; min-block-size: ${heights[tag]}px; }`;
          })
          .join('\n');
        const forms = {
          tag: (tag) => `<${tag}${attributes(tag)}>${fallback(tag)}</${tag}>`,
          link: (tag) =>
            `<a href="https://example.org/statement#mbc=${tag.slice(4)}${attributes(tag).replace(/ (\w+)="([^"]*)"/g, '&amp;$1=$2')}">${fallback(tag)}</a>`,
          data: (tag) =>
            `<div data-mbc="${tag.slice(4)}"${attributes(tag).replace(/ (\w+)=/g, ' data-$1=')}>${fallback(tag)}</div>`,
        };
        const cases = [
          ['tag', 'loader.js'],
          ['link', 'loader.js'],
          ['data', 'loader.js'],
          ['tag', 'mine-ban-widgets.js'],
        ];
        for (const [form, script] of cases) {
          const body = `<p>Before.</p>${tags.map((tag) => `${forms[form](tag)}<p>After ${tag}.</p>`).join('')}<script type="module" src="/dist/${script}"></script>`;
          const head = `<style>${rules}</style><script>window.shifts = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.shifts.push({ value: entry.value, nodes: entry.sources.map((source) => source.node?.nodeName) }); }).observe({ type: 'layout-shift', buffered: true });</script>`;
          const view = await open(layout(body, head));
          try {
            for (const tag of tags) await defined(view.tab, tag);
            // Two frames, so a shift from the last render is reported.
            await view.tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            const shifts = await view.tab.evaluate(() => window.shifts);
            assert.deepEqual(shifts, [], `${form} form with ${script}: layout shifts ${JSON.stringify(shifts)}`);
            assert.deepEqual(view.errors, []);
          } finally {
            await view.close();
          }
        }
      });
    }

    test('the loader and the full bundle on one page: no error, each element defined once', async () => {
      const view = await open(
        page(
          '<mbc-commitment-list></mbc-commitment-list><script type="module" src="/dist/mine-ban-widgets.js"></script><script type="module" src="/dist/loader.js"></script><script type="module" src="/dist/loader.js?again"></script>',
        ),
      );
      try {
        await defined(view.tab, 'mbc-commitment-list');
        await view.tab.waitForTimeout(200);
        assert.deepEqual(view.errors, []);
      } finally {
        await view.close();
      }
    });
  },
);
