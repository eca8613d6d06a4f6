import { expect, html } from '@open-wc/testing';
import './define.js';
import type { MbcQuote } from './quote.js';
import { localeReady, setLocale, type Language } from '../shared/i18n/locale.js';
import { countRenders, jsonUrl, readyFixture, setPageLanguage, textOf } from '../../test/browser/helpers.js';
import { builtInStatement } from '../data/built-in-statement.js';
import { localText } from '../shared/i18n/text.js';

/* mbc-quote in the six UN languages: the built-in pull quote is translated (ours,
   so marked unofficial), its citation too, and every UI string. */

const root = document.documentElement;
const originalLang = root.getAttribute('lang');

interface Expected {
  /** What joins the kind and the meeting in the citation. */
  comma: string;
  /** The quote in the language's quotation marks, as shared or copied. */
  quoted: (quote: string) => string;
  copy: string;
  share: string;
  copied: string;
  failed: string;
  source: string;
  unofficial: string;
  english: string;
}

const EXPECTED: Record<Language, Expected> = {
  en: {
    comma: ', ',
    quoted: (q) => `“${q}”`,
    copy: 'Copy quote',
    share: 'Share quote',
    copied: 'Copied',
    failed: 'Copy failed',
    source: 'Source',
    unofficial: 'Unofficial translation',
    english: 'Available in English only',
  },
  ar: {
    comma: '، ',
    quoted: (q) => `«${q}»`,
    copy: 'نسخ الاقتباس',
    share: 'مشاركة الاقتباس',
    copied: 'تم النسخ',
    failed: 'تعذّر النسخ',
    source: 'المصدر',
    unofficial: 'ترجمة غير رسمية',
    english: 'متاح باللغة الإنكليزية فقط',
  },
  es: {
    comma: ', ',
    quoted: (q) => `«${q}»`,
    copy: 'Copiar la cita',
    share: 'Compartir la cita',
    copied: 'Cita copiada',
    failed: 'No se pudo copiar',
    source: 'Fuente',
    unofficial: 'Traducción no oficial',
    english: 'Disponible solo en inglés',
  },
  fr: {
    comma: ', ',
    // French sets guillemets off with no-break spaces, so they never end up alone on a line.
    quoted: (q) => `«\u202f${q}\u202f»`,
    copy: 'Copier la citation',
    share: 'Partager la citation',
    copied: 'Citation copiée',
    failed: 'Échec de la copie',
    source: 'Source',
    unofficial: 'Traduction non officielle',
    english: 'Disponible en anglais uniquement',
  },
  ru: {
    comma: ', ',
    quoted: (q) => `«${q}»`,
    copy: 'Копировать цитату',
    share: 'Поделиться цитатой',
    copied: 'Скопировано',
    failed: 'Не удалось скопировать',
    source: 'Источник',
    unofficial: 'Неофициальный перевод',
    english: 'Доступно только на английском языке',
  },
  zh: {
    comma: '，',
    quoted: (q) => `“${q}”`,
    copy: '复制引文',
    share: '分享引文',
    copied: '已复制',
    failed: '复制失败',
    source: '来源',
    unofficial: '非正式译文',
    english: '仅有英文版',
  },
};
const LANGUAGES = Object.keys(EXPECTED) as Language[];

/** The built-in quote and its citation (kind, meeting) in a language, as the widget gets them (built-in-statement.ts). */
async function builtIn(language: Language): Promise<{ quote: string; cite: string }> {
  const statement = await builtInStatement(language);
  const text = (value: Parameters<typeof localText>[0]) => localText(value, language).value;
  // As the tests read the page (textOf): white space folded, no-break spaces included.
  return {
    quote: text(statement.quote!.text).replace(/\s+/g, ' ').trim(),
    cite: `${text(statement.kind)}${EXPECTED[language].comma}${text(statement.meeting)}`.replace(/\s+/g, ' ').trim(),
  };
}

const part = (el: MbcQuote, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: MbcQuote) => part(el, 'share') as HTMLButtonElement;

/* navigator.share / clipboard stubs, as in quote.test.ts: own properties removed after each test. */
const stubbed = new Set<string>();
function stubNavigator(props: Partial<Record<'share' | 'canShare' | 'clipboard', unknown>>): void {
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
    stubbed.add(key);
  }
}
function copyingClipboard(answer: () => Promise<void> = () => Promise.resolve()) {
  const calls: string[] = [];
  stubNavigator({ share: undefined, clipboard: { writeText: (text: string) => (calls.push(text), answer()) } });
  return calls;
}

