/**
 * The built-in statement in each of the five other UN languages, whole (issue 15): on a
 * page in the language, every element (the statement card open and in full included)
 * reads in it, with no English left but proper names, and the full text has every
 * paragraph of the English original, translated.
 *
 * These fail while a translation is unfinished (a text still '' in
 * src/data/translations/<lang>.ts or <lang>.text.ts shows in English): they say which.
 */
import { expect } from '@open-wc/testing';
import { jsonUrl, setPageLanguage } from '../helpers.js';
import { jointStatement22MSP as english } from '../../../src/data/joint-statement-22msp.full.js';
import { builtInStatement } from '../../../src/data/built-in-statement.js';
import type { Statement, Text } from '../../../src/shared/content/statement.js';
import { localText } from '../../../src/shared/i18n/text.js';
import { fold, part, renderElement, settle, shadowRoots, shadowTextNodes, TAGS } from './support.js';

const originalLang = document.documentElement.getAttribute('lang');
const LANGUAGES = ['ar', 'es', 'fr', 'ru', 'zh'] as const;
type Target = (typeof LANGUAGES)[number];

/** What each element is rendered with: every view of the built-in statement. */
const VIEWS: Record<string, Array<Record<string, string>>> = {
  'mbc-achievement-counter': [{ achievement: 'stockpiles-destroyed' }, { achievement: 'casualties-fallen' }],
  'mbc-achievement-list': [{}],
  'mbc-call-to-action': [{ href: '/join' }],
  'mbc-commitment-list': [{}],
  'mbc-quote': [{ href: '/statement' }],
  'mbc-signatory-list': [{}, { display: 'inline' }],
  'mbc-statement-card': [{}, { variant: 'full' }],
};

/** Proper names a translation may keep in Latin letters (the action plan's place names). */
const PROPER_NAMES = ['Siem Reap', 'Angkor'];

/** The attributes that carry text a reader hears. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt'];

/** Every text the element shows or gives assistive technology, nested elements' too. */
function texts(el: Element): string[] {
  const found = shadowTextNodes(el).map((node) => fold(node.nodeValue));
  for (const root of shadowRoots(el))
    for (const node of root.querySelectorAll('*'))
      for (const name of TEXT_ATTRIBUTES) if (node.getAttribute(name)) found.push(fold(node.getAttribute(name)));
  return found;
}

