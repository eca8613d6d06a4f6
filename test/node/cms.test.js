// The CMS round trip (issue 6): each form is pasted into real TinyMCE 8 (WordPress's
// classic editor) and CKEditor 5 (Drupal's), in headless Chromium; the editor's
// output HTML — what the CMS stores and serves — is put on a page with the built
// loader (dist/, or DIST=…), and we check what comes out. Needs a build first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.js';
import { startTestServer } from '../../scripts/test-server.js';

const DIST = process.env.DIST ?? 'dist';
const TEXT = 'We commit to defend humanitarian disarmament norms.';
const FORMS = {
  tag: `<mbc-commitment-list heading="Our commitments" heading-level="3" theme="dark">${TEXT}</mbc-commitment-list>`,
  link: `<p><a href="https://www.apminebanconvention.org/#mbc=commitment-list&amp;heading=Our+commitments&amp;heading-level=3&amp;theme=dark">${TEXT}</a></p>`,
  data: `<div data-mbc="commitment-list" data-heading="Our commitments" data-heading-level="3" data-theme="dark">${TEXT}</div>`,
};
/** What must come out of each editor: the link form everywhere, the data form where the editor keeps data-*. */
const MUST_UPGRADE = { tinymce: ['link', 'data'], ckeditor5: ['link'] };

const EDITORS = {
  tinymce: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TinyMCE</title></head><body>
<textarea id="editor"></textarea>
<script src="/vendor/tinymce/tinymce.min.js"></script>
<script>
  window.editor = tinymce
    .init({ selector: '#editor', license_key: 'gpl', plugins: 'link lists', menubar: false, promotion: false, branding: false })
    .then(([editor]) => ({
      body: () => editor.getBody(),
      clear: () => editor.setContent(''),
      focus: () => editor.focus(),
      output: () => editor.getContent(),
    }));
</script></body></html>`,
  ckeditor5: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CKEditor 5</title>
<link rel="stylesheet" href="/vendor/ckeditor5/dist/browser/ckeditor5.css"></head><body>
<div id="editor"></div>
<script type="module">
  import { ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote } from '/vendor/ckeditor5/dist/browser/ckeditor5.js';
  // Drupal's default "Basic HTML" set-up: paragraphs, headings, emphasis, links, lists, quotes.
  window.editor = ClassicEditor.create(document.getElementById('editor'), {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote],
    toolbar: ['heading', 'bold', 'italic', 'link', 'bulletedList', 'numberedList', 'blockQuote'],
  }).then((editor) => ({
    body: () => editor.ui.getEditableElement(),
    clear: () => editor.setData(''),
    focus: () => editor.editing.view.focus(),
    output: () => editor.getData(),
  }));
</script></body></html>`,
};

describe(
  'CMS round trip: paste into the editor, publish its HTML, upgrade with the loader',
  { skip: !existsSync(join(DIST, 'loader.js')) && `no ${DIST}/loader.js: build first` },
  () => {
    let browser;
    let server;
    before(async () => {
      server = await startTestServer({
        dist: DIST,
        mounts: { '/vendor/tinymce/': 'node_modules/tinymce', '/vendor/ckeditor5/': 'node_modules/ckeditor5' },
        routes: Object.fromEntries(Object.entries(EDITORS).map(([name, body]) => [`/${name}.html`, { body }])),
      });
      browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Pastes `html` into the editor as a reader's clipboard would, and returns the editor's output HTML. */
    async function pasteThrough(editorName, html) {
      const tab = await browser.newPage();
      try {
        await tab.goto(`${server.origin}/${editorName}.html`);
        return await tab.evaluate(async (html) => {
          const editor = await window.editor;
          editor.clear();
          editor.focus();
          const data = new DataTransfer();
          data.setData('text/html', html);
          data.setData('text/plain', html.replace(/<[^>]+>/g, ''));
          const target = editor.body();
          target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          await new Promise((resolve) => setTimeout(resolve, 300));
          return editor.output();
        }, html);
      } finally {
        await tab.close();
      }
    }

    /** Serves the editor's output as a published page with the loader; what does the reader get? */
    async function publish(output) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      try {
        await tab.goto(`${server.origin}/dist/loader.js`); // same origin, then write the page
        await tab.setContent(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>published</title><script type="module" src="${server.origin}/dist/loader.js"></script></head><body><article>${output}</article></body></html>`,
        );
        await tab.waitForTimeout(300);
        const result = await tab.evaluate(async () => {
          const widget = document.querySelector('mbc-commitment-list');
          if (widget) {
            await customElements.whenDefined('mbc-commitment-list');
            await widget.dataComplete;
          }
          return {
            widget: widget
              ? {
                  defined: widget.matches(':defined'),
                  attributes: widget
                    .getAttributeNames()
                    .sort()
                    .map((name) => [name, widget.getAttribute(name)]),
                  heading: widget.shadowRoot?.querySelector('h3')?.textContent.trim(),
                  items: widget.shadowRoot?.querySelectorAll('li').length ?? 0,
                }
              : null,
            text: document.querySelector('article').textContent.replace(/\s+/g, ' ').trim(),
          };
        });
        return { ...result, errors };
      } finally {
        await tab.close();
      }
    }

    for (const editorName of Object.keys(EDITORS)) {
      for (const [form, html] of Object.entries(FORMS)) {
        test(`${editorName}: ${form} form`, async (t) => {
          const output = await pasteThrough(editorName, html);
          t.diagnostic(`${editorName} stored: ${output}`);
          assert.ok(output.includes(TEXT), 'the text survives the editor');
          const page = await publish(output);
          t.diagnostic(`upgraded: ${page.widget ? 'yes' : 'no'}`);
          assert.deepEqual(page.errors, []);
          assert.ok(page.text.includes(TEXT), 'the reader sees the text (as fallback or link) either way');
          if (MUST_UPGRADE[editorName].includes(form)) {
            assert.ok(page.widget, `the ${form} form upgrades after ${editorName}`);
            assert.equal(page.widget.defined, true);
            assert.deepEqual(page.widget.attributes, [
              ['heading', 'Our commitments'],
              ['heading-level', '3'],
              ['theme', 'dark'],
            ]);
            assert.equal(page.widget.heading, 'Our commitments');
            assert.ok(page.widget.items > 0, 'the widget shows the commitments');
          }
        });
      }
    }
  },
);
