import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../test/browser/commands.js';
import './define.js';
import type { MbcStatementCard } from './statement-card.js';
import { jointStatement22MSP } from '../data/joint-statement-22msp.full.js';
import { builtInStatement } from '../data/built-in-statement.js';
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

const en = (text: unknown): string => (typeof text === 'string' ? text : (text as Record<string, string>).en);
const OPENING = en(jointStatement22MSP.sections![0].paragraphs[0]);
const TITLE = en(jointStatement22MSP.title);
const CHAMPIONS =
  'Algeria, Austria, Colombia, Ireland, Jordan, Mexico, New Zealand, Norway, South Africa, Switzerland and Thailand';
const SUPPORTERS = 'Central African Republic, Chile, Costa Rica, Democratic Republic of the Congo, Panama, Senegal and Uruguay';

const OTHER = {
  kind: 'Declaration',
  title: 'Another statement',
  meeting: 'Another meeting',
  signatories: [{ id: 'champions', label: 'Leaders', states: ['FR', 'DE'] }],
  sections: [
    { id: 'a', paragraphs: ['First paragraph.', 'Second paragraph.'] },
    { id: 'b', heading: 'More', paragraphs: ['Third paragraph.'] },
  ],
  achievements: [{ id: 'x', text: 'One achievement.' }],
  commitments: [{ id: 'y', text: 'One commitment.' }],
  callToAction: { text: 'Act now.' },
};

function inline(data: unknown) {
  return html`<script type="application/json">
    ${JSON.stringify(data)}
  </script>`;
}

const root = (el: MbcStatementCard) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: MbcStatementCard, selector: string) => root(el).querySelector<T>(selector);
const toggle = (el: MbcStatementCard) => $<HTMLButtonElement>(el, 'button[part=toggle]')!;
const region = (el: MbcStatementCard) => $(el, '#full')!;
const visible = (node: Element) => node.getBoundingClientRect().height > 0;
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const signatories = (el: MbcStatementCard) =>
  Array.from(root(el).querySelectorAll('[part=signatories] > *'), (node) => `${node.localName}: ${textOf(node)}`);

