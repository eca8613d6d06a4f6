// The embed builder (demo/builder.html) in headless Chromium, over the built loader
// (dist/, or DIST=…) and a manifest made from the sources for this run: its form
// covers every attribute of every element, and choose → change → copy gives a
// snippet that renders the same widget on a blank page, in each of the three forms.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.js';
import { analyze, describeElements } from '../../scripts/manifest.js';
import { startTestServer } from '../../scripts/test-server.js';

const DIST = process.env.DIST ?? 'dist';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('embed builder', { skip: !existsSync(join(DIST, 'loader.js')) && `no ${DIST}/loader.js: build first` }, () => {
  let browser;
  let server;
  let context;
  let elements;
  before(async () => {
    const manifest = await analyze();
    ({ elements } = describeElements(manifest));
    server = await startTestServer({
      dist: DIST,
      routes: {
        '/custom-elements.json': { type: 'application/json', body: JSON.stringify(manifest) },
        '/blank.html': {
          body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>',
        },
      },
    });
    browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openBuilder() {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.origin}/builder.html`);
    await tab.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    return { tab, errors };
  }

  /** Waits for the preview to show `tag` with exactly these attributes, and returns its text. */
  async function previewed(tab, tag, attributes) {
    await tab.waitForFunction(
      ({ tag, attributes }) => {
        const frame = document.getElementById('preview');
        return (
          frame.dataset.rendered === JSON.stringify({ tag, attributes }) &&
          !document.getElementById('snippet').value.includes('></mbc-')
        );
      },
      { tag, attributes },
      { timeout: 15_000 },
    );
    return tab.evaluate(async () => {
      const { readableText } = await import('/builder.js');
      const frame = document.getElementById('preview');
      return readableText(frame.contentDocument.body.firstElementChild);
    });
  }

  test('offers every element of the manifest, and every attribute as a labelled control', async () => {
    const { tab, errors } = await openBuilder();
    try {
      const options = await tab.$$eval('#element option', (nodes) => nodes.map((node) => node.value));
      assert.deepEqual(options.sort(), elements.map((element) => element.name).sort());
      for (const element of elements) {
        await tab.selectOption('#element', element.name);
        for (const attribute of element.attributes) {
          const control = await tab.$(`#attr-${attribute.name}`);
          assert.ok(control, `${element.tag} [${attribute.name}] has a control`);
          const label = await tab.$eval(`label[for="attr-${attribute.name}"]`, (node) => node.textContent);
          assert.equal(label, attribute.name);
          if (attribute.values) {
            const values = await tab.$$eval(`#attr-${attribute.name} option`, (nodes) => nodes.map((node) => node.value));
            assert.deepEqual(values, ['', ...attribute.values], `${element.tag} [${attribute.name}] offers the union's values`);
          }
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test("shows the descriptions' Markdown marks as code and strong text, never as asterisks and backticks", async () => {
    const { tab, errors } = await openBuilder();
    try {
      await tab.selectOption('#element', 'achievement-counter');
      const description = await tab.$eval('#element-description', (node) => ({
        strong: node.querySelector('strong')?.textContent,
      }));
      assert.equal(description.strong, '55 million');
      const format = await tab.$eval('#attr-format-hint', (node) => ({
        code: [...node.querySelectorAll('code')].map((code) => code.textContent),
      }));
      assert.deepEqual(format.code.slice(0, 3), ['number', 'compact', 'percent']);
      for (const element of elements) {
        await tab.selectOption('#element', element.name);
        const texts = await tab.$$eval('#element-description, .hint', (nodes) => nodes.map((node) => node.textContent));
        for (const text of texts) assert.doesNotMatch(text, /\*\*|`/, `${element.tag}: ${text}`);
      }
      // A hostile description stays text.
      const hostile = await tab.evaluate(async () => {
        const { withInlineMarks } = await import('/builder.js');
        const box = document.createElement('div');
        box.append(withInlineMarks('<img src=x onerror="window.__pwned=1"> `<b>code</b>` **<i>x</i>**'));
        return { elements: [...box.querySelectorAll('*')].map((node) => node.localName), text: box.textContent };
      });
      assert.deepEqual(hostile.elements, ['code', 'strong']);
      assert.equal(hostile.text, '<img src=x onerror="window.__pwned=1"> <b>code</b> <i>x</i>');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('has no axe violation (WCAG 2.2 A/AA) and works from the keyboard', async () => {
    const { tab } = await openBuilder();
    try {
      await tab.addScriptTag({ content: AXE });
      const violations = await tab.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      // Tab from the element select through the form reaches the copy button.
      await tab.focus('#element');
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await tab.keyboard.press('Tab');
        reached = await tab.evaluate(() => document.activeElement?.id === 'copy');
      }
      assert.ok(reached, 'the copy button is reachable with Tab');
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => document.getElementById('copy-status').textContent.includes('Copied'));
      assert.equal(await tab.getAttribute('#copy-status', 'role'), 'status');
    } finally {
      await tab.close();
    }
  });

  test('every element: its preview renders, and its copied tag snippet renders the same on a blank page', async (t) => {
    const { tab, errors } = await openBuilder();
    try {
      for (const element of elements) {
        await t.test(element.tag, async () => {
          await tab.selectOption('#element', element.name);
          const previewText = await previewed(tab, element.tag, []);
          assert.ok(previewText.length > 0, 'the preview shows text');
          await tab.check('input[name="form"][value="tag"]');
          await tab.click('#copy');
          await tab.waitForFunction(() => document.getElementById('copy-status').textContent.startsWith('Copied'));
          const snippet = await tab.evaluate(() => navigator.clipboard.readText());
          const blank = await context.newPage();
          try {
            await blank.goto(`${server.origin}/blank.html`);
            await blank.setContent(
              `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body>${snippet}</body></html>`,
            );
            await blank.waitForFunction((tag) => document.querySelector(tag)?.matches(':defined'), element.tag, {
              timeout: 15_000,
            });
            const text = await blank.evaluate(async (tag) => {
              const { readableText } = await import('/builder.js');
              const widget = document.querySelector(tag);
              await (widget.dataComplete ?? widget.updateComplete);
              return readableText(widget);
            }, element.tag);
            assert.equal(text, previewText);
          } finally {
            await blank.close();
          }
        });
      }
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('choose, change, copy: each form renders the same widget on a blank page', async (t) => {
    const { tab, errors } = await openBuilder();
    try {
      await tab.selectOption('#element', 'commitment-list');
      await tab.fill('#attr-heading', 'Our commitments');
      await tab.fill('#attr-heading-level', '3');
      await tab.selectOption('#attr-theme', 'dark');
      const attributes = [
        ['heading', 'Our commitments'],
        ['heading-level', '3'],
        ['theme', 'dark'],
      ];
      const previewText = await previewed(tab, 'mbc-commitment-list', attributes);
      assert.match(previewText, /^Our commitments /);

      for (const form of ['tag', 'link', 'data']) {
        await t.test(`${form} form`, async () => {
          await tab.check(`input[name="form"][value="${form}"]`);
          await tab.click('#copy');
          await tab.waitForFunction(
            (form) => document.getElementById('copy-status').textContent === `Copied the ${form} snippet.`,
            form,
          );
          const snippet = await tab.evaluate(() => navigator.clipboard.readText());
          assert.ok(snippet.includes(previewText.slice(0, 40)), `the fallback text is filled in: ${snippet}`);

          const blank = await context.newPage();
          try {
            await blank.goto(`${server.origin}/blank.html`);
            const loaderLine = form === 'tag' ? '' : `<script type="module" src="${server.origin}/dist/loader.js"></script>`;
            await blank.setContent(
              `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body>${loaderLine}${snippet}</body></html>`,
            );
            await blank.waitForFunction(() => document.querySelector('mbc-commitment-list')?.matches(':defined'), undefined, {
              timeout: 15_000,
            });
            const { attributes: got, text } = await blank.evaluate(async () => {
              const { readableText } = await import('/builder.js');
              const widget = document.querySelector('mbc-commitment-list');
              await widget.dataComplete;
              return {
                attributes: widget
                  .getAttributeNames()
                  .sort()
                  .map((name) => [name, widget.getAttribute(name)]),
                text: readableText(widget),
              };
            });
            assert.deepEqual(got, [...attributes].sort());
            assert.equal(text, previewText);
          } finally {
            await blank.close();
          }
        });
      }
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });
});
