import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '../../test/browser/commands.js';
import './define.js';
import type { MbcQuote } from './quote.js';
import { builtInStatement } from '../data/built-in-statement.js';
import type { Language } from '../shared/i18n/locale.js';
import { localText } from '../shared/i18n/text.js';
import {
  HOSTILE_STRINGS,
  assertInert,
  captureWarnings,
  collectDataErrors,
  jsonUrl,
  readyFixture,
  setPageLanguage,
  textOf,
  type CapturedWarnings,
  expectEnglishLeftToRight,
} from '../../test/browser/helpers.js';

const QUOTE = 'The human cost of anti-personnel landmines remains unacceptable.';
const CITE = 'Joint Statement, Twenty-Second Meeting of States Parties to the Anti-Personnel Mine Ban Convention';
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

const UNSAFE_HREFS = [
  'javascript:window.__mbcPwned=1',
  'JaVaScRiPt:window.__mbcPwned=1',
  'java\tscript:window.__mbcPwned=1',
  'java\nscript:window.__mbcPwned=1',
  'java\u0000script:window.__mbcPwned=1',
  ' \u0001javascript:window.__mbcPwned=1',
  'data:text/html,<script>window.__mbcPwned=1</script>',
  'vbscript:msgbox(1)',
];
const UNSAFE_IN_HTML = [
  'java&#x09;script:window.__mbcPwned=1',
  'JaVa&Tab;ScRiPt:window.__mbcPwned=1',
  'javascript&colon;window.__mbcPwned=1',
  'vbscript&#58;msgbox(1)',
];

