import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { localized, msg } from '@lit/localize';
import { configureLocalization } from '@lit/localize';
import {
  LocaleController,
  SUPPORTED_LANGUAGES,
  activeLanguage,
  dirOf,
  intlTag,
  isolate,
  localeReady,
  resolveLanguage,
  setLocale,
} from './locale.js';
import { PLURAL_CATEGORIES, plural, pluralCategory } from './plural.js';
import { localDigits } from './language.js';
import { figure } from './format.js';

const root = document.documentElement;
/** localization.ts under another URL: a second evaluation of the module, as a second copy of the library. */
const LOCALIZATION_MODULE = new URL('./localization.ts', import.meta.url).href;
const originalLang = root.getAttribute('lang');

/** Waits for the language the page asks for, then a few frames, so a late second render would show. */
async function settle(): Promise<void> {
  await localeReady();
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function setPageLanguage(tag: string | null): Promise<void> {
  if (tag === null) root.removeAttribute('lang');
  else root.lang = tag;
  await settle();
}

/** A minimal widget as element authors write one: @localized, msg(), LocaleController. */
@localized()
class ProbeElement extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p lang=${this.locale.language} dir=${this.locale.dir}>${msg('We commit to')}</p>`;
  }
}
customElements.define('mbc-locale-probe', ProbeElement);

const textOf = (el: ProbeElement) => el.shadowRoot!.querySelector('p')!.textContent;

describe('locale', () => {
  afterEach(async () => {
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
    await settle();
  });

  describe('resolution', () => {
    it('resolves tags to the six UN languages, anything else to English', () => {
      expect(resolveLanguage('fr-CA')).to.equal('fr');
      expect(resolveLanguage('zh-Hant')).to.equal('zh');
      expect(resolveLanguage('zh-Hans-CN')).to.equal('zh');
      expect(resolveLanguage('ar-u-nu-arab')).to.equal('ar');
      expect(resolveLanguage('ES_mx')).to.equal('es');
      expect(resolveLanguage('pt')).to.equal('en');
      expect(resolveLanguage('')).to.equal('en');
      expect(resolveLanguage(undefined)).to.equal('en');
      expect(resolveLanguage('not a tag')).to.equal('en');
      expect([...SUPPORTED_LANGUAGES].sort()).to.deep.equal(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    });

    it('keeps the page tag for Intl, extensions included, with Western digits unless the tag names its own', () => {
      expect(intlTag('ar-u-nu-arab')).to.equal('ar-u-nu-arab');
      expect(intlTag('fr-ca')).to.equal('fr-CA-u-nu-latn');
      expect(intlTag('ar')).to.equal('ar-u-nu-latn');
      expect(intlTag('zh-Hant-TW-u-ca-roc')).to.equal('zh-Hant-TW-u-ca-roc-nu-latn');
      expect(intlTag('pt-BR')).to.equal('en-u-nu-latn');
      expect(intlTag('@@')).to.equal('en-u-nu-latn');
    });

    it("writes the digits of hand-written numbers in the tag's numbering system", () => {
      expect(localDigits('Over 55 million, 75 %', 'ar-u-nu-latn')).to.equal('Over 55 million, 75 %');
      expect(localDigits('أكثر من 55 مليون', 'ar-u-nu-arab')).to.equal('أكثر من ٥٥ مليون');
      expect(localDigits('1997-2025', 'fa-u-nu-arabext')).to.equal('۱۹۹۷-۲۰۲۵');
    });

    it('gives Arabic right-to-left, the others left-to-right', () => {
      for (const language of SUPPORTED_LANGUAGES) expect(dirOf(language)).to.equal(language === 'ar' ? 'rtl' : 'ltr');
    });

    it('isolates a value with U+2068 … U+2069', () => {
      expect(isolate('75 %')).to.equal('\u206875 %\u2069');
    });
  });

  describe('<html lang>', () => {
    it('renders in the page language from the start', async () => {
      await setPageLanguage('fr-CA');
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      await settle();
      expect(textOf(el)).to.equal('Nous nous engageons à');
      expect(el.locale.language).to.equal('fr');
      expect(el.locale.tag).to.equal('fr-CA-u-nu-latn');
    });

    it('renders lang, dir and formats of a new page language at once, its strings when they arrive', async () => {
      await setPageLanguage('en');
      root.lang = 'ar-u-nu-arab'; // not awaited: the strings are on their way
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      const p = el.shadowRoot!.querySelector('p')!;
      expect(p.getAttribute('lang')).to.equal('ar');
      expect(p.getAttribute('dir')).to.equal('rtl');
      expect(el.locale.tag).to.equal('ar-u-nu-arab');
      await settle();
      expect(textOf(el)).to.equal('نلتزم بما يلي');
    });

    it('re-renders every widget exactly once when the language changes', async () => {
      const widgets = await Promise.all([1, 2, 3].map(() => fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`)));
      await settle();
      for (const el of widgets) el.renders = 0;
      await setPageLanguage('ar');
      for (const el of widgets) {
        expect(el.renders, 'renders after en → ar').to.equal(1);
        expect(textOf(el)).to.equal('نلتزم بما يلي');
        expect(el.shadowRoot!.querySelector('p')!.getAttribute('dir')).to.equal('rtl');
        expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('ar');
      }
      for (const el of widgets) el.renders = 0;
      await setPageLanguage('zh-Hant');
      for (const el of widgets) {
        expect(el.renders, 'renders after ar → zh').to.equal(1);
        expect(textOf(el)).to.equal('我们承诺');
        expect(el.shadowRoot!.querySelector('p')!.getAttribute('dir')).to.equal('ltr');
      }
    });

    it('never renders a mix: lang, dir and the strings switch in the same render', async () => {
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      await settle();
      const seen: string[] = [];
      const original = el.render.bind(el);
      el.render = () => {
        seen.push(`${el.locale.language}|${el.locale.dir}|${msg('We commit to')}`);
        return original();
      };
      await setPageLanguage('ar');
      await setPageLanguage('ru');
      expect(seen).to.deep.equal(['ar|rtl|نلتزم بما يلي', 'ru|ltr|Мы обязуемся']);
    });

    it('re-renders once for another tag of the same language (Intl extensions), not at all for a tag that changes nothing', async () => {
      await setPageLanguage('ar');
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      await settle();
      el.renders = 0;
      await setPageLanguage('ar-u-nu-arab');
      expect(el.renders).to.equal(1);
      expect(el.locale.tag).to.equal('ar-u-nu-arab');
      el.renders = 0;
      await setPageLanguage('en');
      el.renders = 0;
      await setPageLanguage('pt'); // still English, same formats
      expect(el.renders).to.equal(0);
      expect(textOf(el)).to.equal('We commit to');
    });

    it('shows English for unsupported languages and for no lang at all', async () => {
      for (const tag of ['pt-BR', 'de', 'x-klingon', '', null]) {
        await setPageLanguage(tag);
        const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
        await settle();
        expect(textOf(el), String(tag)).to.equal('We commit to');
        expect(el.locale.language).to.equal('en');
        expect(el.locale.dir).to.equal('ltr');
        el.remove();
      }
    });

    it('updates a widget that was detached during a switch when it comes back', async () => {
      const stays = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      const moves = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      await settle();
      moves.remove();
      await setPageLanguage('ru');
      expect(textOf(stays)).to.equal('Мы обязуемся');
      document.body.append(moves);
      await settle();
      expect(textOf(moves)).to.equal('Мы обязуемся');
      moves.remove();
    });

    it('picks up a change made while no widget was on the page', async () => {
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      el.remove();
      root.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve, 20));
      document.body.append(el);
      await settle();
      expect(textOf(el)).to.equal('Nos comprometemos a');
      el.remove();
    });
  });

  describe('setLocale()', () => {
    it('switches every widget without touching <html lang>, until <html lang> changes again', async () => {
      root.lang = 'en';
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      await settle();
      el.renders = 0;
      await setLocale('ru-RU');
      await settle();
      expect(el.renders).to.equal(1);
      expect(textOf(el)).to.equal('Мы обязуемся');
      expect(el.locale.tag).to.equal('ru-RU-u-nu-latn');
      expect(root.lang).to.equal('en');
      expect(activeLanguage()).to.equal('ru');

      await setPageLanguage('es');
      expect(textOf(el)).to.equal('Nos comprometemos a');
    });

    it('takes unsupported tags as English', async () => {
      const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
      await setLocale('fr');
      await setLocale('it');
      await settle();
      expect(textOf(el)).to.equal('We commit to');
      expect(el.locale.tag).to.equal('en-u-nu-latn');
    });

    it('is exported by the package entry points', async () => {
      const classes = await import('../../classes.js');
      expect(classes.setLocale).to.equal(setLocale);
    });
  });

  describe('configured once', () => {
    type Runtime = import('./localization.js').LocalizationRuntime;
    const registry = () =>
      (globalThis as unknown as Record<symbol, WeakMap<object, Runtime>>)[Symbol.for('mine-ban-widgets.localization')];

    it('a second copy of the library on the same @lit/localize reuses the first configuration', async () => {
      await setPageLanguage('fr'); // the first non-English language configures @lit/localize
      const ours = registry().get(configureLocalization)!;
      expect(ours.owned).to.be.true;
      expect(ours.getLocale()).to.equal('fr');
      const copy = (await import(`${LOCALIZATION_MODULE}?copy=${Date.now()}`)) as typeof import('./localization.js');
      expect(copy.configure(() => Promise.reject(new Error('not used')))).to.equal(ours);
      // @lit/localize itself would have thrown:
      expect(() => configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: () => Promise.reject() })).to.throw(
        /only be configured once/,
      );
    });

    it('does not throw when the page configured @lit/localize itself', async () => {
      await setPageLanguage('fr');
      const ours = registry().get(configureLocalization)!;
      registry().delete(configureLocalization); // as if the site had configured it first
      try {
        const copy = (await import(`${LOCALIZATION_MODULE}?page-owned=${Date.now()}`)) as typeof import('./localization.js');
        const loaded: string[] = [];
        const theirs = copy.configure((language) => (loaded.push(language), Promise.resolve({ templates: {} })));
        expect(theirs.owned).to.be.false;
        await theirs.setLocale('ru');
        expect(theirs.getLocale()).to.equal('ru');
        expect(loaded).to.deep.equal(['ru']);
      } finally {
        registry().set(configureLocalization, ours);
      }
      expect(Object.getOwnPropertySymbols(globalThis).filter((s) => String(s).includes('mine-ban-widgets'))).to.have.length(1);
    });
  });

  describe('plurals', () => {
    it('picks Arabic’s six categories and Russian’s three', () => {
      expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).to.deep.equal([
        'zero',
        'one',
        'two',
        'few',
        'many',
        'other',
      ]);
      expect([1, 2, 5, 18, 21, 1.5].map((n) => pluralCategory('ru', n))).to.deep.equal([
        'one',
        'few',
        'many',
        'many',
        'one',
        'other',
      ]);
      expect([1, 18].map((n) => pluralCategory('en', n))).to.deep.equal(['one', 'other']);
      expect(pluralCategory('zh', 1)).to.equal('other');
      expect(PLURAL_CATEGORIES).to.have.length(6);
    });

    it('uses the message of the category, or `other`', () => {
      const forms = Object.fromEntries(PLURAL_CATEGORIES.map((c) => [c, () => c])) as Record<Intl.LDMLPluralRule, () => string>;
      expect(plural('ru', 3, forms)).to.equal('few');
      expect(plural('ar', 2, forms)).to.equal('two');
      expect(plural('ar', 2, { one: () => 'one', other: () => 'other' })).to.equal('other');
    });
  });

  describe('numbers through Intl in the resolved locale', () => {
    for (const [tag, expected] of [
      ['en', '55 million'],
      ['fr-CA', '55 millions'],
      ['es', '55 millones'],
      ['ru', '55 миллионов'],
      ['zh', '5500万'],
      ['ar', '55 مليون'],
      ['ar-u-nu-arab', '٥٥ مليون'],
    ] as const) {
      it(`55,000,000 compact long in ${tag}: ${expected}`, async () => {
        await setPageLanguage(tag);
        const el = await fixture<ProbeElement>(html`<mbc-locale-probe></mbc-locale-probe>`);
        await settle();
        expect(figure(el.locale.tag, 'compact', 55_000_000).final.replace(/\u00a0|\u202f/g, ' ')).to.equal(expected);
      });
    }
  });
});
