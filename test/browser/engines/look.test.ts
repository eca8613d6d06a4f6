/**
 * How every element looks, recorded in each engine so that scripts/compare-engines.js
 * can hold the three side by side (a style only one engine understands shows as a box
 * or colour that differs): every element of custom-elements.json in English and Arabic,
 * light and dark, at 480 px, with each part's box (relative to the host, in CSS px) and
 * its text and background colours. The record goes to the test server
 * (test/wtr-commands.js, 'mbc-record-look'), one file per engine in .engines/.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, recordLook, type LookEntry } from '../commands.js';
import { setPageLanguage } from '../helpers.js';
import { renderElement, shadowRoots, TAGS } from '../i18n/support.js';

const round = (n: number) => Math.round(n * 10) / 10;

/** Every part of the element (nested counters' too), keyed by its path of parts and its index. */
function measure(el: HTMLElement): LookEntry['parts'] {
  const host = el.getBoundingClientRect();
  const parts: LookEntry['parts'] = {};
  shadowRoots(el).forEach((root, r) => {
    const seen = new Map<string, number>();
    for (const node of root.querySelectorAll<HTMLElement>('[part]')) {
      const name = `${r}:${node.getAttribute('part')}`;
      const n = seen.get(name) ?? 0;
      seen.set(name, n + 1);
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      parts[`${name}#${n}`] = {
        box: [round(box.left - host.left), round(box.top - host.top), round(box.width), round(box.height)],
        color: style.color,
        background: style.backgroundColor,
        display: style.display,
      };
    }
  });
  return parts;
}

describe('look: every element recorded for the comparison across engines', function () {
  this.timeout(120_000);
  // The widgets take the page's font: one font the suite installs (fonts-dejavu-core), so that
  // engines' different default fonts (Chromium's Times New Roman is Liberation Serif where that
  // is installed, Firefox's serif DejaVu Serif) do not show as differences of the widgets.
  before(async () => {
    document.body.style.fontFamily = '"DejaVu Sans", sans-serif';
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    document.body.style.fontFamily = '';
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setPageLanguage('en');
  });

  it('records every element in en and ar, light and dark, at 480 px', async () => {
    const entries: LookEntry[] = [];
    for (const language of ['en', 'ar']) {
      await setPageLanguage(language);
      for (const tag of TAGS) {
        for (const theme of ['light', 'dark']) {
          const { el, stage } = await renderElement(tag, { theme }, 480);
          try {
            const host = el.getBoundingClientRect();
            const parts = measure(el);
            expect(Object.keys(parts).length, `${tag} has parts`).to.be.greaterThan(0);
            entries.push({ tag, language, theme, size: [round(host.width), round(host.height)], parts });
          } finally {
            stage.remove();
          }
        }
      }
    }
    await recordLook(entries);
  });
});