const part = (el: MbcQuote, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const has = (el: MbcQuote, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const button = (el: MbcQuote) => part(el, 'share') as HTMLButtonElement;
const status = (el: MbcQuote) => part(el, 'status')!;

/* The data tests run with the page in each of the six UN languages: texts the data
   has only in English show in English, marked as such, with the note. */
const LANGUAGES: Language[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];
const NOTES: Record<Exclude<Language, 'en'>, { english: string; unofficial: string }> = {
  ar: { english: 'متاح باللغة الإنكليزية فقط', unofficial: 'ترجمة غير رسمية' },
  es: { english: 'Disponible solo en inglés', unofficial: 'Traducción no oficial' },
  fr: { english: 'Disponible en anglais uniquement', unofficial: 'Traduction non officielle' },
  ru: { english: 'Доступно только на английском языке', unofficial: 'Неофициальный перевод' },
  zh: { english: '仅有英文版', unofficial: '非正式译文' },
};
/** "Kind, meeting" in each language's list punctuation. */
const COMMA: Record<Language, string> = { en: ', ', ar: '، ', es: ', ', fr: ', ', ru: ', ', zh: '，' };

/** The note due on a page in `language`: none in English, else the given line. */
function expectNote(el: MbcQuote, language: Language, kind: 'english' | 'unofficial' = 'english'): HTMLElement | null {
  const note = part(el, 'translation-note');
  if (language === 'en') expect(note, 'no translation note').to.be.null;
  else expect(textOf(note)).to.equal(NOTES[language][kind]);
  return note;
}

/* Stubs for navigator.share / canShare / clipboard: own properties that shadow the
   browser's, removed again after each test (the real ones live on the prototype). */
type NavigatorStub = Partial<Record<'share' | 'canShare' | 'clipboard', unknown>>;
const stubbed = new Set<string>();
function stubNavigator(props: NavigatorStub): void {
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
    stubbed.add(key);
  }
}
function restoreNavigator(): void {
  for (const key of stubbed) delete (navigator as unknown as Record<string, unknown>)[key];
  stubbed.clear();
}

/** A stand-in for a promise-returning API that records its calls. */
function spy<T>(answer: (arg: T) => Promise<unknown>) {
  const calls: T[] = [];
  const fn = (arg: T) => {
    calls.push(arg);
    return answer(arg);
  };
  return Object.assign(fn, { calls });
}

const domError = (name: string) => new DOMException(name, name);

/** Clicks the centre of an element with the real mouse (a real user activation). */
async function click(target: Element): Promise<void> {
  // WebDriver clicks only inside the viewport (Playwright clicks anywhere).
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Waits until the status line says something (the button's work is asynchronous). */
async function statusText(el: MbcQuote): Promise<string> {
  for (let i = 0; i < 50 && !textOf(status(el)); i++) await new Promise((r) => setTimeout(r, 10));
  return textOf(status(el));
}

/** What the system clipboard holds, read back by pasting it (reading it directly needs a permission the test browser refuses). */
async function pasteClipboard(): Promise<string> {
  const area = document.createElement('textarea');
  document.body.append(area);
  area.focus();
  await sendKeys({ press: 'Control+V' });
  const value = area.value;
  area.remove();
  return value;
}

async function fromHtml(markup: string): Promise<MbcQuote> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = markup;
  const el = holder.firstElementChild as MbcQuote;
  await el.dataComplete;
  return el;
}

describe('mbc-quote', () => {
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof collectDataErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = collectDataErrors();
  });
  afterEach(async () => {
    warnings.restore();
    errors.stop();
    restoreNavigator();
    await resetMouse();
  });

  // First of all, while no test has clicked anything: the page has no user activation.
  describe('before any user gesture', () => {
    it('without a user gesture the browser refuses, and the widget says "Copy failed"', async () => {
      expect(navigator.userActivation.isActive, 'precondition: no user activation yet (keep this test first)').to.be.false;
      stubNavigator({ share: undefined });
      // Its own text and cite: the built-in statement stays unloaded for the test below.
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="Words" cite="Someone"></mbc-quote>`);
      button(el).click(); // a script's click is no user activation: the real clipboard refuses it
      expect(await statusText(el)).to.equal('Copy failed');
      expect(getSelection()!.toString().trim()).to.contain('Words');
      getSelection()!.removeAllRanges();
    });
  });

  // Then, while this page has not loaded the built-in statement yet.
  describe('before the built-in statement arrives', () => {
    it('shows the light-DOM fallback, then the quote, and hides the fallback', async () => {
      const el = await fixture<MbcQuote>(
        html`<mbc-quote><blockquote>Fallback quote for readers without JavaScript</blockquote></mbc-quote>`,
      );
      const fallback = el.querySelector('blockquote')!;
      expect(has(el, 'slot:not([name])'), 'fallback slot').to.be.true;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await el.dataComplete;
      expect(has(el, 'slot'), 'slot gone').to.be.false;
      expect(textOf(part(el, 'quote'))).to.equal(QUOTE);
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });

    it('with its own text and cite it needs no built-in statement and renders at once', async () => {
      const el = await fixture<MbcQuote>(html`<mbc-quote text="Our own words" cite="Our campaign"><p>Fallback</p></mbc-quote>`);
      expect(has(el, 'slot'), 'no fallback slot').to.be.false;
      expect(textOf(part(el, 'quote'))).to.equal('Our own words');
      expect((el as unknown as { needsBuiltInStatement(): boolean }).needsBuiltInStatement()).to.be.false;
      const half = await fixture<MbcQuote>(html`<mbc-quote text="Our own words"></mbc-quote>`);
      expect((half as unknown as { needsBuiltInStatement(): boolean }).needsBuiltInStatement(), 'cite comes from the data').to.be
        .true;
    });
  });

  describe('built-in statement', () => {
    it('renders the pull quote in a figure with a blockquote and a figcaption citing the statement', async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.getAttribute('part')).to.equal('figure');
      expect(textOf(figure.querySelector(':scope > blockquote'))).to.equal(QUOTE);
      expect(textOf(figure.querySelector(':scope > figcaption > cite'))).to.equal(CITE);
      expect(has(el, 'a'), 'no source link: the seed has no URL').to.be.false;
      expect(has(el, 'h1,h2,h3,h4,h5,h6'), 'no heading by default').to.be.false;
      expect(warnings.messages).to.be.empty;
      expect(errors.events.length).to.equal(0);
    });

    it("draws quotation marks in CSS, in the widget's language, and a dash AT does not read", async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const p = part(el, 'quote')!.querySelector('p')!;
      expect(getComputedStyle(p, '::before').content).to.equal('open-quote');
      expect(getComputedStyle(p, '::after').content).to.equal('close-quote');
      expect(getComputedStyle(part(el, 'cite')!, '::before').content).to.equal('"— " / ""');
    });

    it('exposes parts for restyling', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote href="/statement" heading="Quote"></mbc-quote>`);
      for (const name of ['base', 'heading', 'figure', 'quote', 'cite', 'source', 'share', 'icon', 'status']) {
        expect(part(el, name) !== null, name).to.be.true;
      }
    });

    it('fires mbc-ready once rendered', async () => {
      const el = document.createElement('mbc-quote');
      const ready = oneEvent(el, 'mbc-ready');
      document.body.append(el);
      expect((await ready).detail).to.deep.equal({ element: 'mbc-quote', source: 'built-in' });
      el.remove();
    });
  });

  describe('attributes', () => {
    it('text replaces the quote and keeps the statement as the citation', async () => {
      const el = await readyFixture<MbcQuote>(
        html`<mbc-quote text="Survivors, many of them children, face life-changing injuries and trauma."></mbc-quote>`,
      );
      expect(textOf(part(el, 'quote'))).to.equal('Survivors, many of them children, face life-changing injuries and trauma.');
      expect(textOf(part(el, 'cite'))).to.equal(CITE);
    });

    it('an empty text keeps the default quote', async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="  "></mbc-quote>`);
      expect(textOf(part(el, 'quote'))).to.equal(QUOTE);
    });

    it('cite replaces the citation; an empty cite removes the caption', async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="Words" cite="A. Person, campaigner"></mbc-quote>`);
      expect(textOf(part(el, 'cite'))).to.equal('A. Person, campaigner');
      const none = await readyFixture<MbcQuote>(html`<mbc-quote cite=""></mbc-quote>`);
      expect(has(none, 'figcaption')).to.be.false;
      expect(textOf(part(none, 'quote'))).to.equal(QUOTE);
    });

    it("href links the citation to the source and sets the blockquote's cite", async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote href="https://example.org/statement"></mbc-quote>`);
      const source = part(el, 'source') as HTMLAnchorElement;
      expect(source.getAttribute('href')).to.equal('https://example.org/statement');
      expect(source.getAttribute('rel')).to.equal('noopener');
      expect(textOf(source)).to.equal(CITE);
      expect(part(el, 'quote')!.getAttribute('cite')).to.equal('https://example.org/statement');
      const local = await readyFixture<MbcQuote>(html`<mbc-quote href="/statement"></mbc-quote>`);
      expect(part(local, 'source')!.hasAttribute('rel')).to.be.false;
    });

    it('href with an empty cite links the word "Source"', async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote cite="" href="/statement"></mbc-quote>`);
      expect(textOf(part(el, 'source'))).to.equal('Source');
    });

    for (const href of UNSAFE_HREFS) {
      it(`href=${JSON.stringify(href)} shows no link, warns once and fires mbc-data-error`, async () => {
        const el = await readyFixture<MbcQuote>(html`<mbc-quote href=${href}></mbc-quote>`);
        expect(has(el, 'a'), 'no link').to.be.false;
        expect(part(el, 'quote')!.hasAttribute('cite')).to.be.false;
        expect(textOf(part(el, 'cite'))).to.equal(CITE);
        expect(warnings.messages.length).to.equal(1);
        expect(warnings.messages[0]).to.contain('<mbc-quote>').and.contain('href');
        expect(errors.events.length).to.equal(1);
        expect(errors.events[0].detail).to.include({ element: 'mbc-quote', field: 'href', source: 'attribute' });
        assertInert(el.shadowRoot!);
      });
    }

    for (const markup of UNSAFE_IN_HTML) {
      it(`href="${markup}" written in HTML shows no link`, async () => {
        const el = await fromHtml(`<mbc-quote href="${markup}"></mbc-quote>`);
        expect(has(el, 'a'), 'no link').to.be.false;
        expect(errors.events.length).to.equal(1);
        assertInert(el.shadowRoot!);
      });
    }

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading with heading-level="${level}" renders an h${level}`, async () => {
        const el = await readyFixture<MbcQuote>(html`<mbc-quote heading="In their words" heading-level=${level}></mbc-quote>`);
        expect(textOf(el.shadowRoot!.querySelector(`h${level}`))).to.equal('In their words');
        expect(el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6').length).to.equal(1);
      });
    }

    it('a bad heading-level warns and uses h2', async () => {
      const el = await readyFixture<MbcQuote>(html`<mbc-quote heading="In their words" heading-level="9"></mbc-quote>`);
      expect(has(el, 'h2')).to.be.true;
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['heading-level']);
    });

    it('theme="dark" changes the colours; an unknown theme warns and stays light', async () => {
      const light = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const dark = await readyFixture<MbcQuote>(html`<mbc-quote theme="dark"></mbc-quote>`);
      const bg = (el: MbcQuote) => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(bg(dark)).to.not.equal(bg(light));
      const odd = await readyFixture<MbcQuote>(html`<mbc-quote theme="sepia"></mbc-quote>`);
      expect(bg(odd)).to.equal(bg(light));
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['theme']);
    });

    it('--mbc-* properties and ::part restyle it', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      const holder = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            .branded {
              --mbc-color-accent: rgb(200, 16, 46);
              --mbc-heading-font-family: serif;
            }
            .branded::part(share) {
              text-transform: uppercase;
            }
          </style>
          <mbc-quote class="branded"></mbc-quote>
        </div>`,
      );
      const el = holder.querySelector('mbc-quote')!;
      await el.dataComplete;
      expect(getComputedStyle(part(el, 'quote')!).borderInlineStartColor).to.equal('rgb(200, 16, 46)');
      expect(getComputedStyle(part(el, 'quote')!).fontFamily).to.equal('serif');
      expect(getComputedStyle(button(el)).textTransform).to.equal('uppercase');
    });
  });

  for (const language of LANGUAGES)
    describe(`data (inline JSON and src), page in ${language}`, () => {
      beforeEach(() => setPageLanguage(language));
      afterEach(() => setPageLanguage('en'));

      it('takes quote, cite and the source URL from inline JSON', async () => {
        const data = { quote: { text: 'Words from the feed', cite: 'The feed' }, url: 'https://example.org/feed-statement' };
        const el = await readyFixture<MbcQuote>(
          html`<mbc-quote
            ><script type="application/json">
              ${JSON.stringify(data)}
            </script></mbc-quote
          >`,
        );
        expect(textOf(part(el, 'quote'))).to.equal('Words from the feed');
        expect(textOf(part(el, 'cite'))).to.equal('The feed');
        expect(part(el, 'source')!.getAttribute('href')).to.equal('https://example.org/feed-statement');
        // English data on a page in another language: marked as English, and noted, linked to the original.
        const mark = part(el, 'quote')!.querySelector('p')!;
        if (language === 'en') expect(mark.hasAttribute('lang')).to.be.false;
        else expect([mark.getAttribute('lang'), mark.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
        const note = expectNote(el, language);
        if (note) expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/feed-statement');
      });

      it("without a cite in the data, cites the data's kind and meeting", async () => {
        const data = { kind: 'Declaration', meeting: 'Fifth Review Conference' };
        const el = await readyFixture<MbcQuote>(
          html`<mbc-quote
            ><script type="application/json">
              ${JSON.stringify(data)}
            </script></mbc-quote
          >`,
        );
        expect(textOf(part(el, 'cite'))).to.equal(`Declaration${COMMA[language]}Fifth Review Conference`);
      });

      it('an unsafe URL in the data shows no link and is reported with its JSON path', async () => {
        const data = { url: 'vbscript:msgbox(1)' };
        const el = await readyFixture<MbcQuote>(
          html`<mbc-quote
            ><script type="application/json">
              ${JSON.stringify(data)}
            </script></mbc-quote
          >`,
        );
        expect(has(el, 'a')).to.be.false;
        expect(errors.events.length).to.equal(1);
        expect(errors.events[0].detail).to.include({ field: '$.url', source: 'data' });
      });

      it('takes the quote from src once loaded; attributes still win', async () => {
        const feed = { quote: { text: 'Live quote' } };
        const el = await fixture<MbcQuote>(html`<mbc-quote cite="Ours" src=${jsonUrl(feed, { delay: 200 })}></mbc-quote>`);
        await el.dataComplete;
        expect(textOf(part(el, 'quote'))).to.equal('Live quote');
        expect(textOf(part(el, 'cite'))).to.equal('Ours');
        expectNote(el, language);
      });

      it('a failing src warns and keeps the built-in quote', async () => {
        const el = await readyFixture<MbcQuote>(html`<mbc-quote src="/test-api/status?code=404"></mbc-quote>`);
        // The built-in pull quote, in the page's language (translations are ours: unofficial).
        const builtIn = await builtInStatement(language);
        expect(textOf(part(el, 'quote'))).to.equal(localText(builtIn.quote!.text, language).value);
        if (language === 'en') expect(textOf(part(el, 'quote'))).to.equal(QUOTE);
        expectNote(el, language, 'unofficial');
        expect(errors.events[0].detail).to.include({ element: 'mbc-quote', source: 'src' });
      });
    });

  describe('hostile input', () => {
    it('renders hostile strings in text, cite and heading as text', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const el = await readyFixture<MbcQuote>(html`<mbc-quote text=${payload} cite=${payload} heading=${payload}></mbc-quote>`);
        expect(textOf(part(el, 'quote'))).to.equal(fold(payload));
        expect(textOf(part(el, 'cite'))).to.equal(fold(payload));
        expect(textOf(part(el, 'heading'))).to.equal(fold(payload));
        assertInert(el.shadowRoot!);
      }
    });

    it('hostile strings as href never run and never become markup', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const el = await readyFixture<MbcQuote>(html`<mbc-quote href=${payload}></mbc-quote>`);
        const source = part(el, 'source');
        if (source) expect(source.getAttribute('href')).to.equal(payload);
        else expect(payload).to.match(/^javascript:/);
        assertInert(el.shadowRoot!);
      }
    });

    it('renders hostile strings in the data as text, with the page in each language', async () => {
      try {
        for (const language of LANGUAGES) {
          await setPageLanguage(language);
          for (const payload of HOSTILE_STRINGS) {
            const data = { quote: { text: payload, cite: payload } };
            const el = await readyFixture<MbcQuote>(
              html`<mbc-quote
                ><script type="application/json">
                  ${JSON.stringify(data)}
                </script></mbc-quote
              >`,
            );
            expect(textOf(part(el, 'quote')), language).to.equal(fold(payload));
            expect(textOf(part(el, 'cite')), language).to.equal(fold(payload));
            expectNote(el, language);
            assertInert(el.shadowRoot!);
          }
        }
      } finally {
        await setPageLanguage('en');
      }
    });

    it('hostile text is copied as plain text', async () => {
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share: undefined, clipboard: { writeText } });
      const payload = HOSTILE_STRINGS[0];
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text=${payload} cite="X"></mbc-quote>`);
      await click(button(el));
      expect(await statusText(el)).to.equal('Copied');
      expect(writeText.calls[0]).to.equal(`“${payload}” — X\n${document.URL}`);
      assertInert(el.shadowRoot!);
    });
  });

  describe('copy (no Web Share API)', () => {
    it('has no button and no status line when the browser can neither share nor copy', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      expect(has(el, 'button'), 'no button').to.be.false;
      expect(has(el, '[role=status]'), 'no status').to.be.false;
    });

    it('a "Copy quote" button copies quote, citation and page link, and shows and announces "Copied"', async () => {
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share: undefined, clipboard: { writeText } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      expect(textOf(button(el))).to.equal('Copy quote');
      expect(button(el).getAttribute('type')).to.equal('button');
      // The live region is there, empty, before anything happens: nothing is announced on load.
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(textOf(status(el))).to.equal('');
      await click(button(el));
      expect(await statusText(el)).to.equal('Copied');
      expect(writeText.calls).to.deep.equal([`“${QUOTE}” — ${CITE}\n${document.URL}`]);
      const box = status(el).getBoundingClientRect();
      expect(box.width > 0 && box.height > 0, 'the confirmation is visible').to.be.true;
      expect(getComputedStyle(status(el)).visibility).to.equal('visible');
    });

    it('copies the source link when there is one', async () => {
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share: undefined, clipboard: { writeText } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="Words" cite="Someone" href="/statement#quote"></mbc-quote>`);
      await click(button(el));
      await statusText(el);
      expect(writeText.calls).to.deep.equal([`“Words” — Someone\n${new URL('/statement#quote', document.baseURI).href}`]);
    });

    it('works from the keyboard: Tab to the button, Enter, then Space', async () => {
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share: undefined, clipboard: { writeText } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === button(el), 'the button has focus').to.be.true;
      await sendKeys({ press: 'Enter' });
      expect(await statusText(el)).to.equal('Copied');
      expect(writeText.calls.length).to.equal(1);
      await sendKeys({ press: 'Space' });
      await new Promise((r) => setTimeout(r, 50));
      expect(writeText.calls.length).to.equal(2);
      expect(el.shadowRoot!.activeElement === button(el), 'focus stays on the button').to.be.true;
      before.remove();
    });

    it('a second copy empties the status line first, so "Copied" is announced again', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(textOf(status(el))));
      observer.observe(status(el), { childList: true, characterData: true, subtree: true });
      await click(button(el));
      await statusText(el);
      await click(button(el));
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      expect(seen.filter((s, i) => s !== seen[i - 1])).to.deep.equal(['Copied', '', 'Copied']);
    });

    it('a refused clipboard says "Copy failed" visibly, selects the quote and keeps focus', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.reject(domError('NotAllowedError')) } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(await statusText(el)).to.equal('Copy failed');
      expect(status(el).getBoundingClientRect().width).to.be.greaterThan(0);
      expect(getSelection()!.toString().trim()).to.contain(QUOTE);
      expect(el.shadowRoot!.activeElement === button(el), 'focus stays on the button').to.be.true;
      getSelection()!.removeAllRanges();
    });

    it('a clipboard that throws synchronously says "Copy failed" too', async () => {
      stubNavigator({
        share: undefined,
        clipboard: {
          writeText: () => {
            throw new TypeError('broken');
          },
        },
      });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      await click(button(el));
      expect(await statusText(el)).to.equal('Copy failed');
    });
  });

  describe('share (Web Share API)', () => {
    it('a "Share quote" button opens the share sheet with the quote and the link, and says nothing itself', async () => {
      const share = spy<ShareData>(() => Promise.resolve());
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share, canShare: () => true, clipboard: { writeText } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote href="https://example.org/statement"></mbc-quote>`);
      expect(textOf(button(el))).to.equal('Share quote');
      await click(button(el));
      await new Promise((r) => setTimeout(r, 50));
      expect(share.calls).to.deep.equal([{ text: `“${QUOTE}” — ${CITE}`, url: 'https://example.org/statement' }]);
      expect(writeText.calls.length).to.equal(0);
      expect(textOf(status(el))).to.equal('');
    });

    it('shares from the keyboard (Enter and Space)', async () => {
      const share = spy<ShareData>(() => Promise.resolve());
      stubNavigator({ share });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((r) => setTimeout(r, 20));
      await sendKeys({ press: 'Space' });
      await new Promise((r) => setTimeout(r, 20));
      expect(share.calls.length).to.equal(2);
    });

    it('cancelling the share sheet (AbortError) is not an error: no copy, no message', async () => {
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share: () => Promise.reject(domError('AbortError')), clipboard: { writeText } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      await click(button(el));
      await new Promise((r) => setTimeout(r, 50));
      expect(writeText.calls.length).to.equal(0);
      expect(textOf(status(el))).to.equal('');
    });

    for (const name of ['NotAllowedError', 'DataError', 'TypeError']) {
      it(`a share that fails with ${name} copies instead and says "Copied"`, async () => {
        const writeText = spy<string>(() => Promise.resolve());
        stubNavigator({
          share: () => Promise.reject(name === 'TypeError' ? new TypeError('bad') : domError(name)),
          clipboard: { writeText },
        });
        const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
        await click(button(el));
        expect(await statusText(el)).to.equal('Copied');
        expect(writeText.calls).to.deep.equal([`“${QUOTE}” — ${CITE}\n${document.URL}`]);
      });
    }

    it('a share that fails and a refused clipboard say "Copy failed"', async () => {
      stubNavigator({
        share: () => Promise.reject(domError('NotAllowedError')),
        clipboard: { writeText: () => Promise.reject(domError('NotAllowedError')) },
      });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      await click(button(el));
      expect(await statusText(el)).to.equal('Copy failed');
    });

    it('when canShare() refuses the data, it copies', async () => {
      const share = spy<ShareData>(() => Promise.resolve());
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share, canShare: () => false, clipboard: { writeText } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      await click(button(el));
      expect(await statusText(el)).to.equal('Copied');
      expect(share.calls.length).to.equal(0);
    });

    it('ignores clicks while the share sheet is open', async () => {
      let finish!: () => void;
      const share = spy<ShareData>(() => new Promise<void>((resolve) => (finish = resolve)));
      stubNavigator({ share });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      await click(button(el));
      await click(button(el));
      expect(share.calls.length).to.equal(1);
      finish();
      await new Promise((r) => setTimeout(r, 10));
      await click(button(el));
      expect(share.calls.length).to.equal(2);
      finish();
    });

    it('the stubs are gone after each test (the real navigator is back)', () => {
      expect(Object.prototype.hasOwnProperty.call(navigator, 'share')).to.be.false;
      expect(Object.prototype.hasOwnProperty.call(navigator, 'clipboard')).to.be.false;
      expect(navigator.clipboard instanceof Clipboard).to.be.true;
    });
  });

  describe('the real clipboard', () => {
    it('a real click copies quote, citation and link to the system clipboard', async function () {
      stubNavigator({ share: undefined }); // the clipboard is the browser's own
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="Real clipboard ${Date.now()}" cite="Test"></mbc-quote>`);
      const text = textOf(part(el, 'quote'));
      await click(button(el));
      expect(await statusText(el)).to.equal('Copied');
      expect(await pasteClipboard()).to.equal(`“${text}” — Test\n${document.URL}`);
    });

    it('a share that fails falls back to the real clipboard within the same click', async () => {
      stubNavigator({ share: () => Promise.reject(domError('NotAllowedError')) });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote text="Fallback ${Date.now()}" cite="Test"></mbc-quote>`);
      const text = textOf(part(el, 'quote'));
      await click(button(el));
      expect(await statusText(el)).to.equal('Copied');
      expect(await pasteClipboard()).to.equal(`“${text}” — Test\n${document.URL}`);
    });
  });

  describe('other languages', () => {
    afterEach(() => setPageLanguage('en'));

    it('shows the translated quote in French, marked unofficial, and copies it with French quotation marks', async () => {
      const writeText = spy<string>(() => Promise.resolve());
      stubNavigator({ share: undefined, clipboard: { writeText } });
      await setPageLanguage('fr');
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const quote = localText((await builtInStatement('fr')).quote!.text, 'fr').value;
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
      expect(textOf(part(el, 'quote'))).to.equal(quote);
      expect(textOf(part(el, 'cite'))).to.match(/^Déclaration commune, Vingt-deuxième/);
      expect(textOf(part(el, 'translation-note'))).to.equal('Traduction non officielle');
      expect(textOf(button(el))).to.equal('Copier la citation');
      await click(button(el));
      expect(await statusText(el)).to.equal('Citation copiée');
      // Guillemets set off with a no-break space (narrow, as Intl writes French).
      expect(writeText.calls[0]).to.match(
        new RegExp(`^«[\u00a0\u202f]${quote}[\u00a0\u202f]» — Déclaration commune, Vingt-deuxième`),
      );
    });

    it('isolates text from attributes with <bdi> in an Arabic widget', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      await setPageLanguage('ar');
      const el = await readyFixture<MbcQuote>(
        html`<mbc-quote heading="In their words" text="Every mine cleared." cite="A deminer"></mbc-quote>`,
      );
      expect(textOf(part(el, 'heading')!.querySelector(':scope > bdi'))).to.equal('In their words');
      expect(textOf(part(el, 'quote')!.querySelector('p > bdi'))).to.equal('Every mine cleared.');
      expect(textOf(part(el, 'cite')!.querySelector('cite > bdi'))).to.equal('A deminer');
    });

    it('lays an English quote out left to right on an Arabic page', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      await setPageLanguage('ar');
      const data = { kind: 'Statement', meeting: 'A meeting', quote: { text: 'Every mine cleared is a life saved.' } };
      const el = await readyFixture<MbcQuote>(html`<mbc-quote src=${jsonUrl(data)}></mbc-quote>`);
      // The citation made of the data's English kind and meeting is marked English too.
      const cite = part(el, 'cite')!.querySelector('cite')!;
      expect([cite.getAttribute('lang'), cite.getAttribute('dir'), getComputedStyle(cite).direction]).to.deep.equal([
        'en',
        'ltr',
        'ltr',
      ]);
      expectEnglishLeftToRight(part(el, 'quote')!.querySelector('p')!, 'quote');
    });

    it('marks an English quote as English on a page in another language', async () => {
      stubNavigator({ share: undefined, clipboard: undefined });
      await setPageLanguage('ru');
      const data = { quote: { text: { en: 'Only in English' } } };
      const el = await readyFixture<MbcQuote>(
        html`<mbc-quote
          ><script type="application/json">
            ${JSON.stringify(data)}
          </script></mbc-quote
        >`,
      );
      const paragraph = part(el, 'quote')!.querySelector('p')!;
      expect([paragraph.getAttribute('lang'), paragraph.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(textOf(paragraph)).to.equal('Only in English');
      expect(part(el, 'translation-note') !== null, 'note').to.be.true;
    });

    it('mirrors the share arrow, not the copy icon, in Arabic', async () => {
      const icon = (el: MbcQuote) => getComputedStyle(part(el, 'icon')!).transform;
      stubNavigator({ share: () => Promise.resolve() });
      const sharing = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      expect(icon(sharing)).to.equal('none');
      await setPageLanguage('ar');
      await sharing.updateComplete;
      expect(part(sharing, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(icon(sharing)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      const copying = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      expect(part(copying, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(icon(copying)).to.equal('none');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean in light and dark, with a source link and after "Copied"', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      for (const theme of ['light', 'dark']) {
        const el = await readyFixture<MbcQuote>(
          html`<mbc-quote theme=${theme} href="https://example.org/statement" heading="In their words"></mbc-quote>`,
        );
        await expect(el).to.be.accessible();
        await click(button(el));
        await statusText(el);
        await expect(el).to.be.accessible();
        const failed = await readyFixture<MbcQuote>(html`<mbc-quote theme=${theme}></mbc-quote>`);
        stubNavigator({ clipboard: { writeText: () => Promise.reject(domError('NotAllowedError')) } });
        await click(button(failed));
        await statusText(failed);
        await expect(failed).to.be.accessible();
        stubNavigator({ clipboard: { writeText: () => Promise.resolve() } });
      }
    });

    it('theme="auto" follows the reader\'s dark setting', async () => {
      const light = await readyFixture<MbcQuote>(html`<mbc-quote theme="light"></mbc-quote>`);
      const auto = await readyFixture<MbcQuote>(html`<mbc-quote theme="auto"></mbc-quote>`);
      const bg = (el: MbcQuote) => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(bg(auto)).to.equal(bg(light));
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(bg(auto)).to.not.equal(bg(light));
        await expect(auto).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('in forced colours the quote rule and the button border use system colours', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const accent = getComputedStyle(part(el, 'quote')!).borderInlineStartColor;
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(getComputedStyle(part(el, 'quote')!).borderInlineStartColor).to.not.equal(accent);
        expect(getComputedStyle(button(el)).borderTopColor).to.equal(getComputedStyle(button(el)).color);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('the button is at least 24 by 24 CSS pixels', async () => {
      stubNavigator({ share: undefined, clipboard: { writeText: () => Promise.resolve() } });
      const el = await readyFixture<MbcQuote>(html`<mbc-quote></mbc-quote>`);
      const box = button(el).getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24).to.be.true;
    });
  });
});
