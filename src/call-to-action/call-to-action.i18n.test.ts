import { expect, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { CtaClickDetail, MbcCallToAction } from './call-to-action.js';
import { jointStatement22MSP } from '../data/joint-statement-22msp.js';
import { localeReady, setLocale, type Language } from '../shared/i18n/locale.js';
import { localText } from '../shared/i18n/text.js';
import { countRenders, jsonUrl, readyFixture, setPageLanguage, textOf } from '../../test/browser/helpers.js';

/* mbc-call-to-action in the six UN languages. Its UI text (the default heading,
   the call's headline, and the button) is translated; the call itself is one of
   the statement's long paragraphs, which stay English (official text), marked as
   English and noted "Available in English only". */

const root = document.documentElement;
const originalLang = root.getAttribute('lang');

const CALL = jointStatement22MSP.callToAction!;
const CALL_TEXT = localText(CALL.text, 'en').value;
const CLOSING = CALL.closing!.map((text) => localText(text, 'en').value);

const EXPECTED: Record<Language, { heading: string; label: string; english: string; unofficial: string }> = {
  en: {
    heading: 'Join the call',
    label: 'Take action',
    english: 'Available in English only',
    unofficial: 'Unofficial translation',
  },
  ar: {
    heading: 'انضموا إلى الدعوة',
    label: 'بادروا بالتحرك',
    english: 'متاح باللغة الإنكليزية فقط',
    unofficial: 'ترجمة غير رسمية',
  },
  es: {
    heading: 'Súmese al llamamiento',
    label: 'Pase a la acción',
    english: 'Disponible solo en inglés',
    unofficial: 'Traducción no oficial',
  },
  fr: {
    heading: "Rejoignez l'appel",
    label: "Passez à l'action",
    english: 'Disponible en anglais uniquement',
    unofficial: 'Traduction non officielle',
  },
  ru: {
    heading: 'Присоединяйтесь к призыву',
    label: 'Действуйте',
    english: 'Доступно только на английском языке',
    unofficial: 'Неофициальный перевод',
  },
  zh: { heading: '响应呼吁', label: '采取行动', english: '仅有英文版', unofficial: '非正式译文' },
};
const LANGUAGES = Object.keys(EXPECTED) as Language[];

const part = (el: MbcCallToAction, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: MbcCallToAction) => part(el, 'link') as HTMLAnchorElement | null;

/** The widget's text without what is marked as English (the statement's official paragraphs). */
function textOutsideEnglish(el: MbcCallToAction): string {
  const copy = part(el, 'base')!.cloneNode(true) as HTMLElement;
  for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
  return textOf(copy);
}

describe('mbc-call-to-action in the six UN languages', () => {
  afterEach(async () => {
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
    await localeReady();
  });

  for (const language of LANGUAGES) {
    const want = EXPECTED[language];
    describe(language, () => {
      it('renders the heading and the button in the language, and the call in English, marked and noted', async () => {
        await setPageLanguage(language);
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
        const base = part(el, 'base')!;
        expect(base.getAttribute('lang')).to.equal(language);
        expect(base.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        expect(textOf(part(el, 'heading'))).to.equal(want.heading);
        expect(textOf(link(el))).to.equal(want.label);
        expect(textOf(part(el, 'text'))).to.equal(CALL_TEXT);
        expect(Array.from(el.shadowRoot!.querySelectorAll('[part=closing]'), textOf)).to.deep.equal(CLOSING);
        const marks = Array.from(el.shadowRoot!.querySelectorAll('[part=text] > span, [part=closing] > span'));
        if (language === 'en') {
          expect(marks.length, 'no language marks on an English page').to.equal(0);
          expect(part(el, 'translation-note')).to.be.null;
        } else {
          expect(marks.length).to.equal(1 + CLOSING.length);
          for (const mark of marks) {
            expect(mark.getAttribute('lang')).to.equal('en');
            expect(mark.getAttribute('dir')).to.equal('ltr');
          }
          // The long paragraphs are the official English text: the note says so (no URL in the seed: plain text).
          expect(textOf(part(el, 'translation-note'))).to.equal(want.english);
          expect(part(el, 'translation-note')!.querySelector('a')).to.be.null;
        }
      });

      it('reports the translated label in mbc-cta-click', async () => {
        await setPageLanguage(language);
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action id="cta" href="/join"></mbc-call-to-action>`);
        const clicked = oneEvent(el, 'mbc-cta-click');
        el.addEventListener('mbc-cta-click', (event) => event.preventDefault(), { once: true });
        link(el)!.click();
        const detail = ((await clicked) as CustomEvent<CtaClickDetail>).detail;
        expect(detail.label).to.equal(want.label);
        expect(detail.id).to.equal('cta');
      });

      if (language === 'ar' || language === 'zh' || language === 'ru') {
        it('leaves no English UI text: Latin letters only in the text marked as English', async () => {
          await setPageLanguage(language);
          const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
          expect(textOutsideEnglish(el)).to.not.match(/[A-Za-z]/);
          expect(textOutsideEnglish(el)).to.contain(want.heading).and.contain(want.label).and.contain(want.english);
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
    // The English paragraph inside stays left to right.
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=text] > span')!).direction).to.equal('ltr');
  });

  it('switches language at run time, re-rendering once', async () => {
    await setPageLanguage('en');
    const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
    const renders = countRenders(el);
    await setPageLanguage('ru');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(renders.count).to.equal(1);
    expect(textOf(part(el, 'heading'))).to.equal(EXPECTED.ru.heading);
    expect(textOf(link(el))).to.equal(EXPECTED.ru.label);
    expect(textOf(part(el, 'translation-note'))).to.equal(EXPECTED.ru.english);

    renders.count = 0;
    await setLocale('ar');
    await el.updateComplete;
    expect(renders.count).to.equal(1);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(part(el, 'heading'))).to.equal(EXPECTED.ar.heading);

    await setPageLanguage('en');
    await el.updateComplete;
    expect(textOf(part(el, 'heading'))).to.equal(EXPECTED.en.heading);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(part(el, 'translation-note')).to.be.null;
  });

  it('falls back to English for an unsupported page language', async () => {
    await setPageLanguage('pt-BR');
    const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(textOf(part(el, 'heading'))).to.equal(EXPECTED.en.heading);
    expect(part(el, 'translation-note')).to.be.null;
  });

  describe('the translation note', () => {
    it('links "Available in English only" to the original when the data has a URL', async () => {
      await setPageLanguage('ar');
      const data = { url: 'https://example.org/statement', callToAction: { text: 'Act now.', href: 'https://example.org/act' } };
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action src=${jsonUrl(data)}></mbc-call-to-action>`);
      const note = part(el, 'translation-note')!;
      expect(textOf(note)).to.equal(EXPECTED.ar.english);
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
      expect(textOf(part(el, 'translation-note'))).to.equal(EXPECTED.fr.unofficial);

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
