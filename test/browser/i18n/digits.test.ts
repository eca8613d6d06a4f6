/**
 * One script of digits per widget, the same in every engine: Western digits unless the
 * page's tag names a numbering system (`ar-u-nu-arab`), and then that system for every
 * figure Intl formats, every number the texts write by hand ("أكثر من 55 مليون"), and the
 * list numbers. (WebKit wrote Arabic figures in Arabic-Indic digits by itself while the
 * texts beside them kept Western ones.)
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '../commands.js';
import { setPageLanguage } from '../helpers.js';
import { renderElement, shadowRoots, shadowTextNodes, TAGS } from './support.js';

const WESTERN = /[0-9]/;
const ARABIC_INDIC = /[\u0660-\u0669]/;

/** The elements whose built-in content has figures (the counters, "55 million", "18 States"), and those with a numbered list. */
const SHOWS_DIGITS = new Set(['mbc-achievement-counter', 'mbc-achievement-list', 'mbc-statement-card']);
const NUMBERED = new Set(['mbc-commitment-list', 'mbc-statement-card']);

/** Every digit a reader sees in the element: its shadow trees' texts (nested counters' included). */
function digitsOf(el: Element): string {
  return shadowTextNodes(el)
    .map((node) => node.data)
    .join(' ')
    .replace(/[^\p{Nd}]/gu, '');
}

/** The list-style of every numbered list in the element's shadow trees. */
const listStyles = (el: Element) =>
  shadowRoots(el).flatMap((root) => Array.from(root.querySelectorAll('ol'), (ol) => getComputedStyle(ol).listStyleType));

describe('digits: one numbering system per page, in every engine', function () {
  this.timeout(60_000);
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setPageLanguage('en');
  });

  for (const tag of TAGS) {
    it(`${tag}: Western digits on an Arabic page, Arabic-Indic ones throughout on ar-u-nu-arab`, async () => {
      const variant: Record<string, string> = tag === 'mbc-statement-card' ? { variant: 'full' } : {};
      await setPageLanguage('ar');
      const plain = await renderElement(tag, variant);
      try {
        const digits = digitsOf(plain.el);
        expect(digits, `${tag} on an ar page`).to.not.match(ARABIC_INDIC);
        for (const style of listStyles(plain.el)) expect(style).to.equal('decimal');
      } finally {
        plain.stage.remove();
      }

      await setPageLanguage('ar-u-nu-arab');
      const arab = await renderElement(tag, variant);
      try {
        const digits = digitsOf(arab.el);
        expect(digits, `${tag} on an ar-u-nu-arab page`).to.not.match(WESTERN);
        for (const style of listStyles(arab.el)) expect(style).to.equal('arabic-indic');
        // Where the built-in statement gives figures, counts or numbered lists, there is something to check.
        if (SHOWS_DIGITS.has(tag)) expect(digits.length, `${tag} shows figures`).to.be.greaterThan(0);
        if (NUMBERED.has(tag)) expect(listStyles(arab.el).length, `${tag} numbers a list`).to.be.greaterThan(0);
      } finally {
        arab.stage.remove();
      }
    });
  }

  it('setLocale("ar-u-nu-arab") on an English page: an achievement list\'s texts and its counters share the digits', async () => {
    await setPageLanguage('en');
    const { setLocale } = await import('../../../src/shared/i18n/locale.js');
    await setLocale('ar-u-nu-arab');
    const list = await renderElement('mbc-achievement-list', {});
    try {
      // One page language for every element: the counters inside follow setLocale() as the list does.
      const counters = shadowRoots(list.el).flatMap((root) => Array.from(root.querySelectorAll('mbc-achievement-counter')));
      expect(counters.length, 'the list shows counters').to.be.greaterThan(0);
      for (const counter of counters) {
        expect(digitsOf(counter), 'a counter').to.match(ARABIC_INDIC).and.not.match(WESTERN);
        expect(counter.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') ?? counter.getAttribute('lang')).to.not.equal(
          'en',
        );
      }
      expect(digitsOf(list.el)).to.not.match(WESTERN);
    } finally {
      list.stage.remove();
      await setPageLanguage('en');
    }
  });
});
