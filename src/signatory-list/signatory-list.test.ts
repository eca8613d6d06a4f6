import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { MbcSignatoryList } from './signatory-list.js';
import { countryName } from '../shared/i18n/countries.js';
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
} from '../../test/browser/helpers.js';

const CHAMPIONS_EN = [
  'Algeria',
  'Austria',
  'Colombia',
  'Ireland',
  'Jordan',
  'Mexico',
  'New Zealand',
  'Norway',
  'South Africa',
  'Switzerland',
  'Thailand',
];
const SUPPORTERS_EN = [
  'Central African Republic',
  'Chile',
  'Costa Rica',
  'Democratic Republic of the Congo',
  'Panama',
  'Senegal',
  'Uruguay',
];

const OTHER = {
  signatories: [
    { id: 'champions', label: 'Leaders', states: ['FR', 'DE', 'CD'] },
    { id: 'supporters', label: 'Friends', states: ['RU', 'US'] },
    { id: 'observers', label: 'Observers', states: ['VA'] },
  ],
};

function inline(data: unknown) {
  return html`<script type="application/json">
    ${JSON.stringify(data)}
  </script>`;
}

const root = (el: MbcSignatoryList) => el.shadowRoot!;
const headings = (el: MbcSignatoryList) => Array.from(root(el).querySelectorAll('h1,h2,h3,h4,h5,h6'), (h) => textOf(h));
const lists = (el: MbcSignatoryList) =>
  Array.from(root(el).querySelectorAll('ul'), (ul) => Array.from(ul.querySelectorAll(':scope > li'), (li) => textOf(li)));

