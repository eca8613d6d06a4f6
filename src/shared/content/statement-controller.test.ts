import { expect, fixture, html } from '@open-wc/testing';
import '../../commitment-list/define.js';
import type { MbcCommitmentList } from '../../commitment-list/commitment-list.js';
import { jsonUrl, textOf } from '../../../test/browser/helpers.js';

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
