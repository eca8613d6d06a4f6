import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '../../test/browser/commands.js';
import './define.js';
import type { CtaClickDetail, MbcCallToAction } from './call-to-action.js';
import { jointStatement22MSP } from '../data/joint-statement-22msp.js';
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
  textOf,
  type CapturedWarnings,
  setPageLanguage,
} from '../../test/browser/helpers.js';

const CALL = jointStatement22MSP.callToAction!;
// Texts may be maps of language to string (translations are added in place): take the English.
const CALL_TEXT = localText(CALL.text, 'en').value;
const CLOSING = CALL.closing!.map((t) => localText(t, 'en').value);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** URLs that must never become a link, as a script would set them (no entity decoding). */
const UNSAFE_HREFS = [
  'javascript:window.__mbcPwned=1',
  'JaVaScRiPt:window.__mbcPwned=1',
  'JAVASCRIPT:window.__mbcPwned=1',
  'java\tscript:window.__mbcPwned=1',
  'java\nscript:window.__mbcPwned=1',
  'java\rscript:window.__mbcPwned=1',
  'java\u0000script:window.__mbcPwned=1',
  '  javascript:window.__mbcPwned=1',
  '\u0001\u0002javascript:window.__mbcPwned=1',
  '\tjavascript:window.__mbcPwned=1',
  'data:text/html,<script>window.__mbcPwned=1</script>',
  'DaTa:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
];

/** The same tricks written in HTML, where the parser decodes the entities before the element sees them. */
const UNSAFE_IN_HTML = [
  'java&#x09;script:window.__mbcPwned=1',
  'java&#10;script:window.__mbcPwned=1',
  '&#x6A;avascript:window.__mbcPwned=1',
  'javascript&colon;window.__mbcPwned=1',
  '&#x01;javascript:window.__mbcPwned=1',
  'JaVa&Tab;ScRiPt:window.__mbcPwned=1',
  'data&colon;text/html,x',
  'vbscript&#58;msgbox(1)',
];

const link = (el: MbcCallToAction) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]');

/* The data tests run with the page in each of the six UN languages: texts the data
   has only in English show in English, marked as such, with the note. */
const LANGUAGES: Language[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];
const NOTES: Record<Exclude<Language, 'en'>, { english: string; both: string; unofficial: string }> = {
  ar: {
    english: 'متاح باللغة الإنكليزية فقط',
    both: 'ترجمة غير رسمية؛ بعض الأجزاء متاحة باللغة الإنكليزية فقط',
    unofficial: 'ترجمة غير رسمية',
  },
  es: {
    english: 'Disponible solo en inglés',
    both: 'Traducción no oficial; algunas partes solo están disponibles en inglés',
    unofficial: 'Traducción no oficial',
  },
  fr: {
    english: 'Disponible en anglais uniquement',
    both: "Traduction non officielle ; certaines parties ne sont disponibles qu'en anglais",
    unofficial: 'Traduction non officielle',
  },
  ru: {
    english: 'Доступно только на английском языке',
    both: 'Неофициальный перевод; некоторые части доступны только на английском языке',
    unofficial: 'Неофициальный перевод',
  },
  zh: { english: '仅有英文版', both: '非正式译文；部分内容仅有英文版', unofficial: '非正式译文' },
};

/** Apostrophes of either style, as translators write them. */
const apostrophes = (s: string) => s.replace(/’/g, "'");

/** The note due on a page in `language`: none in English, else "Available in English only" (or both lines' worth). */
function expectNote(el: MbcCallToAction, language: Language, kind: 'english' | 'both' | 'none' = 'english'): void {
  const note = el.shadowRoot!.querySelector('[part=translation-note]');
  if (language === 'en' || kind === 'none') expect(note, 'no translation note').to.be.null;
  else expect(apostrophes(textOf(note))).to.equal(apostrophes(NOTES[language][kind]));
}

