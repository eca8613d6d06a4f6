import { expect, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { CtaClickDetail, MbcCallToAction } from './call-to-action.js';
import { builtInStatement } from '../data/built-in-statement.js';
import { localeReady, setLocale, type Language } from '../shared/i18n/locale.js';
import { localText } from '../shared/i18n/text.js';
import {
  countRenders,
  expectEnglishLeftToRight,
  jsonUrl,
  readyFixture,
  setPageLanguage,
  textOf,
} from '../../test/browser/helpers.js';
import { loadTranslations, t } from '../../test/browser/i18n/support.js';

/* mbc-call-to-action in the six UN languages. Its UI text (the default heading and
   the button) is translated, and so is the built-in call with its closing paragraph
   (ours, not the signatories': noted "Unofficial translation"). The expected strings
   are the XLIFF files' targets, as the translators write them. */

const root = document.documentElement;
const originalLang = root.getAttribute('lang');

const LANGUAGES: Language[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];

/** The UI strings due in a language, from the XLIFF files. */
const expected = (language: Language) => ({
  heading: t(language, 'Join the call'),
  label: t(language, 'Take action'),
  english: t(language, 'Available in English only'),
  unofficial: t(language, 'Unofficial translation'),
  both: t(language, 'Unofficial translation; some parts available in English only'),
});

/** The built-in call in a language, as the widget shows it. */
async function builtInCall(language: Language): Promise<{ text: string; closing: string[]; translated: boolean }> {
  const call = (await builtInStatement(language)).callToAction!;
  const texts = [call.text, ...(call.closing ?? [])].map((text) => localText(text, language));
  // As the tests read the page (textOf): white space folded, no-break spaces included.
  const fold = (value: string) => value.replace(/\s+/g, ' ').trim();
  return {
    text: fold(texts[0].value),
    closing: texts.slice(1).map((text) => fold(text.value)),
    translated: texts.every((text) => !text.fallback),
  };
}

const part = (el: MbcCallToAction, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: MbcCallToAction) => part(el, 'link') as HTMLAnchorElement | null;

/** The widget's text without what is marked as English (the statement's official paragraphs). */
function textOutsideEnglish(el: MbcCallToAction): string {
  const copy = part(el, 'base')!.cloneNode(true) as HTMLElement;
  for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
  return textOf(copy);
}

describe('mbc-call-to-action in the six UN languages', () => {
  before(() => loadTranslations());
  afterEach(async () => {
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
    await localeReady();
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('renders the heading, the button and the built-in call in the language, noted unofficial', async () => {
        const want = expected(language);
        await setPageLanguage(language);
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
        const base = part(el, 'base')!;
        expect(base.getAttribute('lang')).to.equal(language);
        expect(base.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        expect(textOf(part(el, 'heading'))).to.equal(want.heading);
        expect(textOf(link(el))).to.equal(want.label);
        const call = await builtInCall(language);
        expect(textOf(part(el, 'text'))).to.equal(call.text);
        expect(Array.from(el.shadowRoot!.querySelectorAll('[part=closing]'), textOf)).to.deep.equal(call.closing);
        const marked = el.shadowRoot!.querySelectorAll('[part=base] [lang]');
        if (language === 'en') {
          expect(marked.length, 'no language marks on an English page').to.equal(0);
          expect(part(el, 'translation-note')).to.be.null;
        } else {
          // Our translation, not an official text: "Unofficial translation" (while a paragraph is still untranslated, it
          // shows in English, marked, and the note says so).
          expect(textOf(part(el, 'translation-note'))).to.equal(call.translated ? want.unofficial : want.both);
          if (call.translated) expect(marked.length, 'nothing marked as another language').to.equal(0);
        }
      });

      it('reports the translated label in mbc-cta-click', async () => {
        await setPageLanguage(language);
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action id="cta" href="/join"></mbc-call-to-action>`);
        const clicked = oneEvent(el, 'mbc-cta-click');
        el.addEventListener('mbc-cta-click', (event) => event.preventDefault(), { once: true });
        link(el)!.click();
        const detail = ((await clicked) as CustomEvent<CtaClickDetail>).detail;
        expect(detail.label).to.equal(expected(language).label);
        expect(detail.id).to.equal('cta');
      });

      if (language === 'ar' || language === 'zh' || language === 'ru') {
        it('leaves no English UI text: Latin letters only in the text marked as English', async () => {
          const want = expected(language);
          await setPageLanguage(language);
          const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
          expect(textOutsideEnglish(el)).to.not.match(/[A-Za-z]/);
          expect(textOutsideEnglish(el)).to.contain(want.heading).and.contain(want.label);
        });
      }

      it('is axe-clean, light and dark, with and without a link', async () => {
        await setPageLanguage(language);
        for (const theme of ['light', 'dark']) {
          const plain = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action theme=${theme}></mbc-call-to-action>`);
          await expect(plain).to.be.accessible();
          const linked = await readyFixture<MbcCallToAction>(
            html`<mbc-call-to-action theme=${theme} href="https://example.org/join"></mbc-call-to-action>`,
          );
          await expect(linked).to.be.accessible();
        }
      });
    });
  }

  it('lays Arabic out right to left: heading and button at the right, arrow mirrored', async () => {
    await setPageLanguage('ar');
    const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
    const base = part(el, 'base')!.getBoundingClientRect();
    const button = link(el)!.getBoundingClientRect();
    expect(base.right - button.right).to.be.lessThan(button.left - base.left);
    const range = document.createRange();
    range.selectNodeContents(part(el, 'heading')!);
    const heading = range.getBoundingClientRect();
    expect(base.right - heading.right).to.be.lessThan(heading.left - base.left);
    expect(getComputedStyle(part(el, 'icon')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('lays an English call out left to right on an Arabic page, its full stop on the right, marked and noted', async () => {
    await setPageLanguage('ar');
    const data = { callToAction: { text: 'Act now.', closing: ['Together.'] } };
    const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action src=${jsonUrl(data)}></mbc-call-to-action>`);
    for (const name of ['text', 'closing']) {
      expectEnglishLeftToRight(part(el, name)!, name);
    }
    expect(textOf(part(el, 'translation-note'))).to.equal(expected('ar').english);
  });

  it('switches language at run time, re-rendering once', async () => {
    await setPageLanguage('en');
    const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
    const renders = countRenders(el);
    await setPageLanguage('ru');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(renders.count).to.equal(1);
    expect(textOf(part(el, 'heading'))).to.equal(expected('ru').heading);
    expect(textOf(link(el))).to.equal(expected('ru').label);
    expect(textOf(part(el, 'text'))).to.equal((await builtInCall('ru')).text);

    renders.count = 0;
    await setLocale('ar');
    await el.updateComplete;
    expect(renders.count).to.equal(1);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(part(el, 'heading'))).to.equal(expected('ar').heading);

    await setPageLanguage('en');
    await el.updateComplete;
    expect(textOf(part(el, 'heading'))).to.equal(expected('en').heading);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(part(el, 'translation-note')).to.be.null;
  });

  it('falls back to English for an unsupported page language', async () => {
    await setPageLanguage('pt-BR');
    const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(textOf(part(el, 'heading'))).to.equal(expected('en').heading);
    expect(part(el, 'translation-note')).to.be.null;
  });

  describe('the translation note', () => {
    it('links "Available in English only" to the original when the data has a URL', async () => {
      await setPageLanguage('ar');
      const data = { url: 'https://example.org/statement', callToAction: { text: 'Act now.', href: 'https://example.org/act' } };
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action src=${jsonUrl(data)}></mbc-call-to-action>`);
      const note = part(el, 'translation-note')!;
      expect(textOf(note)).to.equal(expected('ar').english);
      const original = note.querySelector('a')!;
      expect(original.getAttribute('href')).to.equal('https://example.org/statement');
      expect(original.getAttribute('hreflang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('shows a translated call from the data, "Unofficial translation" unless the data calls it official', async () => {
      await setPageLanguage('fr');
      const callToAction = {
        heading: { en: 'Act', fr: 'Agir' },
        text: { en: 'Act now.', fr: 'Agissez maintenant.' },
        label: { en: 'Go', fr: 'Aller' },
        href: '/act',
      };
      const el = await readyFixture<MbcCallToAction>(
        html`<mbc-call-to-action src=${jsonUrl({ callToAction })}></mbc-call-to-action>`,
      );
      expect(textOf(part(el, 'heading'))).to.equal('Agir');
      expect(textOf(part(el, 'text'))).to.equal('Agissez maintenant.');
      expect(textOf(link(el))).to.equal('Aller');
      expect(el.shadowRoot!.querySelector('[part=text] [lang]')).to.be.null;
      expect(textOf(part(el, 'translation-note'))).to.equal(expected('fr').unofficial);

      const official = await readyFixture<MbcCallToAction>(
        html`<mbc-call-to-action src=${jsonUrl({ officialLanguages: ['en', 'fr'], callToAction })}></mbc-call-to-action>`,
      );
      expect(part(official, 'translation-note')).to.be.null;
    });

    it('says nothing about data it does not show (its own text)', async () => {
      await setPageLanguage('zh');
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action text="请致函贵国政府。"></mbc-call-to-action>`);
      expect(textOf(part(el, 'text'))).to.equal('请致函贵国政府。');
      expect(part(el, 'translation-note')).to.be.null;
    });
  });
});
