import { expect } from '@open-wc/testing';
import './define.js';

/* Its own test file, so its page has not loaded the built-in statement for another test. */
const statementRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes('joint-statement-22msp'));

describe('mbc-achievement-counter with a value', () => {
  it('never fetches the built-in statement; without a value it does', async () => {
    const el = document.createElement('mbc-achievement-counter');
    el.setAttribute('value', '55000000');
    el.setAttribute('format', 'compact');
    el.setAttribute('start', 'load');
    el.setAttribute('duration', '0');
    el.textContent = 'Over 55 million stockpiled mines destroyed';
    document.body.append(el);
    await el.dataComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelector('.digits')!.textContent).to.equal('55 million');
    expect(statementRequests()).to.be.empty;
    // Nor the note's code, the UI strings or @lit/localize, and it is never :state(loading).
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    // Nor the roll motion's code, which only a rolling counter loads.
    for (const part of [
      'translation-note',
      'statement-controller',
      '/shared/i18n/locale',
      '/src/locales/',
      '@lit/localize',
      'counter-roll',
    ]) {
      expect(
        requested.filter((name) => name.includes(part)),
        part,
      ).to.be.empty;
    }
    expect(el.matches(':state(loading)')).to.be.false;

    // The check can fail: a counter that needs the data does fetch it.
    const other = document.createElement('mbc-achievement-counter');
    other.setAttribute('achievement', 'casualties-fallen');
    document.body.append(other);
    await other.dataComplete;
    expect(statementRequests()).to.not.be.empty;
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('translation-note'))).to.be.true;
    const rolling = document.createElement('mbc-achievement-counter');
    rolling.setAttribute('value', '5');
    rolling.setAttribute('motion', 'roll');
    document.body.append(rolling);
    // It asks for the chunk itself (this test does not import it), and rolls once it has come.
    for (let tries = 0; tries < 100 && !rolling.shadowRoot!.querySelector('.roll'); tries++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('counter-roll'))).to.be.true;
    expect(rolling.shadowRoot!.querySelector('.roll .column')).to.exist;
    el.remove();
    other.remove();
    rolling.remove();
  });
});
