import { expect, html } from '@open-wc/testing';
import { setViewport } from '../../test/browser/commands.js';
import './define.js';
import { intlTag } from '../shared/i18n/language.js';
import type { MbcAchievementList } from './achievement-list.js';
import type { MbcAchievementCounter } from '../achievement-counter/achievement-counter.js';
import { jointStatement22MSP } from '../data/joint-statement-22msp.js';
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

const LISTED = jointStatement22MSP.achievements!.filter((a) => a.inList !== false);
const FEED = {
  achievements: [
    { id: 'a', text: 'Alpha happened.' },
    { id: 'b', text: 'Beta figure', value: 1200, format: 'number', label: 'beta things' },
    { id: 'c', text: 'Hidden', value: 3, inList: false },
  ],
};

const items = (el: MbcAchievementList) => Array.from(el.shadowRoot!.querySelectorAll('ul > li'));
const counters = (el: MbcAchievementList) =>
  Array.from(el.shadowRoot!.querySelectorAll<MbcAchievementCounter>('ul > li > mbc-achievement-counter'));
const spoken = (counter: Element) => textOf(counter.shadowRoot!.querySelector('.sr-only'));

async function countersReady(el: MbcAchievementList): Promise<void> {
  await Promise.all(counters(el).map((c) => c.dataComplete));
}

