import { expect } from '@open-wc/testing';
import type { MbcAchievementCounter } from './achievement-counter.js';

/*
 * Its own test file, so its page is a French page where nothing but the counter has
 * loaded: no other element, no @lit/localize runtime, no built-in statement yet.
 */
document.documentElement.lang = 'fr';
await import('./define.js');

const requested = (part: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

describe('mbc-achievement-counter alone on a French page', () => {
  it('is :state(loading) while its data is on its way, then shows the note in French', async () => {
    const el = document.createElement('mbc-achievement-counter') as MbcAchievementCounter;
    el.setAttribute('achievement', 'stockpiles-destroyed');
    el.setAttribute('start', 'manual');
    el.textContent = 'Plus de 55 millions de mines détruites';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot'), 'the fallback while the data loads').to.exist;
    expect(el.matches(':state(loading)')).to.be.true;

    await el.dataComplete;
    expect(el.matches(':state(loading)')).to.be.false;
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    // The counter's data path configured @lit/localize for the page's language (locale.ts), and
    // the data waited for it: the note is the French string.
    expect(el.shadowRoot!.querySelector('[part~=translation-note]')?.textContent?.trim()).to.equal('Traduction non officielle');
    expect(requested('/src/locales/fr')).to.be.true;
    el.remove();
  });
});
