// The static Storybook (storybook-static/, from `npm run build-storybook`) in
// headless Chromium: every story of every stories file renders its element with a
// shadow root, the manifest made its attributes controls, and the language toolbar
// sets <html lang>. Run: `npm run test:storybook` (builds Storybook first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.js';
import { startTestServer } from '../../scripts/test-server.js';

const STATIC = process.env.STORYBOOK_STATIC ?? 'storybook-static';

describe('storybook-static', () => {
  let browser;
  let server;
  let stories;
  before(async () => {
    assert.ok(existsSync(`${STATIC}/index.json`), `${STATIC}/index.json is missing: run npm run build-storybook`);
    stories = Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries).filter(
      (entry) => entry.type === 'story',
    );
    server = await startTestServer({ root: STATIC });
    browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('there is a story for every element that has a stories file', () => {
    const files = readdirSync('stories').filter((name) => name.endsWith('.stories.ts'));
    assert.ok(files.length >= 7, `stories files: ${files.join(', ')}`);
    for (const file of files) {
      const tag = `mbc-${file.replace(/\.stories\.ts$/, '')}`;
      assert.ok(
        stories.some((story) => story.id.startsWith(`elements-${tag}--`)),
        `no story of ${tag} in the built Storybook (${file})`,
      );
    }
  });

  test('every story renders its element', async (t) => {
    for (const story of stories) {
      await t.test(story.id, async () => {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        try {
          await tab.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
          const rendered = await tab.waitForFunction(
            () => {
              const element = [...document.querySelectorAll('#storybook-root *')].find((node) =>
                node.localName.startsWith('mbc-'),
              );
              return element?.shadowRoot?.childElementCount ? element.localName : false;
            },
            undefined,
            { timeout: 10_000 },
          );
          assert.match(await rendered.jsonValue(), /^mbc-/);
          assert.deepEqual(errors, []);
        } finally {
          await tab.close();
        }
      });
    }
  });

  test('story args become attributes (the manifest reached the stories)', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${server.origin}/iframe.html?id=elements-mbc-commitment-list--custom-heading&viewMode=story`);
      const heading = await tab.waitForFunction(() => {
        const element = document.querySelector('#storybook-root mbc-commitment-list');
        return element?.getAttribute('heading') && element.shadowRoot?.querySelector('h2')?.textContent.trim();
      });
      assert.equal(await heading.jsonValue(), 'What the Champions commit to');
    } finally {
      await tab.close();
    }
  });

  test('the language and theme toolbar set <html lang> and the theme attribute', async () => {
    const story = stories.find((entry) => entry.id === 'elements-mbc-commitment-list--default') ?? stories[0];
    const tab = await browser.newPage();
    try {
      await tab.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:fr;theme:dark`);
      const result = await tab.waitForFunction(() => {
        const element = document.querySelector('#storybook-root [theme]');
        return element?.shadowRoot?.childElementCount
          ? { lang: document.documentElement.lang, theme: element.getAttribute('theme') }
          : false;
      });
      assert.deepEqual(await result.jsonValue(), { lang: 'fr', theme: 'dark' });
    } finally {
      await tab.close();
    }
  });
});