async function statusText(el: MbcQuote): Promise<string> {
  for (let i = 0; i < 50 && !textOf(part(el, 'status')); i++) await new Promise((r) => setTimeout(r, 10));
  return textOf(part(el, 'status'));
}

describe('mbc-quote in the six UN languages', () => {
  afterEach(async () => {
    for (const key of stubbed) delete (navigator as unknown as Record<string, unknown>)[key];
    stubbed.clear();
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
    await localeReady();
  });

  for (const language of LANGUAGES) {
    const ui = EXPECTED[language];
    const want = ui;
    describe(language, () => {
      it('renders the quote, its citation, the button and the note in the language', async () => {
        copyingClipboard();
        await setPageLanguage(language);
        const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
        const base = part(el, 'base')!;
        expect(base.getAttribute('lang')).to.equal(language);
        expect(base.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        const { quote, cite } = await builtIn(language);
        expect(textOf(part(el, 'quote'))).to.equal(quote);
        expect(textOf(part(el, 'cite'))).to.equal(cite);
        expect(textOf(button(el))).to.equal(want.copy);
        // The quote is in the widget's language: no language mark of its own.
        expect(part(el, 'quote')!.querySelector('[lang]')).to.be.null;
        if (language === 'en') expect(part(el, 'translation-note')).to.be.null;
        // The built-in translations are ours, not the signatories': marked unofficial.
        else expect(textOf(part(el, 'translation-note'))).to.equal(want.unofficial);
      });

      it("copies the quote in the language's quotation marks with its citation, and says so in the language", async () => {
        const calls = copyingClipboard();
        await setPageLanguage(language);
        const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
        button(el).click();
        expect(await statusText(el)).to.equal(want.copied);
        const { quote, cite } = await builtIn(language);
        expect(calls).to.deep.equal([`${ui.quoted(quote)} — ${cite}\n${document.URL}`]);

        const refused = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
        stubNavigator({ clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
        button(refused).click();
        expect(await statusText(refused)).to.equal(want.failed);
        getSelection()!.removeAllRanges();
      });

      it('labels the share button and the bare source link in the language', async () => {
        stubNavigator({ share: () => Promise.resolve() });
        await setPageLanguage(language);
        const el = await readyFixture<MbcQuote>(html`<mbc-quote cite="" href="/statement"></mbc-quote>`);
        expect(textOf(button(el))).to.equal(want.share);
        expect(textOf(part(el, 'source'))).to.equal(want.source);
        const transform = getComputedStyle(part(el, 'icon')!).transform;
        expect(transform).to.equal(language === 'ar' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      });

      if (language === 'ar' || language === 'zh' || language === 'ru') {
        it('leaves no English (no Latin letters) in the widget, after "Copied" too', async () => {
          copyingClipboard();
          await setPageLanguage(language);
          const el = await readyFixture<MbcQuote>(html`<mbc-quote href="/statement"></mbc-quote>`);
          expect(textOf(part(el, 'base'))).to.not.match(/[A-Za-z]/);
          button(el).click();
          await statusText(el);
          expect(textOf(part(el, 'base'))).to.not.match(/[A-Za-z]/);
        });
      }

      it('is axe-clean, light and dark, with a heading, a source link and after "Copied"', async () => {
        copyingClipboard();
        await setPageLanguage(language);
        for (const theme of ['light', 'dark']) {
          const el = await readyFixture<MbcQuote>(
            html`<mbc-quote theme=${theme} heading=${want.source} href="https://example.org/statement"></mbc-quote>`,
          );
          await expect(el).to.be.accessible();
          button(el).click();
          await statusText(el);
          await expect(el).to.be.accessible();
        }
      });
    });
  }

  it('lays Arabic out right to left: the quote rule on the right, the button at the right', async () => {
    copyingClipboard();
    await setPageLanguage('ar');
    const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
    const quote = part(el, 'quote')!;
    const style = getComputedStyle(quote);
    expect(style.borderRightWidth).to.not.equal('0px');
    expect(style.borderLeftWidth).to.equal('0px');
    const base = part(el, 'base')!.getBoundingClientRect();
    // The button sits at the start (right) of the card.
    const box = button(el).getBoundingClientRect();
    expect(base.right - box.right).to.be.lessThan(box.left - base.left);
  });

  it('switches language at run time, re-rendering once, and copies in the new language', async () => {
    const calls = copyingClipboard();
    await setPageLanguage('en');
    const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
    const renders = countRenders(el);
    await setPageLanguage('fr');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(renders.count).to.equal(1);
    expect(textOf(part(el, 'quote'))).to.equal((await builtIn('fr')).quote);
    expect(textOf(button(el))).to.equal(EXPECTED.fr.copy);
    expect(textOf(part(el, 'translation-note'))).to.equal(EXPECTED.fr.unofficial);

    renders.count = 0;
    await setLocale('ar');
    await el.updateComplete;
    expect(renders.count).to.equal(1);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    const ar = await builtIn('ar');
    expect(textOf(part(el, 'quote'))).to.equal(ar.quote);
    button(el).click();
    expect(await statusText(el)).to.equal(EXPECTED.ar.copied);
    expect(calls[0]).to.equal(`${EXPECTED.ar.quoted(ar.quote)} — ${ar.cite}\n${document.URL}`);

    await setPageLanguage('en');
    await el.updateComplete;
    expect(textOf(part(el, 'quote'))).to.equal((await builtIn('en')).quote);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(part(el, 'translation-note')).to.be.null;
  });

  it('falls back to English for an unsupported page language', async () => {
    copyingClipboard();
    await setPageLanguage('pt-BR');
    const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(textOf(part(el, 'quote'))).to.equal((await builtIn('en')).quote);
    expect(textOf(button(el))).to.equal(EXPECTED.en.copy);
    expect(part(el, 'translation-note')).to.be.null;
  });

  describe('the translation note', () => {
    it('says "Available in English only" for an English quote, linked to the original, and marks the quote as English', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      await setPageLanguage('zh');
      const data = {
        url: 'https://example.org/statement',
        quote: { text: 'Every mine cleared is a life saved.', cite: { en: 'A deminer', zh: '一名排雷人员' } },
      };
      const el = await readyFixture<MbcQuote>(html`<mbc-quote src=${jsonUrl(data)}></mbc-quote>`);
      // The paragraph itself is marked, so the English quote is laid out left to right.
      const paragraph = part(el, 'quote')!.querySelector('p')!;
      expect([paragraph.getAttribute('lang'), paragraph.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(textOf(paragraph)).to.equal('Every mine cleared is a life saved.');
      const note = part(el, 'translation-note')!;
      expect(textOf(note)).to.equal('非正式译文；部分内容仅有英文版');
      const link = note.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/statement');
      expect(link.getAttribute('hreflang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('marks and counts a citation that fell back to English, and says nothing for an official translation', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      await setPageLanguage('es');
      const data = {
        officialLanguages: ['en', 'es'],
        quote: { text: { en: 'Words.', es: 'Palabras.' }, cite: { en: 'The feed', es: 'La fuente' } },
      };
      const official = await readyFixture<MbcQuote>(html`<mbc-quote src=${jsonUrl(data)}></mbc-quote>`);
      expect(textOf(part(official, 'quote'))).to.equal('Palabras.');
      expect(textOf(part(official, 'cite'))).to.equal('La fuente');
      expect(part(official, 'translation-note')).to.be.null;

      const englishCite = { ...data, quote: { ...data.quote, cite: 'The feed' } };
      const el = await readyFixture<MbcQuote>(html`<mbc-quote src=${jsonUrl(englishCite)}></mbc-quote>`);
      expect(textOf(part(el, 'translation-note'))).to.equal(EXPECTED.es.english);
      // The English citation is marked as English; the Spanish one was not marked at all.
      const mark = part(el, 'cite')!.querySelector('cite span')!;
      expect(mark.getAttribute('lang')).to.equal('en');
      expect(textOf(mark)).to.equal('The feed');
      expect(part(official, 'cite')!.querySelector('[lang]')).to.be.null;
    });

    it('says nothing about data it does not show (its own text and cite)', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      await setPageLanguage('ru');
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="Слова" cite="Кампания"></mbc-quote>`);
      expect(textOf(part(el, 'quote'))).to.equal('Слова');
      expect(part(el, 'translation-note')).to.be.null;
    });
  });
});
