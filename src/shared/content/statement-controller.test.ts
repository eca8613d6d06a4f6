import { expect, fixture, html } from '@open-wc/testing';
import '../../commitment-list/define.js';
import type { MbcCommitmentList } from '../../commitment-list/commitment-list.js';
import { jsonUrl, readyFixture, setPageLanguage, textOf } from '../../../test/browser/helpers.js';
import { builtInStatement } from '../../data/built-in-statement.js';

// These tests run in a page of their own, so the first one sees the built-in
// statement's chunk before it has ever loaded.
describe('StatementController', () => {
  it('shows the light-DOM fallback until the built-in statement arrives, never an empty widget', async () => {
    const el = document.createElement('mbc-commitment-list');
    el.innerHTML = '<p>Fallback for readers</p>';
    document.body.append(el);
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement | null;
    expect(slot, 'default slot while loading').to.exist;
    expect(textOf(slot!.assignedElements()[0])).to.equal('Fallback for readers');
    await el.dataComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    el.remove();
  });

  it('takes each field from the highest source that has it', async () => {
    const el = await fixture<MbcCommitmentList>(
      html`<mbc-commitment-list src=${jsonUrl({ title: 'From src' })}>
        <script type="application/json">
          { "commitments": [{ "id": "i", "text": "Inline" }] }
        </script>
      </mbc-commitment-list>`,
    );
    const ready = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('mbc-ready', (event) => resolve(event as CustomEvent), { once: true }),
    );
    await el.dataComplete;
    // src has no commitments: the inline ones show, src's title is taken, and src counts as the top source.
    expect(textOf(el.shadowRoot!.querySelector('li'))).to.equal('Inline');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    expect((el as unknown as { content: { statement: { title?: string } } }).content.statement.title).to.equal('From src');
    expect((await ready).detail.source).to.equal('src');
  });

  it('does not fetch again when the element is moved', async () => {
    const entries = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('moved-feed')).length;
    const url = jsonUrl({ commitments: [{ id: 'm', text: 'Moved' }] }) + '&moved-feed=1';
    const el = await fixture<MbcCommitmentList>(html`<mbc-commitment-list src=${url}></mbc-commitment-list>`);
    await el.dataComplete;
    const before = entries();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(entries()).to.equal(before);
    expect(textOf(el.shadowRoot!.querySelector('li'))).to.equal('Moved');
    other.remove();
  });

  it('aborts its request when removed mid-flight', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const url = jsonUrl({ title: 'Too late' }, { delay: 3000 }) + '&removed-feed=1';
      const el = await fixture<MbcCommitmentList>(html`<mbc-commitment-list src=${url}></mbc-commitment-list>`);
      for (let i = 0; i < 200 && !signals.length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(signals, 'one request started').to.have.length(1);
      expect(signals[0].aborted, 'in flight').to.be.false;
      el.remove();
      expect(signals[0].aborted, 'aborted once removed').to.be.true;
    } finally {
      window.fetch = original;
    }
  });
});

describe('StatementController: the built-in statement in the page language', () => {
  const requested = (pattern: RegExp) =>
    performance.getEntriesByType('resource').filter((entry) => pattern.test(new URL(entry.name).pathname)).length;
  const items = (el: MbcCommitmentList) => Array.from(el.shadowRoot!.querySelectorAll('li'), textOf);

  afterEach(() => setPageLanguage('en'));

  it('loads only the page language’s translation, and its long text only when the full text shows', async () => {
    await setPageLanguage('es');
    const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
    const spanish = await builtInStatement('es');
    expect(items(el)).to.deep.equal(spanish.commitments!.map((c) => (c.text as Record<string, string>).es));
    expect(requested(/\/translations\/es\.ts$/), 'es.ts').to.equal(1);
    for (const other of ['ar', 'fr', 'ru', 'zh']) expect(requested(new RegExp(`/translations/${other}\\.`)), other).to.equal(0);
    expect(requested(/\/translations\/es\.text\.ts$/), 'the long text, not asked for').to.equal(0);
  });

  it('re-resolves on a change of language, with a new statement: the English one is never changed', async () => {
    const englishBefore = JSON.stringify(await builtInStatement('en'));
    await setPageLanguage('en');
    const el = await readyFixture<MbcCommitmentList>(html`<mbc-commitment-list></mbc-commitment-list>`);
    const english = items(el);
    await setPageLanguage('fr');
    await el.dataComplete;
    const french = (await builtInStatement('fr')).commitments!.map((c) => (c.text as Record<string, string>).fr);
    expect(items(el)).to.deep.equal(french);
    await setPageLanguage('en');
    await el.dataComplete;
    expect(items(el)).to.deep.equal(english);
    expect(JSON.stringify(await builtInStatement('en'))).to.equal(englishBefore);
    expect(await builtInStatement('fr')).to.equal(await builtInStatement('fr')); // made once per language
  });
});