/** Runs of Latin letters (with the spaces and hyphens between them) that are not proper names. */
function latinRuns(text: string): string[] {
  let rest = text;
  for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
  return (rest.match(/\p{Script=Latin}+(?:[\s\-–’']+\p{Script=Latin}+)*/gu) ?? []).filter((run) => run.length > 1);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];

/** Every run of three words of the English statement: English left in a Latin-script page shows as one of them. */
const ENGLISH_TRIGRAMS = (() => {
  const all = new Set<string>();
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      const w = words(node);
      for (let i = 0; i + 2 < w.length; i++) all.add(w.slice(i, i + 3).join(' '));
    } else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(english);
  return all;
})();

/** English three-word runs in a text (for French and Spanish, which are written in Latin letters too). */
function englishRuns(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) {
    const trigram = w.slice(i, i + 3).join(' ');
    if (ENGLISH_TRIGRAMS.has(trigram)) runs.push(trigram);
  }
  return runs;
}

/** The statement's paragraphs as the full text shows them, by section, then the call to action's. */
function paragraphsOf(statement: Statement): Array<{ id: string; paragraphs: Text[] }> {
  const call = statement.callToAction;
  return [
    ...(statement.sections ?? []).map((section) => ({ id: section.id, paragraphs: section.paragraphs })),
    { id: 'callToAction', paragraphs: call ? [call.text, ...(call.closing ?? [])] : [] },
  ];
}

describe('the built-in statement in the five other UN languages', function () {
  this.timeout(120_000);

  // Only letters are checked: a counter may still be counting (its figures are digits).
  after(() => setPageLanguage(originalLang));

  it('renders every element of custom-elements.json', () => {
    for (const tag of TAGS) expect(VIEWS, `a view of ${tag}`).to.have.property(tag);
  });

  it('the checks find English: Latin letters in Chinese beyond a proper name, English words in French', async () => {
    const data = { commitments: [{ id: 'a', text: 'Strengthen mine action in Siem Reap.' }] };
    await setPageLanguage('zh');
    const zh = await renderElement('mbc-commitment-list', { src: jsonUrl(data) }, 480);
    try {
      expect(texts(zh.el).flatMap(latinRuns)).to.deep.equal(['Strengthen mine action in']);
    } finally {
      zh.stage.remove();
    }
    await setPageLanguage('fr');
    const fr = await renderElement('mbc-commitment-list', { src: jsonUrl(data) }, 480);
    try {
      expect(texts(fr.el).flatMap(englishRuns)).to.deep.equal(['strengthen mine action']);
    } finally {
      fr.stage.remove();
    }
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('every element reads in the language: no English left but proper names (the full card included)', async () => {
        await setPageLanguage(language);
        const left: string[] = [];
        for (const tag of TAGS) {
          for (const attrs of VIEWS[tag] ?? [{}]) {
            const { el, stage } = await renderElement(tag, attrs, 480);
            try {
              const toggle = part(el, 'toggle');
              if (toggle) {
                // The summary opened: its full text too.
                toggle.click();
                await settle(el);
              }
              for (const text of texts(el)) {
                const runs = language === 'es' || language === 'fr' ? englishRuns(text) : latinRuns(text);
                for (const run of runs)
                  left.push(
                    `<${tag}${Object.keys(attrs).length ? ` ${JSON.stringify(attrs)}` : ''}>: "${run}" in "${text.slice(0, 80)}"`,
                  );
              }
            } finally {
              stage.remove();
            }
          }
        }
        expect(left, 'English left on the page').to.deep.equal([]);
      });

      it('the full text has every paragraph of the English original, translated', async () => {
        await setPageLanguage(language);
        const translated = await builtInStatement(language as Target, true);
        // The data: the same sections with as many paragraphs, each translated (and not the English).
        const source = paragraphsOf(english);
        const target = paragraphsOf(translated);
        expect(target.map((s) => [s.id, s.paragraphs.length])).to.deep.equal(source.map((s) => [s.id, s.paragraphs.length]));
        const untranslated: string[] = [];
        target.forEach((section, s) =>
          section.paragraphs.forEach((paragraph, p) => {
            const text = localText(paragraph, language);
            if (text.fallback || !text.value.trim() || text.value === localText(source[s].paragraphs[p], 'en').value)
              untranslated.push(`${section.id} ${p}`);
          }),
        );
        expect(untranslated, 'paragraphs not translated').to.deep.equal([]);

        // The card shows them all, in that order, none in English.
        const { el, stage } = await renderElement('mbc-statement-card', { variant: 'full' }, 640);
        try {
          const shown = Array.from(el.shadowRoot!.querySelectorAll('[part=paragraph]'), (p) => fold(p.textContent));
          const expected = target.flatMap((section) => section.paragraphs.map((p) => fold(localText(p, language).value)));
          expect(shown).to.deep.equal(expected);
          const englishOnes = source.flatMap((section) => section.paragraphs.map((p) => fold(localText(p, 'en').value)));
          expect(
            shown.filter((text) => englishOnes.includes(text)),
            'paragraphs shown in English',
          ).to.deep.equal([]);
          const headings = Array.from(el.shadowRoot!.querySelectorAll('[part=section-heading]'), (h) => fold(h.textContent));
          const englishHeadings = (english.sections ?? []).flatMap((section) =>
            section.heading ? [localText(section.heading, 'en').value] : [],
          );
          expect(headings.length, 'section headings').to.be.at.least(englishHeadings.length);
          expect(
            headings.filter((text) => englishHeadings.includes(text)),
            'headings shown in English',
          ).to.deep.equal([]);
        } finally {
          stage.remove();
        }
      });
    });
  }
});