describe('mbc-signatory-list', () => {
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

  describe('built-in statement', () => {
    it('lists both groups, each under its heading, in semantic lists sorted by name', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list></mbc-signatory-list>`);
      expect(headings(el)).to.deep.equal(["Champions of the Secretary-General's Campaign", 'other States Parties']);
      expect(root(el).querySelectorAll('h2')).to.have.length(2);
      expect(lists(el)).to.deep.equal([CHAMPIONS_EN, SUPPORTERS_EN]);
      for (const ul of root(el).querySelectorAll('ul')) {
        const heading = root(el).getElementById(ul.getAttribute('aria-labelledby')!);
        expect(heading?.localName).to.equal('h2');
      }
      expect(warnings.messages).to.be.empty;
    });

    it('exposes parts for restyling', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list></mbc-signatory-list>`);
      for (const part of ['base', 'group', 'heading', 'list', 'item']) {
        expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('fires mbc-ready once rendered', async () => {
      const el = document.createElement('mbc-signatory-list');
      const ready = oneEvent(el, 'mbc-ready');
      document.body.append(el);
      const event = await ready;
      expect(event.detail).to.deep.equal({ element: 'mbc-signatory-list', source: 'built-in' });
      expect(el.shadowRoot!.querySelector('slot')).to.not.exist;
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(18);
      el.remove();
    });

    it('shows its light-DOM fallback until it has content, then hides it', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list><p>Algeria, Austria and 16 other States</p></mbc-signatory-list>`,
      );
      expect(root(el).querySelector('slot')).to.not.exist;
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('group', () => {
    it('champions shows only the Champions', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list group="champions"></mbc-signatory-list>`);
      expect(headings(el)).to.deep.equal(["Champions of the Secretary-General's Campaign"]);
      expect(lists(el)).to.deep.equal([CHAMPIONS_EN]);
    });

    it('supporters shows only the other States', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list group="supporters"></mbc-signatory-list>`);
      expect(headings(el)).to.deep.equal(['other States Parties']);
      expect(lists(el)).to.deep.equal([SUPPORTERS_EN]);
    });

    it('all (the default) shows every group the data has, even other ids', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list group="all">${inline(OTHER)}</mbc-signatory-list>`,
      );
      expect(headings(el)).to.deep.equal(['Leaders', 'Friends', 'Observers']);
      expect(lists(el)).to.deep.equal([
        ['Democratic Republic of the Congo', 'France', 'Germany'],
        ['Russian Federation', 'United States of America'],
        ['Holy See'],
      ]);
    });

    it('is case-insensitive', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list group=" Champions "></mbc-signatory-list>`);
      expect(lists(el)).to.deep.equal([CHAMPIONS_EN]);
      expect(warnings.messages).to.be.empty;
    });

    for (const bad of ['observers', 'both', '']) {
      it(`an unknown group ("${bad}") warns, fires mbc-data-error and shows all`, async () => {
        const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list group=${bad}></mbc-signatory-list>`);
        expect(lists(el)).to.deep.equal([CHAMPIONS_EN, SUPPORTERS_EN]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<mbc-signatory-list>').and.contain('group');
        expect(errors.events[0].detail).to.include({ element: 'mbc-signatory-list', field: 'group', source: 'attribute' });
      });
    }

    it('a group the data does not have shows "No States to show."', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list group="champions"
          >${inline({ signatories: [{ id: 'others', label: 'Others', states: ['FR'] }] })}</mbc-signatory-list
        >`,
      );
      expect(root(el).querySelector('ul')).to.not.exist;
      expect(textOf(root(el).querySelector('[part=empty]'))).to.equal('No States to show.');
    });
  });

  describe('display', () => {
    it("inline joins the names with the language's conjunction", async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list display="inline"></mbc-signatory-list>`);
      expect(root(el).querySelector('ul')).to.not.exist;
      const sentences = Array.from(root(el).querySelectorAll('[part=inline]'), (p) => textOf(p));
      expect(sentences).to.deep.equal([
        'Algeria, Austria, Colombia, Ireland, Jordan, Mexico, New Zealand, Norway, South Africa, Switzerland and Thailand',
        'Central African Republic, Chile, Costa Rica, Democratic Republic of the Congo, Panama, Senegal and Uruguay',
      ]);
      expect(root(el).querySelector('[part=inline]')!.localName).to.equal('p');
    });

    it('count gives the number of States of all groups', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list display="count"></mbc-signatory-list>`);
      expect(textOf(root(el).querySelector('[part=count]'))).to.equal('18 States');
      expect(headings(el)).to.deep.equal([]);
    });

    it('count of one group is under its heading', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list display="count" group="champions"></mbc-signatory-list>`,
      );
      expect(headings(el)).to.deep.equal(["Champions of the Secretary-General's Campaign"]);
      expect(textOf(root(el).querySelector('[part=count]'))).to.equal('11 States');
    });

    it('count says "one State" and "0 States", and counts a State in two groups once', async () => {
      const one = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list display="count"
          >${inline({
            signatories: [
              { id: 'a', label: 'A', states: ['FR'] },
              { id: 'b', label: 'B', states: ['FR'] },
            ],
          })}</mbc-signatory-list
        >`,
      );
      expect(textOf(root(one).querySelector('[part=count]'))).to.equal('one State');
      const none = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list display="count">${inline({ signatories: [] })}</mbc-signatory-list>`,
      );
      expect(textOf(root(none).querySelector('[part=count]'))).to.equal('0 States');
    });

    it('an unknown display warns and shows the list', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list display="table"></mbc-signatory-list>`);
      expect(lists(el)).to.deep.equal([CHAMPIONS_EN, SUPPORTERS_EN]);
      expect(warnings.messages).to.have.length(1);
      expect(errors.events[0].detail).to.include({ field: 'display', source: 'attribute' });
    });

    it('changing display re-renders', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list></mbc-signatory-list>`);
      el.display = 'count';
      await el.updateComplete;
      expect(textOf(root(el).querySelector('[part=count]'))).to.equal('18 States');
    });
  });

  describe('heading-level and theme', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" gives h${level} group headings`, async () => {
        const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list heading-level=${level}></mbc-signatory-list>`);
        expect(root(el).querySelectorAll(`h${level}`)).to.have.length(2);
      });
    }

    it('a bad heading-level warns and uses h2', async () => {
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list heading-level="9"></mbc-signatory-list>`);
      expect(root(el).querySelectorAll('h2')).to.have.length(2);
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['heading-level']);
    });

    it('an unknown theme warns and stays light', async () => {
      await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list theme="neon"></mbc-signatory-list>`);
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['theme']);
    });

    it('theme="dark" changes the colours', async () => {
      const light = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list></mbc-signatory-list>`);
      const dark = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list theme="dark"></mbc-signatory-list>`);
      const bg = (el: MbcSignatoryList) => getComputedStyle(root(el).querySelector('[part=base]')!).backgroundColor;
      expect(bg(dark)).to.not.equal(bg(light));
    });
  });

  describe('data', () => {
    it('takes any codes from inline JSON; an unknown code shows the code and warns with its path', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list
          >${inline({ signatories: [{ id: 'x', label: 'X', states: ['SE', 'XX', 'AT', 'ZZ'] }] })}</mbc-signatory-list
        >`,
      );
      expect(lists(el)).to.deep.equal([['Austria', 'Sweden', 'XX', 'ZZ']]);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('$.signatories[0].states[1]').and.contain('"XX"');
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal([
        '$.signatories[0].states[1]',
        '$.signatories[0].states[3]',
      ]);
      expect(errors.events[0].detail.source).to.equal('data');
      // reported once, not on every render
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(2);
    });

    it('an empty group and an empty list say so', async () => {
      const empty = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list
          >${inline({ signatories: [{ id: 'champions', label: 'Champions', states: [] }] })}</mbc-signatory-list
        >`,
      );
      expect(root(empty).querySelector('ul')).to.not.exist;
      expect(textOf(root(empty).querySelector('[part=empty]'))).to.equal('No States to show.');
      const none = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list display="inline">${inline({ signatories: [] })}</mbc-signatory-list>`,
      );
      expect(textOf(root(none).querySelector('[part=empty]'))).to.equal('No States to show.');
    });

    it('hostile strings in group labels stay text', async () => {
      const data = { signatories: HOSTILE_STRINGS.map((label, i) => ({ id: `g${i}`, label, states: ['FR'] })) };
      for (const display of ['list', 'inline', 'count']) {
        const el = await readyFixture<MbcSignatoryList>(
          html`<mbc-signatory-list display=${display}>${inline(data)}</mbc-signatory-list>`,
        );
        if (display !== 'count') expect(headings(el)).to.deep.equal(HOSTILE_STRINGS.map((s) => s.replace(/\s+/g, ' ').trim()));
        assertInert(root(el));
      }
    });

    it('a hostile state code is refused by the schema: warning, built-in statement', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list
          >${inline({ signatories: [{ id: 'x', label: 'X', states: [HOSTILE_STRINGS[0]] }] })}</mbc-signatory-list
        >`,
      );
      expect(lists(el)).to.deep.equal([CHAMPIONS_EN, SUPPORTERS_EN]);
      expect(errors.events[0].detail.field).to.equal('$.signatories[0].states[0]');
      assertInert(root(el));
    });

    it('src replaces the inline groups once loaded; a failing src keeps them', async () => {
      const el = await fixture<MbcSignatoryList>(
        html`<mbc-signatory-list src=${jsonUrl(OTHER, { delay: 400 })}
          >${inline({ signatories: [{ id: 'a', label: 'A', states: ['JP'] }] })}</mbc-signatory-list
        >`,
      );
      // The inline groups show as soon as they are read, while src is still on its way.
      await waitUntil(() => lists(el).length > 0, 'the inline groups never showed', { timeout: 300 });
      expect(lists(el)).to.deep.equal([['Japan']]);
      await el.dataComplete;
      expect(headings(el)).to.deep.equal(['Leaders', 'Friends', 'Observers']);
      const failing = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list src="/test-api/status?code=500"
          >${inline({ signatories: [{ id: 'a', label: 'A', states: ['JP'] }] })}</mbc-signatory-list
        >`,
      );
      expect(lists(failing)).to.deep.equal([['Japan']]);
      expect(errors.events.map((e) => e.detail.source)).to.deep.equal(['src']);
    });

    // How fast, and whether it janks: npm run bench (bench/signatory-list.js).
    it('renders 1,000 entries, sorted', async () => {
      const known: string[] = [];
      for (let a = 65; a <= 90; a++)
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          if (countryName(code, 'en')) known.push(code);
        }
      const states = Array.from({ length: 1000 }, (_, i) => known[(i * 7) % known.length]);
      const data = { signatories: [{ id: 'many', label: 'Many', states }] };
      const el = document.createElement('mbc-signatory-list');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(data);
      el.append(script);
      document.body.append(el);
      await el.dataComplete;
      expect(root(el).querySelectorAll('li')).to.have.length(1000);
      const names = lists(el)[0];
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
      el.remove();
    });
  });

  describe('languages', () => {
    // First in this block: the Russian names must not have been loaded yet.
    it('follows a change of <html lang> in one update: never half Russian, never the fallback', async () => {
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list group="supporters"><p>fallback</p></mbc-signatory-list>`,
      );
      expect(lists(el)[0]).to.include('Democratic Republic of the Congo');
      const seen: string[] = [];
      const observer = new MutationObserver(() => {
        const base = root(el).querySelector('[part=base]');
        seen.push(`${base?.getAttribute('lang')}: ${lists(el)[0]?.join(', ')}`);
      });
      observer.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
      document.documentElement.lang = 'ru';
      await waitUntil(() => lists(el)[0]?.includes('Демократическая Республика Конго'), 'Russian names after the change');
      observer.disconnect();
      const ru = lists(el)[0].join(', ');
      expect(
        seen.every((state) => state === 'en: ' + SUPPORTERS_EN.join(', ') || state === `ru: ${ru}`),
        seen.join('\n'),
      ).to.be.true;
      expect(ru).to.not.contain('Конго - Киншаса');
    });

    it('French: French names, UN names where CLDR differs, French collation', async () => {
      document.documentElement.lang = 'fr';
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list></mbc-signatory-list>`);
      await waitUntil(() => root(el).querySelector('[part=base]')?.getAttribute('lang') === 'fr');
      expect(lists(el)).to.deep.equal([
        [
          'Afrique du Sud',
          'Algérie',
          'Autriche',
          'Colombie',
          'Irlande',
          'Jordanie',
          'Mexique',
          'Norvège',
          'Nouvelle-Zélande',
          'Suisse',
          'Thaïlande',
        ],
        ['Chili', 'Costa Rica', 'Panama', 'République centrafricaine', 'République démocratique du Congo', 'Sénégal', 'Uruguay'],
      ]);
    });

    it('Spanish uses the UN\'s "Nueva Zelandia"; Russian the UN\'s "Российская Федерация"', async () => {
      document.documentElement.lang = 'es';
      const es = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list group="champions"></mbc-signatory-list>`);
      await waitUntil(() => lists(es)[0]?.includes('Nueva Zelandia'), 'Spanish names');
      document.documentElement.lang = 'ru';
      const ru = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list>${inline(OTHER)}</mbc-signatory-list>`);
      await waitUntil(() => lists(ru)[1]?.includes('Российская Федерация'), 'Russian names');
      expect(lists(ru)[1]).to.deep.equal(['Российская Федерация', 'Соединенные Штаты Америки']);
    });

    it('Arabic: right to left, Arabic collation, UN names', async () => {
      document.documentElement.lang = 'ar';
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list group="supporters"></mbc-signatory-list>`);
      await waitUntil(() => root(el).querySelector('[part=base]')?.getAttribute('dir') === 'rtl');
      const names = lists(el)[0];
      expect(names).to.include('جمهورية الكونغو الديمقراطية');
      // As UN Arabic lists sort them: the article ال and the hamza or madda on an alif passed over.
      expect(names).to.deep.equal([
        'أوروغواي',
        'بنما',
        'جمهورية أفريقيا الوسطى',
        'جمهورية الكونغو الديمقراطية',
        'السنغال',
        'شيلي',
        'كوستاريكا',
      ]);
      await expect(el).to.be.accessible();
    });

    it('Chinese: UN names', async () => {
      document.documentElement.lang = 'zh';
      const el = await readyFixture<MbcSignatoryList>(
        html`<mbc-signatory-list display="inline">${inline(OTHER)}</mbc-signatory-list>`,
      );
      await waitUntil(() => textOf(root(el).querySelector('[part=inline]')).includes('刚果民主共和国'), 'Chinese names');
    });
  });

  describe('a page in another language than the data', () => {
    it('Arabic page, English data: a group label in English is marked, left to right, and noted', async () => {
      document.documentElement.lang = 'ar';
      const data = { signatories: [{ id: 'friends', label: 'Friends of the Convention', states: ['AT', 'CH'] }] };
      const el = await readyFixture<MbcSignatoryList>(html`<mbc-signatory-list src=${jsonUrl(data)}></mbc-signatory-list>`);
      await waitUntil(() => root(el).querySelector('[part=base]')?.getAttribute('dir') === 'rtl');
      const label = root(el).querySelector('[part=heading] [lang]')!;
      expect([label.getAttribute('lang'), label.getAttribute('dir'), getComputedStyle(label).direction]).to.deep.equal([
        'en',
        'ltr',
        'ltr',
      ]);
      expect(textOf(label)).to.equal('Friends of the Convention');
      expect(root(el).querySelector('[part=translation-note]')).to.exist;
      await setPageLanguage('en');
    });
  });

  describe('layout', () => {
    async function inWidth(width: number) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px"><mbc-signatory-list></mbc-signatory-list></div>`,
      );
      const el = wrapper.querySelector('mbc-signatory-list')!;
      await el.dataComplete;
      return el;
    }

    it('one column in a 280 px sidebar, without horizontal overflow', async () => {
      const el = await inWidth(280);
      const ul = root(el).querySelector('ul')!;
      expect(getComputedStyle(ul).columnCount).to.equal('auto');
      const base = root(el).querySelector<HTMLElement>('[part=base]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(280);
    });

    it('three columns in a 1200 px column (container query, not the viewport)', async () => {
      const el = await inWidth(1200);
      expect(getComputedStyle(root(el).querySelector('ul')!).columnCount).to.equal('3');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean in every display, light and dark', async () => {
      for (const display of ['list', 'inline', 'count']) {
        for (const theme of ['light', 'dark']) {
          const el = await readyFixture<MbcSignatoryList>(
            html`<mbc-signatory-list display=${display} theme=${theme}></mbc-signatory-list>`,
          );
          await expect(el).to.be.accessible();
        }
      }
    });
  });
});
