import { expect, oneEvent } from '@open-wc/testing';
import './define.js';
import type { MbcStatementCard } from './statement-card.js';

/*
 * Its own test file, so its page has not loaded the statement's long text: a
 * `variant="full"` card shows its fallback until the long text (a chunk of its
 * own) is there, never a card with half the text, and is ready only then.
 */
describe('mbc-statement-card variant="full" while the long text loads', () => {
  it('renders the fallback, then the whole text; mbc-ready fires once it is there', async () => {
    const el = document.createElement('mbc-statement-card') as MbcStatementCard;
    el.setAttribute('variant', 'full');
    el.innerHTML = '<p>Fallback for readers</p>';
    const ready = oneEvent(el, 'mbc-ready');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot'), 'fallback while loading').to.exist;
    expect(el.shadowRoot!.querySelector('[part=base]')).to.not.exist;
    await ready;
    expect(el.shadowRoot!.querySelector('slot')).to.not.exist;
    expect(Array.from(el.shadowRoot!.querySelectorAll('[part=full] h3'), (h) => h.textContent)).to.deep.equal([
      'Achievements',
      'Challenges',
      'Concrete actions',
    ]);
    el.remove();
  });
});
