import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../../test/browser/commands.js';
import './define.js';
import type { MbcCommitmentList } from './commitment-list.js';
import { jointStatement22MSP } from '../data/joint-statement-22msp.js';
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
} from '../../test/browser/helpers.js';

const BUILT_IN = jointStatement22MSP.commitments!.map((c) => localText(c.text, 'en').value);
const OTHER = {
  commitments: [
    { id: 'a', text: 'First of ours' },
    { id: 'b', text: 'Second of ours' },
  ],
};

function items(el: MbcCommitmentList): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('ol > li'), (li) => textOf(li));
}

describe('mbc-commitment-list', () => {
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof collectDataErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = collectDataErrors();
  });
  afterEach(() => {
    warnings.restore();
    errors.stop();
  });

  describe('built-in statement', () => {
    it('renders the four commitments as an ordered list', async () => {
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
      const list = el.shadowRoot!.querySelector('ol');
      expect(list).to.exist;
      expect(items(el)).to.deep.equal(BUILT_IN);
      expect(items(el)).to.have.length(4);
      expect(warnings.messages).to.be.empty;
    });

    it('has an h2 heading by default, labelling the list', async () => {
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
      const heading = el.shadowRoot!.querySelector('h2');
      expect(textOf(heading)).to.equal('We commit to');
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-labelledby')).to.equal(heading!.id);
    });

    it('exposes parts for restyling', async () => {
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
      for (const part of ['base', 'heading', 'list', 'item']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('fires mbc-ready once rendered, naming its source', async () => {
      const el = document.createElement('mbc-commitment-list');
      const ready = oneEvent(el, 'mbc-ready');
      document.body.append(el);
      const event = await ready;
      expect(event.detail).to.deep.equal({ element: 'mbc-commitment-list', source: 'built-in' });
      expect(event.bubbles && event.composed).to.be.true;
      el.remove();
    });
  });

  describe('attributes', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" renders an h${level}`, async () => {
        const el = await readyFixture<MbcCommitmentList>(
          html`<mbc-commitment-list heading-level=${level}></mbc-commitment-list>`,
        );
        expect(el.shadowRoot!.querySelector(`h${level}`)).to.exist;
        expect(el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')).to.have.length(1);
      });
    }

    for (const bad of ['0', '7', '2.5', 'three', '']) {
      it(`heading-level="${bad}" falls back to h2${bad === '' ? ' silently' : ' with a warning'}`, async () => {
        const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list heading-level=${bad}></mbc-commitment-list>`);
        expect(el.shadowRoot!.querySelector('h2')).to.exist;
        if (bad === '') {
          expect(warnings.messages).to.be.empty;
        } else {
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<mbc-commitment-list>').and.contain('heading-level');
          expect(errors.events).to.have.length(1);
          expect(errors.events[0].detail).to.include({
            element: 'mbc-commitment-list',
            field: 'heading-level',
            source: 'attribute',
          });
        }
      });
    }

    it('heading replaces the heading text', async () => {
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list heading="Our pledges"></mbc-commitment-list>`);
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Our pledges');
    });

    it('an empty heading removes the heading and the list keeps its role', async () => {
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list heading=""></mbc-commitment-list>`);
      expect(el.shadowRoot!.querySelector('h1,h2,h3,h4,h5,h6')).to.not.exist;
      expect(el.shadowRoot!.querySelector('ol')!.hasAttribute('aria-labelledby')).to.be.false;
      expect(items(el)).to.have.length(4);
    });

    it('theme="dark" changes the colours; an unknown theme warns and stays light', async () => {
      const light = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
      const dark = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="dark"></mbc-commitment-list>`);
      const bg = (el: MbcCommitmentList) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor;
      expect(bg(dark)).to.not.equal(bg(light));
      const odd = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="neon"></mbc-commitment-list>`);
      expect(bg(odd)).to.equal(bg(light));
      expect(warnings.messages.join('\n')).to.contain('theme');
      expect(errors.events.map((e) => e.detail.field)).to.include('theme');
    });

    it('renders hostile heading text as text', async () => {
      for (const payload of HOSTILE_STRINGS) {
        const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list heading=${payload}></mbc-commitment-list>`);
        expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(payload.replace(/\s+/g, ' ').trim());
        assertInert(el.shadowRoot!);
      }
    });
  });

  describe('slots', () => {
    it("shows the site's intro and footer and hides the fallback", async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list>
          <p slot="intro">Our campaign's promise</p>
          <p slot="footer">Read more on our site</p>
          <ol>
            <li>Fallback list for readers without JavaScript</li>
          </ol>
        </mbc-commitment-list>`,
      );
      const intro = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=intro]')!;
      const footer = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=footer]')!;
      expect(textOf(intro.assignedElements()[0])).to.equal("Our campaign's promise");
      expect(textOf(footer.assignedElements()[0])).to.equal('Read more on our site');
      const fallback = el.querySelector('ol')!;
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('inline JSON', () => {
    it('takes commitments from a script child', async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list>
          <script type="application/json">
            ${JSON.stringify(OTHER)}
          </script>
        </mbc-commitment-list>`,
      );
      expect(items(el)).to.deep.equal(['First of ours', 'Second of ours']);
    });

    it('malformed inline JSON warns, fires mbc-data-error and shows the built-in statement', async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list>
          <script type="application/json">
            {"commitments": [
          </script>
        </mbc-commitment-list>`,
      );
      expect(items(el)).to.deep.equal(BUILT_IN);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<mbc-commitment-list>').and.contain('inline JSON');
      expect(errors.events[0].detail.source).to.equal('inline');
    });

    it('inline JSON of the wrong shape names the JSON path', async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list>
          <script type="application/json">
            { "commitments": [{ "id": "a", "text": 42 }] }
          </script>
        </mbc-commitment-list>`,
      );
      expect(items(el)).to.deep.equal(BUILT_IN);
      expect(warnings.messages[0]).to.contain('$.commitments[0].text');
      expect(errors.events[0].detail.field).to.equal('$.commitments[0].text');
    });

    it('hostile strings in the data stay text', async () => {
      const data = { commitments: HOSTILE_STRINGS.map((text, i) => ({ id: `x${i}`, text })) };
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list>
          <script type="application/json">
            ${JSON.stringify(data)}
          </script>
        </mbc-commitment-list>`,
      );
      expect(items(el)).to.deep.equal(HOSTILE_STRINGS.map((s) => s.replace(/\s+/g, ' ').trim()));
      assertInert(el.shadowRoot!);
    });

    it('an empty list says so instead of rendering an empty ol', async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list>
          <script type="application/json">
            { "commitments": [] }
          </script>
        </mbc-commitment-list>`,
      );
      expect(el.shadowRoot!.querySelector('ol')).to.not.exist;
      expect(textOf(el.shadowRoot!.querySelector('[part=empty]'))).to.equal('No commitments to show.');
    });
  });

  describe('src', () => {
    it('shows the next source while loading, then the loaded commitments', async () => {
      const el = await fixture<MbcCommitmentList>(
        html`<mbc-commitment-list src=${jsonUrl(OTHER, { delay: 300 })}>
          <script type="application/json">
            { "commitments": [{ "id": "i", "text": "Inline one" }] }
          </script>
        </mbc-commitment-list>`,
      );
      // The inline JSON shows as soon as it is read, while src is still on its way.
      await waitUntil(() => items(el).length > 0, 'the inline commitments never showed', { timeout: 250 });
      expect(items(el)).to.deep.equal(['Inline one']);
      await el.dataComplete;
      expect(items(el)).to.deep.equal(['First of ours', 'Second of ours']);
      expect(warnings.messages).to.be.empty;
    });

    it('src wins over inline JSON; attributes win over src', async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list heading="From the attribute" src=${jsonUrl(OTHER)}>
          <script type="application/json">
            { "commitments": [{ "id": "i", "text": "Inline one" }] }
          </script>
        </mbc-commitment-list>`,
      );
      await el.dataComplete;
      expect(items(el)).to.deep.equal(['First of ours', 'Second of ours']);
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('From the attribute');
    });

    it('a feed with only other fields keeps the commitments from below', async () => {
      const el = await readyFixture<MbcCommitmentList>(
        html`<mbc-commitment-list src=${jsonUrl({ title: 'Another statement' })}></mbc-commitment-list>`,
      );
      await el.dataComplete;
      expect(items(el)).to.deep.equal(BUILT_IN);
      expect(warnings.messages).to.be.empty;
    });

    const faults: Array<[string, () => string, RegExp, number?]> = [
      ['404', () => '/test-api/status?code=404', /HTTP 404/],
      ['500', () => '/test-api/status?code=500', /HTTP 500/],
      ['invalid JSON', () => jsonUrl('{"commitments": [}'), /not valid JSON/],
      ['wrong schema', () => jsonUrl({ commitments: [{ id: 'a' }] }), /\$\.commitments\[0\]\.text/],
      ['not JSON content type', () => jsonUrl(OTHER, { type: 'text/html' }), /not JSON/],
      ['over 1 MB', () => '/test-api/large', /larger than/],
      ['timeout', () => '/test-api/stall?ms=5000', /did not answer within 300 ms/, 300],
      ['a body that never ends', () => '/test-api/endless', /did not answer within 300 ms/, 300],
      ['network error', () => 'http://127.0.0.1:9/feed.json', /network error/],
      ['a javascript: URL', () => 'javascript:alert(1)', /only http and https/],
    ];
    for (const [name, url, message, timeout] of faults) {
      it(`${name}: warns once, fires mbc-data-error and shows the fallback`, async () => {
        const el = document.createElement('mbc-commitment-list');
        if (timeout) el.srcTimeout = timeout;
        el.src = url();
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(OTHER);
        el.append(script);
        const error = oneEvent(el, 'mbc-data-error');
        document.body.append(el);
        const event = await error;
        await el.updateComplete;
        expect(event.detail.element).to.equal('mbc-commitment-list');
        expect(event.detail.source).to.equal('src');
        expect(`${event.detail.field} ${event.detail.message}`).to.match(message);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<mbc-commitment-list>').and.match(message);
        expect(items(el)).to.deep.equal(['First of ours', 'Second of ours']);
        await el.updateComplete;
        expect(errors.events).to.have.length(1);
        el.remove();
      });
    }

    it('only the latest src renders when it changes mid-flight', async () => {
      const el = await fixture<MbcCommitmentList>(
        html`<mbc-commitment-list
          src=${jsonUrl({ commitments: [{ id: 'old', text: 'Old' }] }, { delay: 400 })}
        ></mbc-commitment-list>`,
      );
      el.src = jsonUrl({ commitments: [{ id: 'new', text: 'New' }] });
      await el.updateComplete;
      await el.dataComplete;
      expect(items(el)).to.deep.equal(['New']);
      await new Promise((r) => setTimeout(r, 500));
      expect(items(el)).to.deep.equal(['New']);
    });
  });

  describe('accessibility', () => {
    it('uses system colours in forced-colors mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="dark"></mbc-commitment-list>`);
        const base = el.shadowRoot!.querySelector('[part=base]')!;
        const probe = document.createElement('div');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle(base).borderTopColor).to.equal(getComputedStyle(probe).color);
        probe.remove();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('follows the reader\'s colour scheme with theme="auto"', async () => {
      const bg = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor;
      const dark = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="dark"></mbc-commitment-list>`);
      const light = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="light"></mbc-commitment-list>`);
      const auto = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="auto"></mbc-commitment-list>`);
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(bg(auto)).to.equal(bg(dark));
        await emulateMedia({ colorScheme: 'light' });
        expect(bg(auto)).to.equal(bg(light));
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('lays out right to left with logical properties', async () => {
      const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list dir="rtl"></mbc-commitment-list>`);
      const list = el.shadowRoot!.querySelector('ol')!;
      list.setAttribute('dir', 'rtl');
      const style = getComputedStyle(list);
      expect(style.paddingRight).to.not.equal('0px');
      expect(style.paddingLeft).to.equal('0px');
    });

    it('is axe-clean in light and dark', async () => {
      const light = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
      await expect(light).to.be.accessible();
      const dark = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list theme="dark"></mbc-commitment-list>`);
      await expect(dark).to.be.accessible();
    });
  });
});
