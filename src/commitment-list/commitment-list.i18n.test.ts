import { expect, html } from '@open-wc/testing';
import './define.js';
import type { MbcCommitmentList } from './commitment-list.js';
import { jointStatement22MSP } from '../data/joint-statement-22msp.js';
import { builtInStatement } from '../data/built-in-statement.js';
import { localeReady, setLocale, type Language } from '../shared/i18n/locale.js';
import { localText } from '../shared/i18n/text.js';
import { countRenders, jsonUrl, readyFixture, textOf } from '../../test/browser/helpers.js';

const root = document.documentElement;
const originalLang = root.getAttribute('lang');

const HEADINGS: Record<Language, string> = {
  en: 'We commit to',
  ar: 'نلتزم بما يلي',
  es: 'Nos comprometemos a',
  fr: 'Nous nous engageons à',
  ru: 'Мы обязуемся',
  zh: '我们承诺',
};
const NOTES: Record<Exclude<Language, 'en'>, { unofficial: string; english: string }> = {
  ar: { unofficial: 'ترجمة غير رسمية', english: 'متاح باللغة الإنكليزية فقط' },
  es: { unofficial: 'Traducción no oficial', english: 'Disponible solo en inglés' },
  fr: { unofficial: 'Traduction non officielle', english: 'Disponible en anglais uniquement' },
  ru: { unofficial: 'Неофициальный перевод', english: 'Доступно только на английском языке' },
  zh: { unofficial: '非正式译文', english: '仅有英文版' },
};
const LANGUAGES = Object.keys(HEADINGS) as Language[];

async function setPageLanguage(tag: string): Promise<void> {
  root.lang = tag;
  await localeReady();
}

const parts = (el: MbcCommitmentList) => ({
  base: el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!,
  heading: textOf(el.shadowRoot!.querySelector('[part=heading]')),
  items: Array.from(el.shadowRoot!.querySelectorAll('[part=item]'), (li) => textOf(li)),
  note: el.shadowRoot!.querySelector('[part=translation-note]'),
});

/** The visible text of the shadow root, without the light-DOM slots. */
const shadowText = (el: MbcCommitmentList) => textOf(el.shadowRoot!.querySelector('[part=base]'));

