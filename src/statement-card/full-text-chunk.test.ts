import { expect } from '@open-wc/testing';
import './define.js';
import type { MbcStatementCard } from './statement-card.js';

/*
 * Its own test file, so its page has not loaded the statement's long text for
 * another test: a summary card fetches the built-in statement but not its long
 * text (a chunk of its own); opening "Read the full statement" fetches it.
 */
const requests = (name: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes(name));
const textRequests = () => requests('joint-statement-22msp.text');

describe('mbc-statement-card and the long text of the built-in statement', () => {
  it('a summary card does not fetch it; opening the full text does, and shows it', async () => {
    const el = document.createElement('mbc-statement-card') as MbcStatementCard;
    document.body.append(el);
    await el.dataComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=opening]')!.textContent).to.contain('We, in support of the Secretary-General');
    expect(requests('joint-statement-22msp')).to.not.be.empty; // the built-in statement itself
    expect(textRequests()).to.be.empty;
    expect(root.querySelectorAll('#full h3')).to.have.length(0);

    // The check can fail: opening the full text fetches it.
    const button = root.querySelector<HTMLButtonElement>('button[part=toggle]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await el.dataComplete;
    expect(textRequests()).to.not.be.empty;
    expect(Array.from(root.querySelectorAll('#full h3'), (h) => h.textContent)).to.deep.equal([
      'Achievements',
      'Challenges',
      'Concrete actions',
    ]);
    expect(root.querySelector('#full')!.textContent).to.contain(
      'The human cost of anti-personnel landmines remains unacceptable.',
    );
    el.remove();
  });

  it('inline sections still win over the long text', async () => {
    const el = document.createElement('mbc-statement-card') as MbcStatementCard;
    el.setAttribute('variant', 'full');
    el.innerHTML = `<script type="application/json">${JSON.stringify({ sections: [{ id: 'a', heading: 'Own', paragraphs: ['Own paragraph.'] }] })}</script>`;
    document.body.append(el);
    await el.dataComplete;
    const root = el.shadowRoot!;
    expect(Array.from(root.querySelectorAll('[part=full] h3'), (h) => h.textContent)).to.deep.equal(['Own']);
    expect(root.querySelector('[part=full]')!.textContent).to.not.contain('Yet today, the Convention');
    el.remove();
  });
});
