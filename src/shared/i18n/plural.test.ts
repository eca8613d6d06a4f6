import { expect } from '@open-wc/testing';
import { localeReady } from './locale.js';
import { statesCount } from './countries.js';
import { intlTag } from './language.js';

/*
 * Plurals through Intl.PluralRules with the real translations: Arabic's six forms
 * and Russian's three (one, few, many), with the number in the locale's digits.
 */
const root = document.documentElement;
const originalLang = root.getAttribute('lang');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function inLanguage(tag: string, counts: number[]): Promise<string[]> {
  root.lang = tag;
  await localeReady();
  return counts.map((n) => plain(statesCount(n, intlTag(tag)))); // as the elements call it, with this.locale.tag
}

describe('plural messages ("18 States")', () => {
  after(async () => {
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
    await localeReady();
  });

  it('English: one and two in words, then one and other', async () => {
    expect(await inLanguage('en', [1, 2, 18, 0])).to.deep.equal(['one State', 'two States', '18 States', '0 States']);
  });

  it('Russian: one, few and many', async () => {
    expect(await inLanguage('ru', [1, 3, 18, 21, 24, 25])).to.deep.equal([
      'одно государство',
      '3 государства',
      '18 государств',
      '21 государство',
      '24 государства',
      '25 государств',
    ]);
  });

  it('Arabic: zero, one, two, few, many and other, in Arabic-Indic digits where the page asks', async () => {
    expect(await inLanguage('ar', [0, 1, 2, 3, 18, 100])).to.deep.equal([
      '0 دولة',
      'دولة واحدة',
      'دولتان',
      '3 دول',
      '18 دولة',
      '100 دولة',
    ]);
    expect(await inLanguage('ar-u-nu-arab', [3, 18])).to.deep.equal(['٣ دول', '١٨ دولة']);
  });

  it('French, Spanish and Chinese', async () => {
    expect(await inLanguage('fr', [0, 1, 2, 18])).to.deep.equal(['0 État', 'un État', 'deux États', '18 États']);
    expect(await inLanguage('es', [1, 18])).to.deep.equal(['un Estado', '18 Estados']);
    expect(await inLanguage('zh', [1, 2, 18])).to.deep.equal(['一个国家', '两个国家', '18个国家']);
  });
});