describe('mbc-commitment-list in the six UN languages', () => {
  afterEach(async () => {
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
    await localeReady();
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('renders the heading, the commitments and the note in the language', async () => {
        await setPageLanguage(language);
        const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
        const { base, heading, items, note } = parts(el);
        expect(heading).to.equal(HEADINGS[language]);
        // The built-in statement in the language, as the widget gets it (built-in-statement.ts).
        const statement = await builtInStatement(language);
        expect(items).to.deep.equal(
          statement.commitments!.map((c) => localText(c.text, language).value.replace(/\s+/g, ' ').trim()),
        );
        expect(base.getAttribute('lang')).to.equal(language);
        expect(base.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        if (language === 'en') {
          expect(note).to.be.null;
        } else {
          // The built-in translations are ours, not the signatories': marked unofficial.
          expect(textOf(note)).to.equal(NOTES[language].unofficial);
          expect(items.join(' ')).to.not.equal(
            jointStatement22MSP.commitments!.map((c) => localText(c.text, 'en').value).join(' '),
          );
        }
      });

      if (language === 'ar' || language === 'zh' || language === 'ru') {
        it('leaves no English (no Latin letters) in the widget', async () => {
          await setPageLanguage(language);
          const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
          expect(shadowText(el)).to.not.match(/[A-Za-z]/);
        });
      }

      it('is axe-clean, light and dark', async () => {
        await setPageLanguage(language);
        const light = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
        await expect(light).to.be.accessible();
        const dark = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="dark"></mbc-commitment-list>`);
        await expect(dark).to.be.accessible();
      });
    });
  }

  it('lays Arabic out right to left: numbers on the right, text aligned right', async () => {
    await setPageLanguage('ar');
    const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
    const list = el.shadowRoot!.querySelector('ol')!;
    const style = getComputedStyle(list);
    expect(style.direction).to.equal('rtl');
    expect(style.paddingRight).to.not.equal('0px');
    expect(style.paddingLeft).to.equal('0px');
    const heading = el.shadowRoot!.querySelector('[part=heading]')!.getBoundingClientRect();
    const base = el.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect();
    // The heading hugs the right edge of the card.
    const range = document.createRange();
    range.selectNodeContents(el.shadowRoot!.querySelector('[part=heading]')!);
    const text = range.getBoundingClientRect();
    expect(base.right - text.right).to.be.lessThan(base.width / 4);
    expect(text.left - base.left).to.be.greaterThan(heading.width / 4);
  });

  it('switches language at run time, re-rendering once', async () => {
    await setPageLanguage('en');
    const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
    const renders = countRenders(el);
    await setPageLanguage('fr');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(renders.count).to.equal(1);
    expect(parts(el).heading).to.equal(HEADINGS.fr);
    expect(parts(el).base.getAttribute('lang')).to.equal('fr');

    renders.count = 0;
    await setLocale('ar');
    await el.updateComplete;
    expect(renders.count).to.equal(1);
    expect(parts(el).heading).to.equal(HEADINGS.ar);
    expect(parts(el).base.getAttribute('dir')).to.equal('rtl');
  });

  it('falls back to English for an unsupported page language', async () => {
    await setPageLanguage('pt-BR');
    const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
    expect(parts(el).heading).to.equal(HEADINGS.en);
    expect(parts(el).base.getAttribute('lang')).to.equal('en');
    expect(parts(el).note).to.be.null;
  });

  describe('the translation note', () => {
    const ENGLISH_ONLY = {
      url: 'https://example.org/statement',
      commitments: [
        { id: 'a', text: 'Keep the promise.' },
        { id: 'b', text: 'Clear the land.' },
      ],
    };

    it('says "Available in English only", linked to the original, and marks the English text as such', async () => {
      await setPageLanguage('ar');
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list src=${jsonUrl(ENGLISH_ONLY)}></mbc-commitment-list>`,
      );
      const { note, items } = parts(el);
      expect(items).to.deep.equal(['Keep the promise.', 'Clear the land.']);
      expect(textOf(note)).to.equal(NOTES.ar.english);
      const link = note!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/statement');
      expect(link.getAttribute('hreflang')).to.equal('en');
      // Each item is itself marked, so it is laid out left to right in the Arabic list.
      for (const item of el.shadowRoot!.querySelectorAll('[part=item]')) {
        expect([item.getAttribute('lang'), item.getAttribute('dir'), getComputedStyle(item).direction]).to.deep.equal([
          'en',
          'ltr',
          'ltr',
        ]);
      }
      await expect(el).to.be.accessible();
    });

    it('says "Unofficial translation" for a translation the data does not call official, and nothing for an official one', async () => {
      await setPageLanguage('es');
      const data = {
        officialLanguages: ['en', 'fr'],
        commitments: [{ id: 'a', text: { en: 'Keep the promise.', es: 'Cumplir la promesa.', fr: 'Tenir la promesse.' } }],
      };
      const es = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list src=${jsonUrl(data)}></mbc-commitment-list>`);
      expect(parts(es).items).to.deep.equal(['Cumplir la promesa.']);
      expect(textOf(parts(es).note)).to.equal(NOTES.es.unofficial);
      expect(parts(es).note!.querySelector('a')).to.be.null; // no url in the data: plain text

      await setPageLanguage('fr');
      await es.updateComplete;
      expect(parts(es).items).to.deep.equal(['Tenir la promesse.']);
      expect(parts(es).note).to.be.null;
    });

    it('says both when some texts are unofficial translations and others English only', async () => {
      await setPageLanguage('fr');
      const data = {
        commitments: [
          { id: 'a', text: { en: 'Keep the promise.', fr: 'Tenir la promesse.' } },
          { id: 'b', text: 'Clear the land.' },
        ],
      };
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list src=${jsonUrl(data)}></mbc-commitment-list>`);
      expect(textOf(parts(el).note)).to.match(
        /^Traduction non officielle ; certaines parties ne sont disponibles qu['’]en anglais$/,
      );
    });

    it('the built-in statement has no URL: "Unofficial translation" is a button that shows the English original, and back', async () => {
      await setPageLanguage('fr');
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
      const french = parts(el).items;
      const button = () => parts(el).note!.querySelector('button')!;
      expect(textOf(button())).to.equal(NOTES.fr.unofficial);
      expect(button().getAttribute('aria-pressed')).to.equal('false');
      // Its name starts with what it shows, and says what it does.
      expect(button().getAttribute('aria-label')).to.match(new RegExp(`^${NOTES.fr.unofficial}\\s*: afficher l['’]original$`));
      await expect(el).to.be.accessible();

      button().focus();
      button().click();
      await el.updateComplete;
      const english = (await builtInStatement('en')).commitments!.map((c) => localText(c.text, 'en').value);
      expect(parts(el).items).to.deep.equal(english);
      for (const item of el.shadowRoot!.querySelectorAll('[part=item]'))
        expect([item.getAttribute('lang'), item.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(textOf(button())).to.equal('Afficher la traduction');
      expect(button().getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.activeElement === button(), 'the same button keeps the focus').to.be.true;
      expect(parts(el).heading, 'the UI stays in French').to.equal(HEADINGS.fr);
      await expect(el).to.be.accessible();

      button().click();
      await el.updateComplete;
      expect(parts(el).items).to.deep.equal(french);
      expect(textOf(button())).to.equal(NOTES.fr.unofficial);
    });

    it('never links to an unsafe URL', async () => {
      await setPageLanguage('ru');
      const data = { url: 'javascript:alert(1)', commitments: [{ id: 'a', text: 'Keep the promise.' }] };
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list src=${jsonUrl(data)}></mbc-commitment-list>`);
      expect(textOf(parts(el).note)).to.equal(NOTES.ru.english);
      expect(parts(el).note!.querySelector('a')).to.be.null;
    });
  });
});