describe('mbc-statement-card', () => {
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof collectDataErrors>;
  const lang = document.documentElement.lang;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = collectDataErrors();
  });
  afterEach(() => {
    warnings.restore();
    errors.stop();
    document.documentElement.lang = lang;
  });

  describe('summary (default)', () => {
    it('shows kind and meeting, the title, the opening paragraph and the signatories with the Champions named', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card></mbc-statement-card>`);
      expect(textOf($(el, '[part=kind]'))).to.equal('Joint Statement');
      expect(textOf($(el, '[part=meeting]'))).to.equal(
        'Twenty-Second Meeting of States Parties to the Anti-Personnel Mine Ban Convention',
      );
      expect(textOf($(el, 'h2'))).to.equal(TITLE);
      expect(root(el).querySelectorAll('h1,h2,h3,h4,h5,h6')).to.have.length(1);
      expect(textOf($(el, '[part=opening]'))).to.equal(OPENING);
      expect(signatories(el)).to.deep.equal([
        'dt: Signatories',
        'dd: 18 States',
        "dt: Champions of the Secretary-General's Campaign",
        `dd: ${CHAMPIONS}`,
      ]);
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal($(el, 'h2')!.id);
      expect(warnings.messages).to.be.empty;
    });

    it('has a disclosure button whose region holds nothing until it is opened', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card></mbc-statement-card>`);
      const button = toggle(el);
      expect(button.type).to.equal('button');
      expect(textOf(button)).to.equal('Read the full statement');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('full');
      expect(region(el).hidden).to.be.true;
      expect(region(el).children).to.have.length(0);
      expect($(el, 'a')).to.not.exist;
    });

    it('opens the full text in place on click, and closes it again', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card></mbc-statement-card>`);
      toggle(el).click();
      await el.updateComplete;
      // expanded at once, though the full text (its own chunk) may still be on its way
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(toggle(el))).to.equal('Hide the full statement');
      expect(region(el).hidden).to.be.false;
      await el.dataComplete;
      expect(visible(region(el))).to.be.true;
      expect(Array.from(region(el).querySelectorAll('h3'), textOf)).to.deep.equal([
        'Achievements',
        'Challenges',
        'Concrete actions',
      ]);
      // the opening paragraph is not repeated
      expect(textOf(el.shadowRoot!.querySelector('[part=base]')).split(OPENING)).to.have.length(2);
      toggle(el).click();
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(visible(region(el))).to.be.false;
    });

    it('is operable from the keyboard: Tab reaches it, Enter and Space toggle it, focus stays on it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>before</button><mbc-statement-card></mbc-statement-card></div>`,
      );
      const el = wrapper.querySelector('mbc-statement-card')!;
      await el.dataComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = toggle(el);
      expect(document.activeElement).to.equal(el);
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(button);
      await el.dataComplete; // the full text is its own chunk (fetched from the focus on)
      expect(visible(region(el))).to.be.true;
      expect(toggle(el)).to.equal(button);
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(region(el))).to.be.false;
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('fires mbc-ready once rendered', async () => {
      const el = document.createElement('mbc-statement-card');
      const ready = oneEvent(el, 'mbc-ready');
      document.body.append(el);
      expect((await ready).detail).to.deep.equal({ element: 'mbc-statement-card', source: 'built-in' });
      expect(el.shadowRoot!.querySelector('slot')).to.not.exist;
      expect(textOf(el.shadowRoot!.querySelector('[part=signatories]'))).to.contain('Thailand');
      el.remove();
    });

    it('exposes parts for restyling', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card></mbc-statement-card>`);
      toggle(el).click();
      await el.dataComplete; // the full text is its own chunk
      for (const part of [
        'base',
        'header',
        'kind',
        'meeting',
        'heading',
        'opening',
        'signatories',
        'toggle',
        'full',
        'section-heading',
        'paragraph',
        'achievements',
        'commitments',
        'call-to-action',
      ]) {
        expect($(el, `[part~="${part}"]`), part).to.exist;
      }
    });
  });

  describe('href', () => {
    for (const href of [
      'https://example.org/statement',
      '/statement.html',
      'statement',
      'mailto:info@example.org',
      '  https://example.org/x  ',
    ]) {
      it(`"${href}" makes "Read the full statement" a link`, async () => {
        const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card href=${href}></mbc-statement-card>`);
        const link = $<HTMLAnchorElement>(el, 'a[part=link]')!;
        expect(textOf(link)).to.equal('Read the full statement');
        expect(link.getAttribute('href')).to.equal(href.trim());
        expect($(el, 'button')).to.not.exist;
        expect($(el, '#full')).to.not.exist;
        expect(link.getAttribute('rel')).to.equal(href.includes('example.org/') ? 'noopener' : null);
        expect(warnings.messages).to.be.empty;
      });
    }

    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '\u0001javascript:alert(1)',
    ]) {
      it(`unsafe ${JSON.stringify(href)}: no link, one warning and mbc-data-error, the disclosure instead`, async () => {
        const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card href=${href}></mbc-statement-card>`);
        expect($(el, 'a')).to.not.exist;
        expect(toggle(el)).to.exist;
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<mbc-statement-card>').and.contain('href').and.contain(href.trim().slice(0, 40));
        expect(errors.events).to.have.length(1);
        expect(errors.events[0].detail).to.include({ element: 'mbc-statement-card', field: 'href', source: 'attribute' });
        assertInert(root(el));
      });
    }

    it('an empty href is no link and no warning', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card href=""></mbc-statement-card>`);
      expect(toggle(el)).to.exist;
      expect(warnings.messages).to.be.empty;
    });
  });

  describe('variant="full"', () => {
    it('shows every section under a heading one level down, the lists and the call to action', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="full"></mbc-statement-card>`);
      expect($(el, 'button')).to.not.exist;
      expect(textOf($(el, 'h2'))).to.equal(TITLE);
      expect(Array.from(root(el).querySelectorAll('h3'), textOf)).to.deep.equal([
        'Achievements',
        'Challenges',
        'Concrete actions',
      ]);
      const bullets = Array.from(root(el).querySelectorAll('ul[part=achievements] > li'), textOf);
      expect(bullets).to.deep.equal(jointStatement22MSP.achievements!.filter((a) => a.inList !== false).map((a) => en(a.text)));
      expect(bullets).to.have.length(8);
      const numbered = Array.from(root(el).querySelectorAll('ol[part=commitments] > li'), textOf);
      expect(numbered).to.deep.equal(jointStatement22MSP.commitments!.map((c) => en(c.text)));
      // each list follows its section's last paragraph
      expect($(el, 'ul[part=achievements]')!.previousElementSibling!.textContent).to.contain(
        'Its impact is profound and undeniable:',
      );
      expect($(el, 'ol[part=commitments]')!.previousElementSibling!.textContent).to.contain('We commit to:');
      expect(textOf($(el, '[part=call-to-action]')))
        .to.contain('We call upon all States Parties')
        .and.contain('The responsibility—and the opportunity—is ours.');
      expect(signatories(el)).to.deep.equal([
        'dt: Signatories',
        'dd: 18 States',
        "dt: Champions of the Secretary-General's Campaign",
        `dd: ${CHAMPIONS}`,
        'dt: other States Parties',
        `dd: ${SUPPORTERS}`,
      ]);
    });

    it('leaves out nothing of the seed text', async () => {
      const seed = await (await fetch('/test-api/seed')).text();
      // one paragraph, heading or list item a line; list markers and bold are markdown
      const paragraphs = seed
        .split(/\r?\n/)
        .map((p) => fold(p.replace(/^\s*(?:-|\d+\.)\s+/, '').replace(/\*\*/g, '')))
        .filter(Boolean);
      expect(paragraphs.length).to.equal(30);
      const full = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="full"></mbc-statement-card>`);
      const summary = await readyFixture<MbcStatementCard>(html`<mbc-statement-card></mbc-statement-card>`);
      toggle(summary).click();
      await summary.dataComplete; // the full text is its own chunk
      for (const el of [full, summary]) {
        const text = fold(root(el).querySelector('[part=base]')!.textContent!);
        const missing: string[] = [];
        for (const paragraph of paragraphs) {
          if (paragraph.startsWith('By:')) {
            // The signatories line: the group labels and every State, by its (UN) name.
            for (const name of ["Champions of the Secretary-General's Campaign", 'other States Parties', CHAMPIONS, SUPPORTERS]) {
              if (!text.includes(name)) missing.push(name);
            }
          } else if (!text.includes(paragraph)) missing.push(paragraph);
        }
        expect(missing, el.variant).to.deep.equal([]);
      }
    });

    it('appends a list no section places, so nothing is lost', async () => {
      const data = { ...OTHER, sections: [{ id: 'a', paragraphs: ['Only paragraph.'] }] };
      const el = await readyFixture<MbcStatementCard>(
        html`<mbc-statement-card variant="full">${inline(data)}</mbc-statement-card>`,
      );
      expect(Array.from(root(el).querySelectorAll('li'), textOf)).to.deep.equal(['One achievement.', 'One commitment.']);
      expect(textOf($(el, '[part=call-to-action]'))).to.equal('Act now.');
    });

    it('an unknown variant warns and shows the summary', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="long"></mbc-statement-card>`);
      expect(toggle(el)).to.exist;
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['variant']);
      expect(warnings.messages[0]).to.contain('variant');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}": the title is h${level}, the sections h${Math.min(level + 1, 6)}`, async () => {
        const el = await readyFixture<MbcStatementCard>(
          html`<mbc-statement-card variant="full" heading-level=${level}></mbc-statement-card>`,
        );
        expect(textOf($(el, `header h${level}`))).to.equal(TITLE);
        const sub = Math.min(level + 1, 6);
        expect(Array.from(root(el).querySelectorAll(`[part=full] h${sub}`), textOf)).to.deep.equal([
          'Achievements',
          'Challenges',
          'Concrete actions',
        ]);
      });
    }

    it('a bad heading-level warns and uses 2', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card heading-level="h3"></mbc-statement-card>`);
      expect($(el, 'h2')).to.exist;
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['heading-level']);
    });
  });

  describe('data', () => {
    it('takes another statement from inline JSON', async () => {
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card>${inline(OTHER)}</mbc-statement-card>`);
      expect(textOf($(el, '[part=kind]'))).to.equal('Declaration');
      expect(textOf($(el, 'h2'))).to.equal('Another statement');
      expect(textOf($(el, '[part=opening]'))).to.equal('First paragraph.');
      expect(signatories(el)).to.deep.equal(['dt: Signatories', 'dd: two States', 'dt: Leaders', 'dd: France and Germany']);
    });

    it('src wins once loaded; a failing src keeps the inline statement', async () => {
      const el = await fixture<MbcStatementCard>(
        html`<mbc-statement-card src=${jsonUrl({ title: 'From the feed' }, { delay: 400 })}
          >${inline(OTHER)}</mbc-statement-card
        >`,
      );
      // The inline statement shows as soon as it is read, while src is still on its way.
      await waitUntil(() => $(el, 'h2'), 'the inline statement never showed', { timeout: 300 });
      expect(textOf($(el, 'h2'))).to.equal('Another statement');
      await el.dataComplete;
      expect(textOf($(el, 'h2'))).to.equal('From the feed');
      const failing = await readyFixture<MbcStatementCard>(
        html`<mbc-statement-card src=${jsonUrl('{"title": ')}>${inline(OTHER)}</mbc-statement-card>`,
      );
      expect(textOf($(failing, 'h2'))).to.equal('Another statement');
      expect(errors.events.map((e) => e.detail.source)).to.deep.equal(['src']);
    });

    it('a statement with no sections, signatories or title still renders, without empty elements', async () => {
      const data = { kind: 'Note', title: '', meeting: '', sections: [], signatories: [], achievements: [], commitments: [] };
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card>${inline(data)}</mbc-statement-card>`);
      expect($(el, 'h2')).to.not.exist;
      expect($(el, 'article')!.hasAttribute('aria-labelledby')).to.be.false;
      expect($(el, '[part=opening]')).to.not.exist;
      expect($(el, '[part=signatories]')).to.not.exist;
      expect($(el, '[part=meeting]')).to.not.exist;
      toggle(el).click();
      await el.dataComplete; // the full text is its own chunk
      expect(region(el).querySelectorAll('ul, ol, h3')).to.have.length(0);
    });

    it('an unknown State code shows the code and warns with its path', async () => {
      const data = { signatories: [{ id: 'champions', label: 'Leaders', states: ['FR', 'XX'] }] };
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card>${inline(data)}</mbc-statement-card>`);
      expect(signatories(el)).to.include('dd: France and XX');
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['$.signatories[0].states[1]']);
      expect(warnings.messages).to.have.length(1);
    });

    it('hostile strings in every text field stay text', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const data = {
          kind: payload,
          title: payload,
          meeting: payload,
          signatories: [
            { id: 'champions', label: payload, states: ['FR'] },
            { id: 'supporters', label: payload, states: ['DE'] },
          ],
          sections: [
            { id: 'a', heading: payload, paragraphs: [payload, payload], list: 'achievements' },
            { id: 'b', heading: { en: payload }, paragraphs: [{ en: payload }], list: 'commitments' },
          ],
          achievements: [{ id: 'x', text: payload }],
          commitments: [{ id: 'y', text: payload }],
          callToAction: { text: payload, heading: payload, closing: [payload] },
        };
        for (const variant of ['summary', 'full', 'link']) {
          const el = await readyFixture<MbcStatementCard>(
            variant === 'link'
              ? html`<mbc-statement-card href=${payload}>${inline(data)}</mbc-statement-card>`
              : html`<mbc-statement-card variant=${variant}>${inline(data)}</mbc-statement-card>`,
          );
          if (variant === 'summary') {
            toggle(el).click();
            await el.dataComplete; // the full text is its own chunk
          }
          const text = root(el).querySelector('[part=base]')!.textContent!;
          // full: kind, meeting, title, two labels, two headings, three paragraphs, two list items, call heading, text,
          // closing; open summary: the same; link: kind, meeting, title, one label, the opening
          const expected = { full: 15, summary: 15, link: 5 }[variant]!;
          expect(text.split(payload).length - 1, `${variant}: ${payload}`).to.equal(expected);
          assertInert(root(el));
        }
      }
    });
  });

  describe('languages', () => {
    it("French: names, the data's translations, the translation note", async () => {
      document.documentElement.lang = 'fr';
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="full"></mbc-statement-card>`);
      await waitUntil(() => $(el, '[part=base]')?.getAttribute('lang') === 'fr');
      expect(textOf($(el, '[part=kind]'))).to.equal('Déclaration commune');
      const dds = Array.from(root(el).querySelectorAll('[part=signatories] dd'), textOf);
      expect(dds[2]).to.contain('République démocratique du Congo').and.contain(' et Uruguay');
      // The built-in statement in French (ours: "Traduction non officielle"); a paragraph still untranslated
      // shows in English, its own element marked as English.
      const french = await builtInStatement('fr', true);
      const call = french.callToAction!;
      const paragraphs = [...french.sections!.flatMap((section) => section.paragraphs), call.text, ...call.closing!].map((p) =>
        localText(p, 'fr'),
      );
      const shown = Array.from(root(el).querySelectorAll('[part=paragraph]'));
      expect(shown.map(textOf)).to.deep.equal(paragraphs.map((p) => p.value.replace(/\s+/g, ' ').trim()));
      shown.forEach((p, i) => expect(p.getAttribute('lang'), textOf(p)).to.equal(paragraphs[i].fallback ? 'en' : null));
      expect(textOf($(el, '[part=translation-note]'))).to.match(/^Traduction non officielle/);
    });

    it('Arabic: right to left, UN names, axe-clean', async () => {
      document.documentElement.lang = 'ar';
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="full"></mbc-statement-card>`);
      await waitUntil(() => $(el, '[part=base]')?.getAttribute('dir') === 'rtl');
      expect(textOf($(el, '[part=signatories]'))).to.contain('جمهورية الكونغو الديمقراطية');
      await expect(el).to.be.accessible();
    });

    it('Chinese and Russian: UN names of the supporters', async () => {
      document.documentElement.lang = 'zh';
      const zh = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="full"></mbc-statement-card>`);
      await waitUntil(() => textOf($(zh, '[part=signatories]')).includes('刚果民主共和国'), 'Chinese names');
      document.documentElement.lang = 'ru';
      const ru = await readyFixture<MbcStatementCard>(html`<mbc-statement-card variant="full"></mbc-statement-card>`);
      await waitUntil(() => textOf($(ru, '[part=signatories]')).includes('Демократическая Республика Конго'), 'Russian names');
    });
  });

  describe('a page in another language than the data', () => {
    it('Arabic page, English data: each text laid out left to right on its own element, its full stop on the right', async () => {
      document.documentElement.lang = 'ar';
      const data = {
        kind: 'Statement',
        meeting: 'A meeting',
        title: 'A title',
        sections: [{ id: 'preamble', paragraphs: ['We act.'] }],
      };
      const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card src=${jsonUrl(data)}></mbc-statement-card>`);
      await waitUntil(() => $(el, '[part=base]')?.getAttribute('dir') === 'rtl');
      for (const name of ['kind', 'meeting', 'opening']) expectEnglishLeftToRight($(el, `[part=${name}]`)!, name);
      await setPageLanguage('en');
    });
  });

  describe('layout', () => {
    async function inWidth(width: number, variant = 'summary') {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px"><mbc-statement-card variant=${variant}></mbc-statement-card></div>`,
      );
      const el = wrapper.querySelector('mbc-statement-card')!;
      await el.dataComplete;
      return el;
    }
    const columns = (el: MbcStatementCard) =>
      getComputedStyle($(el, '[part=signatories]')!).gridTemplateColumns.split(' ').length;
    const titleSize = (el: MbcStatementCard) => parseFloat(getComputedStyle($(el, 'h2')!).fontSize);

    it('280 px sidebar: signatories stacked, nothing overflows, open or closed', async () => {
      const el = await inWidth(280);
      expect(columns(el)).to.equal(1);
      const base = $(el, '[part=base]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      toggle(el).click();
      await el.dataComplete; // the full text is its own chunk
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(280);
    });

    it('1200 px column: groups beside their names and a larger title (container query)', async () => {
      const narrow = await inWidth(280, 'full');
      const wide = await inWidth(1200, 'full');
      expect(columns(wide)).to.equal(2);
      expect(titleSize(wide)).to.be.greaterThan(titleSize(narrow));
      const base = $(wide, '[part=base]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });
  });

  describe('accessibility', () => {
    it('in forced colours (Windows High Contrast), the button keeps a visible border and the card its frame', async () => {
      await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const el = await readyFixture<MbcStatementCard>(html`<mbc-statement-card></mbc-statement-card>`);
        const button = getComputedStyle(toggle(el));
        expect(parseFloat(button.borderTopWidth)).to.be.at.least(1);
        expect(button.borderTopColor).to.not.equal(button.backgroundColor);
        expect(button.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
        const base = getComputedStyle($(el, '[part=base]')!);
        expect(base.borderTopColor).to.not.equal(base.backgroundColor);
        toggle(el).click();
        await el.dataComplete; // the full text is its own chunk
        expect(visible(region(el))).to.be.true;
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
      }
    });

    it('is axe-clean: summary closed and open, with a link, full, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const summary = await readyFixture<MbcStatementCard>(html`<mbc-statement-card theme=${theme}></mbc-statement-card>`);
        await expect(summary).to.be.accessible();
        toggle(summary).click();
        await summary.dataComplete; // the full text is its own chunk
        await expect(summary).to.be.accessible();
        const link = await readyFixture<MbcStatementCard>(
          html`<mbc-statement-card theme=${theme} href="/statement"></mbc-statement-card>`,
        );
        await expect(link).to.be.accessible();
        const full = await readyFixture<MbcStatementCard>(
          html`<mbc-statement-card theme=${theme} variant="full"></mbc-statement-card>`,
        );
        await expect(full).to.be.accessible();
      }
    });
  });
});