describe('mbc-achievement-list', () => {
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof collectDataErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = collectDataErrors();
  });
  afterEach(async () => {
    warnings.restore();
    errors.stop();
    document.documentElement.lang = 'en';
  });

  describe('built-in statement', () => {
    it('is a semantic list of the listed achievements: figures as counters, the rest as text', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
      await countersReady(el);
      const list = el.shadowRoot!.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(items(el)).to.have.length(LISTED.length);
      expect(counters(el)).to.have.length(2);
      expect(counters(el).map(spoken)).to.deep.equal([
        'Over 55 million stockpiled anti-personnel mines destroyed',
        'More than 75% fall in casualties since the late 1990s',
      ]);
      const texts = items(el)
        .filter((li) => !li.querySelector('mbc-achievement-counter'))
        .map((li) => textOf(li));
      expect(texts).to.include('Dozens of countries have become mine-free.');
      expect(texts).to.include('Innovative risk education measures have been implemented.');
      // Achievements the statement gives in prose (inList: false) are not listed.
      expect(textOf(list)).to.not.contain('Member States');
      expect(warnings.messages).to.be.empty;
    });

    it('its counters render their figure in their first update (no fallback flash, no data loaded by them)', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
      for (const counter of counters(el)) {
        await counter.updateComplete;
        expect(counter.shadowRoot!.querySelector('[part=value]'), counter.getAttribute('achievement')!).to.exist;
      }
    });

    it('keeps the data order', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
      const ids = items(el).map((li) => li.querySelector('mbc-achievement-counter')?.getAttribute('achievement') ?? textOf(li));
      expect(ids[0]).to.equal('stockpiles-destroyed');
      expect(ids[1]).to.equal(LISTED[1].text);
      expect(ids[2]).to.equal('casualties-fallen');
    });

    it('has an h2 heading labelling the list, and parts', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(textOf(heading)).to.equal('Achievements');
      expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      for (const part of ['base', 'heading', 'list', 'item', 'figure', 'text']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('its counters animate (start when visible) and fire mbc-counter-end to the page', async () => {
      const ends: CustomEvent[] = [];
      const listener = (e: Event) => ends.push(e as CustomEvent);
      document.addEventListener('mbc-counter-end', listener);
      try {
        const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
        for (const c of counters(el)) c.setAttribute('duration', '100');
        const until = performance.now() + 4000;
        while (ends.length < 2 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
        expect(ends.map((e) => e.detail.achievement).sort()).to.deep.equal(['casualties-fallen', 'stockpiles-destroyed']);
      } finally {
        document.removeEventListener('mbc-counter-end', listener);
      }
    });
  });

  describe('attributes', () => {
    for (const level of [1, 3, 6]) {
      it(`heading-level="${level}" renders an h${level}`, async () => {
        const el = await readyFixture<MbcAchievementList>(
          html`<mbc-achievement-list heading-level=${level}></mbc-achievement-list>`,
        );
        expect(el.shadowRoot!.querySelector(`h${level}`)).to.exist;
        expect(el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')).to.have.length(1);
      });
    }

    it('heading-level="9" warns and uses h2', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list heading-level="9"></mbc-achievement-list>`);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['heading-level']);
    });

    it('heading replaces the text; an empty heading removes it', async () => {
      const el = await readyFixture<MbcAchievementList>(
        html`<mbc-achievement-list heading="What we achieved"></mbc-achievement-list>`,
      );
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('What we achieved');
      const bare = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list heading=""></mbc-achievement-list>`);
      expect(bare.shadowRoot!.querySelector('h1,h2,h3,h4,h5,h6')).to.not.exist;
      expect(bare.shadowRoot!.querySelector('ul')!.hasAttribute('aria-labelledby')).to.be.false;
    });

    it('layout="list" stacks the items; an unknown layout warns and shows the grid', async () => {
      const list = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list layout="list"></mbc-achievement-list>`);
      expect(list.shadowRoot!.querySelector('ul')!.classList.contains('layout-list')).to.be.true;
      const odd = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list layout="masonry"></mbc-achievement-list>`);
      expect(odd.shadowRoot!.querySelector('ul')!.classList.contains('grid')).to.be.true;
      expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['layout']);
    });

    it('theme="dark" reaches the counters', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list theme="dark"></mbc-achievement-list>`);
      expect(counters(el).every((c) => c.getAttribute('theme') === 'dark')).to.be.true;
    });

    it('motion="roll" reaches the counters, which roll and end; an unknown motion warns once and counts', async () => {
      const ends: CustomEvent[] = [];
      const listener = (e: Event) => ends.push(e as CustomEvent);
      document.addEventListener('mbc-counter-end', listener);
      try {
        const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list motion="roll"></mbc-achievement-list>`);
        expect(counters(el).map((c) => c.getAttribute('motion'))).to.deep.equal(counters(el).map(() => 'roll'));
        for (const c of counters(el)) {
          c.setAttribute('duration', '100');
          c.start();
        }
        const until = performance.now() + 4000;
        while (ends.length < 2 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
        expect(ends).to.have.length(2);
        for (const c of counters(el)) expect(c.shadowRoot!.querySelector('.digits .roll .column'), c.achievement!).to.exist;
        const odd = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list motion="spin"></mbc-achievement-list>`);
        expect(counters(odd).every((c) => !c.hasAttribute('motion'))).to.be.true;
        expect(errors.events.map((e) => [e.detail.element, e.detail.field])).to.deep.equal([['mbc-achievement-list', 'motion']]);
        expect(warnings.messages).to.have.length(1);
      } finally {
        document.removeEventListener('mbc-counter-end', listener);
      }
    });

    it('renders a hostile heading as text', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list heading=${payload}></mbc-achievement-list>`);
        assertInert(el.shadowRoot!);
      }
    });
  });

  describe('responsive layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    const columns = (el: MbcAchievementList) =>
      getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ').filter(Boolean).length;

    it('is one column at 320 px, with no horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
      await countersReady(el);
      expect(columns(el)).to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const list = el.shadowRoot!.querySelector('ul')!;
      const bounds = list.getBoundingClientRect();
      expect(list.scrollWidth, 'the list does not overflow').to.be.at.most(list.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      for (const li of items(el)) {
        const rect = li.getBoundingClientRect();
        expect(rect.left, textOf(li)).to.be.at.least(bounds.left - 0.5);
        expect(rect.right, textOf(li)).to.be.at.most(bounds.right + 0.5);
        expect(li.scrollWidth, textOf(li)).to.be.at.most(li.clientWidth);
      }
    });

    it('is several columns on a wide screen', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
      expect(columns(el)).to.be.greaterThan(1);
    });
  });

  describe('languages', () => {
    after(() => setPageLanguage('en'));

    it('a counter whose label the data has only in English gets lang="en", marks its label with it, and shows no note of its own', async () => {
      await setPageLanguage('ar');
      const feed = {
        achievements: [
          { id: 'b', text: 'Beta figure', value: 1200, qualifier: 'Over', label: 'beta things' },
          {
            id: 'c',
            text: 'Gamma',
            value: 3,
            qualifier: { en: 'Over', ar: 'أكثر من' },
            label: { en: 'gamma things', ar: 'أشياء غاما' },
          },
        ],
      };
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list src=${jsonUrl(feed)}></mbc-achievement-list>`);
      await countersReady(el);
      const [beta, gamma] = counters(el);
      expect([beta.getAttribute('lang'), gamma.hasAttribute('lang')]).to.deep.equal(['en', false]);
      const marks = (counter: Element) =>
        ['[part=label]', '.sr-only > span:last-child', '[part=prefix]'].map((selector) => {
          const node = counter.shadowRoot!.querySelector(selector)!;
          return [node.getAttribute('lang'), node.getAttribute('dir')];
        });
      expect(marks(beta)).to.deep.equal([
        ['en', 'ltr'],
        ['en', 'ltr'],
        ['en', 'ltr'],
      ]);
      expect(marks(gamma)).to.deep.equal([
        [null, null],
        [null, null],
        [null, null],
      ]);
      expect(spoken(gamma)).to.equal(`أكثر من ${new Intl.NumberFormat(intlTag('ar')).format(3)} أشياء غاما`);
      // One note, the list's, for all its counters, which were given their texts and loaded no data.
      expect(el.shadowRoot!.querySelectorAll('[part~=translation-note]')).to.have.length(1);
      for (const counter of counters(el)) {
        expect(counter.shadowRoot!.querySelector('[part~=translation-note]')).to.be.null;
        expect((counter as unknown as { content?: unknown }).content, 'no content resolution in the counter').to.be.undefined;
      }
    });
  });

  describe('data sources', () => {
    it('takes achievements from src', async () => {
      const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list src=${jsonUrl(FEED)}></mbc-achievement-list>`);
      await el.dataComplete;
      await countersReady(el);
      expect(items(el)).to.have.length(2);
      expect(textOf(items(el)[0])).to.equal('Alpha happened.');
      expect(spoken(counters(el)[0])).to.equal('1,200 beta things');
    });

    it('takes achievements from inline JSON', async () => {
      const el = await readyFixture<MbcAchievementList>(
        html`<mbc-achievement-list>
          <script type="application/json">
            ${JSON.stringify(FEED)}
          </script>
        </mbc-achievement-list>`,
      );
      expect(items(el)).to.have.length(2);
    });

    it('an empty list says so', async () => {
      const el = await readyFixture<MbcAchievementList>(
        html`<mbc-achievement-list>
          <script type="application/json">
            { "achievements": [] }
          </script>
        </mbc-achievement-list>`,
      );
      expect(el.shadowRoot!.querySelector('ul')).to.not.exist;
      expect(textOf(el.shadowRoot!.querySelector('[part=empty]'))).to.equal('No achievements to show.');
    });

    it('a failing src warns once and shows the built-in achievements', async () => {
      const el = await readyFixture<MbcAchievementList>(
        html`<mbc-achievement-list src="/test-api/status?code=500"></mbc-achievement-list>`,
      );
      await el.dataComplete;
      expect(items(el)).to.have.length(LISTED.length);
      expect(warnings.messages).to.have.length(1);
    });

    it('hostile strings in the data stay text', async () => {
      const data = {
        achievements: HOSTILE_STRINGS.map((text, i) => ({ id: `x${i}`, text, ...(i % 2 ? { value: i, label: text } : {}) })),
      };
      const el = await readyFixture<MbcAchievementList>(
        html`<mbc-achievement-list>
          <script type="application/json">
            ${JSON.stringify(data)}
          </script>
        </mbc-achievement-list>`,
      );
      await countersReady(el);
      assertInert(el.shadowRoot!);
      for (const c of counters(el)) assertInert(c.shadowRoot!);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ar']) {
      it(`is axe-clean in light and dark (${lang})`, async () => {
        document.documentElement.lang = lang;
        for (const layout of ['grid', 'list']) {
          const light = await readyFixture<MbcAchievementList>(
            html`<mbc-achievement-list layout=${layout}></mbc-achievement-list>`,
          );
          await countersReady(light);
          await expect(light).to.be.accessible();
          const dark = await readyFixture<MbcAchievementList>(
            html`<mbc-achievement-list theme="dark" layout=${layout}></mbc-achievement-list>`,
          );
          await countersReady(dark);
          await expect(dark).to.be.accessible();
        }
      });
    }
  });

  it('on a French page, the note is a button that shows the English original in place, its counters too, and back', async () => {
    await setPageLanguage('fr');
    const el = await readyFixture<MbcAchievementList>(html`<mbc-achievement-list></mbc-achievement-list>`);
    const button = () => el.shadowRoot!.querySelector('[part~=translation-note] button') as HTMLButtonElement;
    const labels = () => counters(el).map((c) => textOf(c.shadowRoot!.querySelector('[part=label]')));
    const french = labels();
    expect(textOf(button())).to.equal('Traduction non officielle');
    button().click();
    await el.updateComplete;
    await Promise.all(counters(el).map((c) => c.updateComplete));
    const english = LISTED.filter((a) => typeof a.value === 'number').map((a) => a.label as string);
    expect(labels()).to.deep.equal(english);
    expect(counters(el).map((c) => c.getAttribute('lang'))).to.deep.equal(english.map(() => 'en'));
    expect(textOf(el.shadowRoot!.querySelector('[part=heading]')), 'the UI stays in French').to.equal('Réalisations');
    button().click();
    await el.updateComplete;
    await Promise.all(counters(el).map((c) => c.updateComplete));
    expect(labels()).to.deep.equal(french);
  });
});