/** The built-in call in a language, as the widget shows it (built-in-statement.ts), and whether it is all translated. */
async function builtInCall(language: Language): Promise<{ text: string; translated: boolean }> {
  const call = (await builtInStatement(language)).callToAction!;
  const texts = [call.text, ...(call.closing ?? [])].map((text) => localText(text, language));
  return { text: fold(texts[0].value), translated: texts.every((text) => !text.fallback) };
}

/** Creates the element from HTML, as a CMS page would (entities decoded by the parser). */
async function fromHtml(markup: string): Promise<MbcCallToAction> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = markup;
  const el = holder.firstElementChild as MbcCallToAction;
  await el.dataComplete;
  return el;
}

/** Clicks the centre of an element with the real mouse. */
async function click(target: Element, button: 'left' | 'middle' | 'right' = 'left'): Promise<void> {
  // WebDriver clicks only inside the viewport (Playwright clicks anywhere).
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)], button });
}

describe('mbc-call-to-action', () => {
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof collectDataErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = collectDataErrors();
  });
  afterEach(async () => {
    warnings.restore();
    errors.stop();
    await resetMouse();
  });

  // First, while this page has not loaded the built-in statement yet.
  describe('before the built-in statement arrives', () => {
    it('shows the light-DOM fallback, then the call, and the fallback is hidden', async () => {
      const el = await fixture<MbcCallToAction>(
        html`<mbc-call-to-action>
          <p>Join the call: <a href="https://example.org/join">sign up</a></p>
        </mbc-call-to-action>`,
      );
      const fallback = el.querySelector('p')!;
      expect(Boolean(el.shadowRoot!.querySelector('slot:not([name])'))).to.be.true;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await el.dataComplete;
      expect(Boolean(el.shadowRoot!.querySelector('slot'))).to.be.false;
      expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(CALL_TEXT);
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });

    it('with its own text it needs no built-in statement and never shows the fallback', async () => {
      const el = await fixture<MbcCallToAction>(
        html`<mbc-call-to-action text="Write to your minister" href="/write">
          <p>Fallback</p>
        </mbc-call-to-action>`,
      );
      // Rendered at the first update, without waiting for the statement's chunk.
      expect(Boolean(el.shadowRoot!.querySelector('slot'))).to.be.false;
      expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal('Write to your minister');
      expect((el as unknown as { needsBuiltInStatement(): boolean }).needsBuiltInStatement()).to.be.false;
    });
  });

  describe('built-in statement', () => {
    it('renders the heading, the closing call and its closing paragraph, and no link', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action></mbc-call-to-action>`);
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Join the call');
      expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(CALL_TEXT);
      expect(Array.from(el.shadowRoot!.querySelectorAll('[part=closing]'), textOf)).to.deep.equal(CLOSING);
      expect(Boolean(link(el))).to.be.false; // the seed has no URL, and none is invented
      expect(warnings.messages).to.be.empty;
      expect(errors.events.length).to.equal(0);
      expect((el as unknown as { needsBuiltInStatement(): boolean }).needsBuiltInStatement()).to.be.true;
    });

    it('exposes parts for restyling', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      for (const part of ['base', 'heading', 'text', 'closing', 'link', 'icon']) {
        expect(Boolean(el.shadowRoot!.querySelector(`[part~="${part}"]`)), part).to.be.true;
      }
    });

    it('fires mbc-ready once rendered', async () => {
      const el = document.createElement('mbc-call-to-action');
      const ready = oneEvent(el, 'mbc-ready');
      document.body.append(el);
      const event = await ready;
      expect(event.detail).to.deep.equal({ element: 'mbc-call-to-action', source: 'built-in' });
      el.remove();
    });

    it('on an English page, the text needs no language mark and no translation note', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action></mbc-call-to-action>`);
      expect(el.shadowRoot!.querySelector('[part=text] [lang]') === null, 'no lang mark').to.be.true;
      expect(el.shadowRoot!.querySelector('[part=translation-note]') === null, 'no note').to.be.true;
      const base = el.shadowRoot!.querySelector('[part=base]')!;
      expect(base.getAttribute('lang')).to.equal('en');
      expect(base.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('attributes', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" renders an h${level}`, async () => {
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action heading-level=${level}></mbc-call-to-action>`);
        expect(textOf(el.shadowRoot!.querySelector(`h${level}`))).to.equal('Join the call');
        expect(el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6').length).to.equal(1);
      });
    }

    for (const bad of ['0', '7', '-1', '2.5', 'three']) {
      it(`heading-level="${bad}" falls back to h2 with a warning`, async () => {
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action heading-level=${bad}></mbc-call-to-action>`);
        expect(Boolean(el.shadowRoot!.querySelector('h2'))).to.be.true;
        expect(warnings.messages.length).to.equal(1);
        expect(warnings.messages[0]).to.contain('<mbc-call-to-action>').and.contain('heading-level');
        expect(errors.events[0].detail).to.include({
          element: 'mbc-call-to-action',
          field: 'heading-level',
          source: 'attribute',
        });
      });
    }

    it('heading replaces the heading; an empty heading removes it', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action heading="Act now"></mbc-call-to-action>`);
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Act now');
      const none = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action heading=""></mbc-call-to-action>`);
      expect(Boolean(none.shadowRoot!.querySelector('h1,h2,h3,h4,h5,h6'))).to.be.false;
      expect(textOf(none.shadowRoot!.querySelector('[part=text]'))).to.equal(CALL_TEXT);
    });

    it("text replaces the call and drops the statement's closing paragraphs; an empty text shows none", async () => {
      const el = await readyFixture<MbcCallToAction>(
        html`<mbc-call-to-action text="Ask your government to stay in the Convention."></mbc-call-to-action>`,
      );
      expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal('Ask your government to stay in the Convention.');
      expect(Boolean(el.shadowRoot!.querySelector('[part=closing]'))).to.be.false;
      const empty = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action text="" href="/join"></mbc-call-to-action>`);
      expect(Boolean(empty.shadowRoot!.querySelector('p'))).to.be.false;
      expect(Boolean(link(empty))).to.be.true;
    });

    it('href and label make a link button; the label defaults to "Take action"', async () => {
      const el = await readyFixture<MbcCallToAction>(
        html`<mbc-call-to-action href="/join" label="Sign the pledge"></mbc-call-to-action>`,
      );
      const a = link(el)!;
      expect(a.getAttribute('href')).to.equal('/join');
      expect(textOf(a)).to.equal('Sign the pledge');
      const plain = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      expect(textOf(link(plain))).to.equal('Take action');
      const blank = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join" label="  "></mbc-call-to-action>`);
      expect(textOf(link(blank))).to.equal('Take action');
      expect(warnings.messages).to.be.empty;
    });

    it('a label without href shows no link (there is nowhere to go)', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action label="Sign"></mbc-call-to-action>`);
      expect(Boolean(el.shadowRoot!.querySelector('a, button'))).to.be.false;
    });

    it('an empty href shows no link, silently', async () => {
      for (const value of ['', '   ']) {
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href=${value}></mbc-call-to-action>`);
        expect(Boolean(link(el))).to.be.false;
      }
      expect(warnings.messages).to.be.empty;
      expect(errors.events.length).to.equal(0);
    });

    const external: Array<[string, string | null]> = [
      ['https://example.org/join', 'noopener'],
      ['http://example.org/join', 'noopener'],
      ['//example.org/join', 'noopener'],
      ['/join', null],
      ['join.html', null],
      ['#join', null],
      [`${location.origin}/join`, null],
      ['mailto:campaign@example.org', null],
    ];
    for (const [href, rel] of external) {
      it(`href="${href}" links ${rel ? 'with rel="noopener"' : 'without rel'}, in the same tab`, async () => {
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href=${href}></mbc-call-to-action>`);
        const a = link(el)!;
        expect(a.getAttribute('href')).to.equal(href);
        expect(a.getAttribute('rel')).to.equal(rel);
        expect(a.hasAttribute('target')).to.be.false;
        expect(warnings.messages).to.be.empty;
      });
    }

    for (const href of UNSAFE_HREFS) {
      it(`href=${JSON.stringify(href)} renders no link, warns once and fires mbc-data-error`, async () => {
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href=${href} label="Go"></mbc-call-to-action>`);
        expect(Boolean(el.shadowRoot!.querySelector('a'))).to.be.false;
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(CALL_TEXT); // the rest still shows
        expect(warnings.messages.length).to.equal(1);
        expect(warnings.messages[0]).to.contain('<mbc-call-to-action>').and.contain('href').and.contain('no link');
        expect(errors.events.length).to.equal(1);
        const event = errors.events[0];
        expect(event.detail).to.include({ element: 'mbc-call-to-action', field: 'href', source: 'attribute' });
        expect(event.bubbles && event.composed).to.be.true;
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages.length, 'reported once however often it renders').to.equal(1);
        assertInert(el.shadowRoot!);
      });
    }

    for (const markup of UNSAFE_IN_HTML) {
      it(`href="${markup}" written in HTML renders no link`, async () => {
        const el = await fromHtml(`<mbc-call-to-action href="${markup}" label="Go"></mbc-call-to-action>`);
        expect(el.getAttribute('href')).to.not.contain('&');
        expect(Boolean(el.shadowRoot!.querySelector('a'))).to.be.false;
        expect(errors.events.length).to.equal(1);
        expect(errors.events[0].detail.field).to.equal('href');
        assertInert(el.shadowRoot!);
      });
    }

    it('an href set later is checked too, and a safe one replaces it', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      el.href = 'javascript:window.__mbcPwned=1';
      await el.updateComplete;
      expect(Boolean(link(el))).to.be.false;
      expect(errors.events.length).to.equal(1);
      el.href = 'https://example.org/';
      await el.updateComplete;
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/');
    });

    it('theme="dark" changes the colours; an unknown theme warns and stays light', async () => {
      const light = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      const dark = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action theme="dark" href="/join"></mbc-call-to-action>`);
      const bg = (el: MbcCallToAction, part: string) =>
        getComputedStyle(el.shadowRoot!.querySelector(`[part=${part}]`)!).backgroundColor;
      expect(bg(dark, 'base')).to.not.equal(bg(light, 'base'));
      expect(bg(dark, 'link')).to.not.equal(bg(light, 'link'));
      const odd = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action theme="neon"></mbc-call-to-action>`);
      expect(bg(odd, 'base')).to.equal(bg(light, 'base'));
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['theme']);
    });

    it('--mbc-* properties restyle the button, and ::part reaches it', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            .branded {
              --mbc-color-accent: rgb(200, 16, 46);
              --mbc-color-on-accent: rgb(255, 255, 255);
              --mbc-radius: 0px;
            }
            .branded::part(link) {
              text-transform: uppercase;
            }
          </style>
          <mbc-call-to-action class="branded" href="/join"></mbc-call-to-action>
        </div>`,
      );
      const el = holder.querySelector('mbc-call-to-action')!;
      await el.dataComplete;
      const style = getComputedStyle(link(el)!);
      expect(style.backgroundColor).to.equal('rgb(200, 16, 46)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
      expect(style.borderTopLeftRadius).to.equal('0px');
      expect(style.textTransform).to.equal('uppercase');
    });
  });

  describe('mbc-cta-click', () => {
    afterEach(() => {
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    });

    it('fires on a real click, before the browser navigates, with href, label and the element id', async () => {
      const el = await readyFixture<MbcCallToAction>(
        html`<mbc-call-to-action id="footer-cta" href="#cta-target" label="Join us"></mbc-call-to-action>`,
      );
      let hashDuringEvent: string | undefined;
      const events: CustomEvent<CtaClickDetail>[] = [];
      const listener = (event: Event) => {
        hashDuringEvent = location.hash;
        events.push(event as CustomEvent<CtaClickDetail>);
      };
      document.addEventListener('mbc-cta-click', listener); // it crosses the shadow boundary and bubbles
      await click(link(el)!);
      document.removeEventListener('mbc-cta-click', listener);
      expect(events.length).to.equal(1);
      const event = events[0];
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expect(event.target === el, 'target is the element').to.be.true;
      expect(event.detail).to.deep.equal({
        element: 'mbc-call-to-action',
        id: 'footer-cta',
        href: new URL('#cta-target', location.href).href,
        label: 'Join us',
      });
      expect(hashDuringEvent, 'not yet navigated while the event ran').to.equal('');
      expect(location.hash, 'then the browser navigated').to.equal('#cta-target');
    });

    it('fires from the keyboard (Tab to the link, Enter)', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="#cta-keyboard"></mbc-call-to-action>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === link(el), 'the link has focus').to.be.true;
      const fired = oneEvent(el, 'mbc-cta-click');
      await sendKeys({ press: 'Enter' });
      const event = await fired;
      expect(event.detail).to.include({ id: '', label: 'Take action' });
      expect(location.hash).to.equal('#cta-keyboard');
      before.remove();
    });

    it('preventDefault() on the event stops the navigation', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="#cta-cancelled"></mbc-call-to-action>`);
      const listener = (event: Event) => event.preventDefault();
      el.addEventListener('mbc-cta-click', listener);
      let clickPrevented: boolean | undefined;
      const observe = (event: Event) => (clickPrevented = event.defaultPrevented);
      document.addEventListener('click', observe);
      await click(link(el)!);
      document.removeEventListener('click', observe);
      expect(clickPrevented).to.be.true;
      expect(location.hash).to.equal('');
    });

    it('a middle click (new tab) counts too; a right click does not', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="#cta-middle"></mbc-call-to-action>`);
      const events: Event[] = [];
      // Cancelled here so the test browser opens no new tab.
      const listener = (event: Event) => {
        events.push(event);
        event.preventDefault();
      };
      el.addEventListener('mbc-cta-click', listener);
      const noMenu = (event: Event) => event.preventDefault();
      document.addEventListener('contextmenu', noMenu);
      await click(link(el)!, 'right');
      expect(events.length).to.equal(0);
      await click(link(el)!, 'middle');
      document.removeEventListener('contextmenu', noMenu);
      expect(events.length).to.equal(1);
    });

    it('clicking the text around the link fires nothing', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="#cta-nothing"></mbc-call-to-action>`);
      const events: Event[] = [];
      el.addEventListener('mbc-cta-click', (e) => events.push(e));
      await click(el.shadowRoot!.querySelector('[part=text]')!);
      expect(events.length).to.equal(0);
    });
  });

  for (const language of LANGUAGES)
    describe(`data (inline JSON and src), page in ${language}`, () => {
      beforeEach(() => setPageLanguage(language));
      afterEach(() => setPageLanguage('en'));
      /** The FEED's text is in English and French; its other texts in English only. */
      const feedText = language === 'fr' ? 'Demandez à votre parlement de ratifier.' : 'Ask your parliament to ratify.';
      const feedNote = language === 'fr' ? 'both' : 'english';

      const FEED = {
        callToAction: {
          text: { en: 'Ask your parliament to ratify.', fr: 'Demandez à votre parlement de ratifier.' },
          heading: 'Ratify now',
          href: 'https://example.org/ratify',
          label: 'Find out how',
        },
      };

      it('takes text, heading, link and label from inline JSON', async () => {
        const el = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action>
            <script type="application/json">
              ${JSON.stringify(FEED)}
            </script>
          </mbc-call-to-action>`,
        );
        expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Ratify now');
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(feedText);
        expect(Boolean(el.shadowRoot!.querySelector('[part=closing]'))).to.be.false;
        // English data on a page in another language is marked as English.
        const heading = el.shadowRoot!.querySelector('h2 > span');
        if (language === 'en') expect(heading).to.be.null;
        else expect(heading!.getAttribute('lang')).to.equal('en');
        expectNote(el, language, feedNote);
        expect(link(el)!.getAttribute('href')).to.equal('https://example.org/ratify');
        expect(link(el)!.getAttribute('rel')).to.equal('noopener');
        expect(textOf(link(el))).to.equal('Find out how');
      });

      it('attributes win over the data', async () => {
        const el = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action heading="Ours" href="/ours" label="Our label" text="Our text">
            <script type="application/json">
              ${JSON.stringify(FEED)}
            </script>
          </mbc-call-to-action>`,
        );
        expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Ours');
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal('Our text');
        expect(link(el)!.getAttribute('href')).to.equal('/ours');
        expect(textOf(link(el))).to.equal('Our label');
        expectNote(el, language, 'none'); // none of the data is shown
      });

      it('href="" removes the data\'s link', async () => {
        const el = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action href="">
            <script type="application/json">
              ${JSON.stringify(FEED)}
            </script>
          </mbc-call-to-action>`,
        );
        expect(Boolean(link(el))).to.be.false;
      });

      it('an unsafe link in the data shows no link and is reported with its JSON path', async () => {
        const data = { callToAction: { text: 'Act', href: 'JavaScript:window.__mbcPwned=1' } };
        const el = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action>
            <script type="application/json">
              ${JSON.stringify(data)}
            </script>
          </mbc-call-to-action>`,
        );
        expect(Boolean(el.shadowRoot!.querySelector('a'))).to.be.false;
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal('Act');
        expectNote(el, language);
        expect(errors.events.length).to.equal(1);
        expect(errors.events[0].detail).to.include({ field: '$.callToAction.href', source: 'data' });
        assertInert(el.shadowRoot!);
      });

      it('takes the call from src once loaded, showing the built-in one meanwhile', async () => {
        const el = await fixture<MbcCallToAction>(
          html`<mbc-call-to-action src=${jsonUrl(FEED, { delay: 300 })}></mbc-call-to-action>`,
        );
        await new Promise((r) => setTimeout(r, 100));
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal((await builtInCall(language)).text);
        await el.dataComplete;
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(feedText);
        expect(Boolean(link(el))).to.be.true;
        expectNote(el, language, feedNote);
        expect(warnings.messages).to.be.empty;
      });

      it('a failing src warns and keeps the built-in call', async () => {
        const el = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action src="/test-api/status?code=500"></mbc-call-to-action>`,
        );
        const call = await builtInCall(language);
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(call.text);
        // The built-in call is our translation on a page in another language (English where a paragraph is not translated yet).
        if (language !== 'en') {
          const note = textOf(el.shadowRoot!.querySelector('[part=translation-note]'));
          expect(note).to.equal(call.translated ? NOTES[language].unofficial : NOTES[language].both);
        }
        expect(errors.events[0].detail).to.include({ element: 'mbc-call-to-action', source: 'src' });
      });
    });

  describe('hostile input', () => {
    it('renders hostile strings in heading, text and label as text', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const el = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action heading=${payload} text=${payload} label=${payload} href="/join"></mbc-call-to-action>`,
        );
        expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(fold(payload));
        expect(textOf(el.shadowRoot!.querySelector('[part=text]'))).to.equal(fold(payload));
        expect(textOf(link(el))).to.equal(fold(payload));
        assertInert(el.shadowRoot!);
      }
    });

    it('hostile strings as href never run and never become markup', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href=${payload}></mbc-call-to-action>`);
        const a = link(el);
        // Relative-looking payloads are harmless paths on this site; javascript: ones are refused.
        if (a) expect(a.getAttribute('href')).to.equal(payload);
        else expect(payload).to.match(/^javascript:/);
        assertInert(el.shadowRoot!);
      }
    });

    it('renders hostile strings in every text field of the data as text, with the page in each language', async () => {
      try {
        for (const language of LANGUAGES) {
          await setPageLanguage(language);
          for (const payload of HOSTILE_STRINGS) {
            const data = { callToAction: { text: payload, closing: [payload], heading: payload, label: payload, href: '/join' } };
            const el = await readyFixture<MbcCallToAction>(
              html`<mbc-call-to-action>
                <script type="application/json">
                  ${JSON.stringify(data)}
                </script>
              </mbc-call-to-action>`,
            );
            for (const part of ['heading', 'text', 'closing', 'link']) {
              expect(textOf(el.shadowRoot!.querySelector(`[part~=${part}]`)), `${part} (${language})`).to.equal(fold(payload));
            }
            expectNote(el, language);
            assertInert(el.shadowRoot!);
          }
        }
      } finally {
        await setPageLanguage('en');
      }
    });

    it('typed non-string properties do not throw', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action></mbc-call-to-action>`);
      (el as unknown as Record<string, unknown>).href = 42;
      (el as unknown as Record<string, unknown>).label = { toString: () => 'Object label' };
      await el.updateComplete;
      expect(link(el)!.getAttribute('href')).to.equal('42');
      expect(textOf(link(el))).to.equal('Object label');
    });
  });

  describe('right-to-left', () => {
    afterEach(() => setPageLanguage('en'));

    it('mirrors the arrow in Arabic', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      const icon = () => el.shadowRoot!.querySelector('[part=icon]')!;
      expect(getComputedStyle(icon()).transform).to.equal('none');
      // The Arabic strings are a lazily loaded chunk: wait for them, not a fixed time.
      await setPageLanguage('ar');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(icon()).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      // The built-in call is translated: the paragraph takes the widget's language, and the note says it is ours.
      const text = el.shadowRoot!.querySelector('[part=text]')!;
      expect(text.hasAttribute('lang')).to.be.false;
      expect(textOf(text)).to.equal((await builtInCall('ar')).text);
      expect(el.shadowRoot!.querySelector('[part=translation-note]') !== null, 'translation note').to.be.true;
    });
  });

  describe('text from attributes', () => {
    afterEach(() => setPageLanguage('en'));

    it('is isolated with <bdi>, so English punctuation stays in place in an Arabic widget', async () => {
      await setPageLanguage('ar');
      const el = await readyFixture<MbcCallToAction>(
        html`<mbc-call-to-action
          heading="Stand with survivors"
          text="Ask your government."
          href="/act"
          label="Find out how"
        ></mbc-call-to-action>`,
      );
      expect(textOf(el.shadowRoot!.querySelector('h2 > bdi'))).to.equal('Stand with survivors');
      expect(textOf(el.shadowRoot!.querySelector('[part=text] > bdi'))).to.equal('Ask your government.');
      expect(textOf(el.shadowRoot!.querySelector('[part=link] > bdi'))).to.equal('Find out how');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean in light and dark, with and without a link', async () => {
      for (const theme of ['light', 'dark']) {
        const plain = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action theme=${theme}></mbc-call-to-action>`);
        await expect(plain).to.be.accessible();
        const withLink = await readyFixture<MbcCallToAction>(
          html`<mbc-call-to-action theme=${theme} href="https://example.org/join" label="Join us"></mbc-call-to-action>`,
        );
        await expect(withLink).to.be.accessible();
      }
    });

    it('theme="auto" follows the reader\'s dark setting', async () => {
      const light = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action theme="light"></mbc-call-to-action>`);
      const auto = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action theme="auto"></mbc-call-to-action>`);
      const bg = (el: MbcCallToAction) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor;
      expect(bg(auto)).to.equal(bg(light));
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(bg(auto)).to.not.equal(bg(light));
        await expect(auto).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('in forced colours the link button keeps a visible border', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      expect(getComputedStyle(link(el)!).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
      await emulateMedia({ forcedColors: 'active' });
      try {
        const style = getComputedStyle(link(el)!);
        expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
        expect(style.borderTopColor).to.equal(style.color);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('the link button is at least 24 by 24 CSS pixels and has a visible focus ring', async () => {
      const el = await readyFixture<MbcCallToAction>(html`<mbc-call-to-action href="/join"></mbc-call-to-action>`);
      const box = link(el)!.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
      // Reached with Tab, as a keyboard user does, so :focus-visible applies in every engine.
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      before.remove();
      expect(el.shadowRoot!.activeElement, 'Tab reached the link').to.equal(link(el));
      expect(getComputedStyle(link(el)!).outlineStyle).to.equal('solid');
    });
  });
});
