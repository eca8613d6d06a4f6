/**
 * Every element of custom-elements.json in the six UN languages, with the
 * built-in statement: the UI strings are the XLIFF translations (headings,
 * buttons, "Read the full statement", "18 States" in the language's plural form
 * and digits), figures are formatted for the language, the translation note says
 * what the content is, nothing English is left in Arabic, Chinese or Russian
 * (content the data has only in English is marked `lang="en"` and noted), and an
 * unsupported page language shows English.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '../commands.js';
import { builtInStatement } from '../../../src/data/built-in-statement.js';
import type { Statement, Text } from '../../../src/shared/content/statement.js';
import { localText } from '../../../src/shared/i18n/text.js';
import { intlTag } from '../../../src/shared/i18n/language.js';
import { jsonUrl, setPageLanguage } from '../helpers.js';
import {
  LANGUAGES,
  fold,
  itCoversEveryElement,
  langOf,
  loadTranslations,
  part,
  primary,
  renderElement,
  settle,
  shadowRoots,
  shadowTextNodes,
  statesText,
  t,
  translationUnits,
  TAGS,
  type Language,
} from './support.js';

const originalLang = document.documentElement.getAttribute('lang');

/** The note's source string, by what the content shown is. */
const NOTES = {
  unofficial: 'Unofficial translation',
  english: 'Available in English only',
  both: 'Unofficial translation; some parts available in English only',
} as const;

interface Profile {
  /** Attribute sets to render, each checked in every language. */
  variants: Array<Record<string, string>>;
  /** The note with the built-in statement on a page in another language than English (null: none). */
  note(variant: Record<string, string>): keyof typeof NOTES | null;
  /** Asserts the element's UI text and content in `language`; may interact (opening the full text). */
  check(el: HTMLElement, language: Language, variant: Record<string, string>): Promise<void> | void;
}

const text = (value: Text | undefined, language: Language) => fold(localText(value, language).value);
const textOf = (node: Element | null | undefined) => fold(node?.textContent);
const all = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll<HTMLElement>(selector));

/** What a reader sees of a node: text under `visibility: hidden` (the counter's sizer) left out. */
function visibleText(node: Element): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (getComputedStyle(n.parentElement!).visibility === 'visible') out += n.nodeValue;
  return fold(out);
}

/** A figure as Intl writes it in the language: the counters' formats. */
const compact = (language: Language, value: number) =>
  fold(new Intl.NumberFormat(intlTag(language), { notation: 'compact', compactDisplay: 'long' }).format(value));
const percent = (language: Language, value: number) =>
  fold(new Intl.NumberFormat(intlTag(language), { style: 'percent' }).format(value / 100));

/** The compact figure (55,000,000) as the issue gives it ("55 millions", "5500万", "55 مليون"), and the count of signatories. */
const FIFTY_FIVE_MILLION: Record<Language, string> = {
  en: '55 million',
  ar: '55 مليون',
  es: '55 millones',
  fr: '55 millions',
  ru: '55 миллионов',
  zh: '5500万',
};
const EIGHTEEN_STATES: Record<Language, string> = {
  en: '18 States',
  ar: '18 دولة',
  es: '18 Estados',
  fr: '18 États',
  ru: '18 государств',
  zh: '18个国家',
};

/** A counter's figure as shown once it has finished (reduced motion: at once). */
function counterFigure(counter: Element): string {
  (counter as HTMLElement & { start(): void }).start();
  return visibleText(part(counter, 'value')!);
}

/** The built-in statement in the language being checked (with its long text), as the widgets show it. */
let statement: Statement;
const achievements = () => statement.achievements!;

const PROFILES: Record<string, Profile> = {
  'mbc-achievement-counter': {
    variants: [{ achievement: 'stockpiles-destroyed' }],
    note: () => 'unofficial',
    check(el, language) {
      const a = achievements().find((x) => x.id === 'stockpiles-destroyed')!;
      expect(textOf(part(el, 'prefix'))).to.equal(text(a.qualifier, language));
      expect(textOf(part(el, 'label'))).to.equal(text(a.label, language));
      expect([counterFigure(el), FIFTY_FIVE_MILLION[language]]).to.deep.equal([
        compact(language, 55_000_000),
        compact(language, 55_000_000),
      ]);
    },
  },
  'mbc-achievement-list': {
    variants: [{}],
    note: () => 'unofficial',
    check(el, language) {
      const root = el.shadowRoot!;
      expect(textOf(part(el, 'heading'))).to.equal(t(language, 'Achievements'));
      const shown = achievements().filter((a) => a.inList !== false);
      const items = all(root, '[part~=item]');
      expect(items.length).to.equal(shown.length);
      shown.forEach((a, i) => {
        const counter = items[i].querySelector('mbc-achievement-counter');
        if (typeof a.value !== 'number') {
          expect(counter).to.be.null;
          expect(textOf(items[i])).to.equal(text(a.text, language));
          return;
        }
        expect(textOf(part(counter!, 'prefix'))).to.equal(text(a.qualifier, language));
        expect(textOf(part(counter!, 'label'))).to.equal(text(a.label, language));
        const figure = counterFigure(counter!);
        expect(figure).to.equal(a.format === 'compact' ? compact(language, a.value) : percent(language, a.value));
        if (a.value === 55_000_000) expect(figure).to.equal(FIFTY_FIVE_MILLION[language]);
      });
    },
  },
  'mbc-call-to-action': {
    variants: [{ href: '/join' }],
    // The call and its closing paragraph are our translations.
    note: () => 'unofficial',
    check(el, language) {
      expect(textOf(part(el, 'heading'))).to.equal(t(language, 'Join the call'));
      expect(textOf(part(el, 'link'))).to.equal(t(language, 'Take action'));
      expect(textOf(part(el, 'text'))).to.equal(text(statement.callToAction!.text, language));
    },
  },
  'mbc-commitment-list': {
    variants: [{}],
    note: () => 'unofficial',
    check(el, language) {
      expect(textOf(part(el, 'heading'))).to.equal(t(language, 'We commit to'));
      expect(all(el.shadowRoot!, '[part~=item]').map(textOf)).to.deep.equal(
        statement.commitments!.map((c) => text(c.text, language)),
      );
    },
  },
  'mbc-quote': {
    variants: [{}],
    note: () => 'unofficial',
    check(el, language) {
      expect(textOf(part(el, 'quote'))).to.equal(text(statement.quote!.text, language));
      const { kind, meeting } = statement;
      expect(textOf(part(el, 'cite'))).to.equal(t(language, '{0}, {1}', text(kind, language), text(meeting, language)));
      // Where the browser has no Web Share (headless Chromium on Linux), the button copies.
      expect(textOf(part(el, 'share'))).to.equal(t(language, 'share' in navigator ? 'Share quote' : 'Copy quote'));
    },
  },
  'mbc-signatory-list': {
    variants: [{}, { display: 'inline' }, { display: 'count' }],
    // The count alone shows no group label, so no translated content.
    note: (variant) => (variant.display === 'count' ? null : 'unofficial'),
    check(el, language, variant) {
      const root = el.shadowRoot!;
      const groups = statement.signatories!;
      if (variant.display === 'count') {
        expect([textOf(part(el, 'count')), EIGHTEEN_STATES[language]]).to.deep.equal([
          statesText(language, 18),
          statesText(language, 18),
        ]);
        return;
      }
      expect(all(root, '[part~=heading]').map(textOf)).to.deep.equal(groups.map((g) => text(g.label, language)));
      const names = (states: string[]) => states.map((code) => new Intl.DisplayNames([language], { type: 'region' }).of(code)!);
      if (variant.display === 'inline') {
        // Joined as the language joins a list ("A, B and C", "A、B和C", "A وB"): the names themselves are checked in src/shared/i18n/countries.test.ts.
        const lines = all(root, '[part~=inline]').map(textOf);
        groups.forEach((g, i) => {
          const parts = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' }).formatToParts(
            names(g.states),
          ); // UN English: no serial comma
          for (const literal of new Set(
            parts
              .filter((p) => p.type === 'literal')
              .map((p) => p.value.trim())
              .filter(Boolean),
          ))
            expect(lines[i]).to.include(literal);
        });
      } else {
        expect(all(root, '[part~=list]').map((ul) => ul.children.length)).to.deep.equal(groups.map((g) => g.states.length));
      }
    },
  },
  'mbc-statement-card': {
    variants: [{}, { href: '/statement' }, { variant: 'full' }],
    // The whole statement, full text included, is our translation.
    note: () => 'unofficial',
    async check(el, language, variant) {
      const { kind, title, meeting } = statement;
      expect(textOf(part(el, 'kind'))).to.equal(text(kind, language));
      expect(textOf(part(el, 'meeting'))).to.equal(text(meeting, language));
      expect(textOf(part(el, 'heading'))).to.equal(text(title, language));
      const root = el.shadowRoot!;
      expect(textOf(root.querySelector('dt'))).to.equal(t(language, 'Signatories'));
      expect([textOf(root.querySelector('dd')), EIGHTEEN_STATES[language]]).to.deep.equal([
        statesText(language, 18),
        statesText(language, 18),
      ]);
      if (variant.variant === 'full') {
        expect(part(el, 'toggle')).to.be.null;
        expect(all(root, '[part~=section-heading]').length).to.be.greaterThan(0);
        return;
      }
      if (variant.href) {
        expect(textOf(part(el, 'link'))).to.equal(t(language, 'Read the full statement'));
        return;
      }
      const toggle = part(el, 'toggle')!;
      expect(textOf(toggle)).to.equal(t(language, 'Read the full statement'));
      toggle.click();
      await settle(el);
      expect(textOf(part(el, 'toggle'))).to.equal(t(language, 'Hide the full statement'));
      expect(all(root, '[part~=section-heading]').length).to.be.greaterThan(0);
      // The open full text is checked below like the rest (translated, nothing marked as English).
    },
  },
};

/** The text nodes (and accessible-name attributes) in the page's language that contain a Latin letter. */
function latinLeft(el: Element, language: Language): string[] {
  const found: string[] = [];
  for (const node of shadowTextNodes(el)) {
    if (primary(langOf(node)) === language && /\p{Script=Latin}/u.test(node.nodeValue!))
      found.push(`"${fold(node.nodeValue)}" in <${node.parentElement!.localName}>`);
  }
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value && primary(langOf(node)) === language && /\p{Script=Latin}/u.test(value))
          found.push(`${name}="${value}" on <${node.localName}>`);
      }
    }
  }
  return found;
}

/** English UI strings (XLIFF sources whose translation differs) left as a whole text in a widget in another language. */
function untranslated(el: Element, language: Exclude<Language, 'en'>): string[] {
  const sources = new Set(
    translationUnits(language)
      .filter((u) => !u.source.includes('{') && u.source !== u.target)
      .map((u) => u.source),
  );
  return shadowTextNodes(el)
    .filter((node) => primary(langOf(node)) === language && sources.has(fold(node.nodeValue)))
    .map((node) => fold(node.nodeValue));
}

/** The checks every element gets in a language, then its own. */
async function checkIn(
  tag: string,
  variant: Record<string, string>,
  language: Language,
  pageTag: string = language,
): Promise<void> {
  await setPageLanguage(pageTag);
  statement = await builtInStatement(language, true);
  const { el, stage } = await renderElement(tag, variant, 480);
  try {
    const bases = shadowRoots(el).map((root) => root.querySelector('[part~=base]'));
    expect(bases.length).to.be.at.least(1);
    for (const base of bases) {
      expect(base, `<${tag}> renders a base part in each shadow root`).to.exist;
      expect(base!.getAttribute('lang')).to.equal(language);
      expect(base!.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
    }
    await PROFILES[tag].check(el, language, variant);

    const note = shadowRoots(el)
      .map((root) => root.querySelector('[part~=translation-note]'))
      .filter(Boolean);
    const kind = language === 'en' ? null : PROFILES[tag].note(variant);
    expect(note.map(textOf), 'the translation note').to.deep.equal(kind ? [t(language, NOTES[kind])] : []);
    // Content shown in English on a page in another language is marked as such, and the note says so.
    const english = shadowRoots(el).flatMap((root) =>
      all(root, '[lang]').filter((n) => n.getAttribute('part') !== 'base' && primary(n.getAttribute('lang')!) === 'en'),
    );
    if (language === 'en') expect(english, 'no language marks on an English page').to.deep.equal([]);
    else if (english.length) expect(kind, 'a note for the English content').to.be.oneOf(['english', 'both']);

    if (language !== 'en') expect(untranslated(el, language), 'English UI strings left').to.deep.equal([]);
    if (language === 'ar' || language === 'zh' || language === 'ru')
      expect(latinLeft(el, language), 'Latin text in the language').to.deep.equal([]);
  } finally {
    stage.remove();
  }
}

describe('every element in the six UN languages', function () {
  this.timeout(60_000);

  before(async () => {
    await loadTranslations();
    // Counters show their final figure at once.
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setPageLanguage(originalLang);
  });

  itCoversEveryElement(PROFILES, 'test/browser/i18n/languages.test.ts');

  it('reads the translations it expects from the XLIFF files, every unit translated', () => {
    for (const language of LANGUAGES) {
      if (language === 'en') continue;
      const units = translationUnits(language);
      expect(units.length, `units in xliff/${language}.xlf`).to.be.at.least(20);
      for (const unit of units) expect(unit.target, `${unit.id} in xliff/${language}.xlf`).to.not.equal('');
    }
    expect(t('fr', 'Read the full statement')).to.equal('Lire la déclaration complète');
    expect(statesText('ru', 18)).to.equal('18 государств');
  });

  it('the checks find English left in a widget: a Latin heading in Chinese, an English UI string in French', async () => {
    await setPageLanguage('zh');
    const zh = await renderElement('mbc-commitment-list', { heading: 'Our commitments' }, 480);
    try {
      expect(latinLeft(zh.el, 'zh')).to.deep.equal(['"Our commitments" in <h2>']);
    } finally {
      zh.stage.remove();
    }
    await setPageLanguage('fr');
    const fr = await renderElement('mbc-commitment-list', { heading: 'We commit to' }, 480);
    try {
      expect(untranslated(fr.el, 'fr')).to.deep.equal(['We commit to']);
    } finally {
      fr.stage.remove();
    }
  });

  it('mbc-achievement-list marks achievements the data has only in English, and says so', async () => {
    await setPageLanguage('ar');
    const data = {
      url: 'https://example.org/statement',
      achievements: [
        { id: 'a', text: 'Alpha happened.' },
        { id: 'b', text: { en: 'Beta happened.', ar: 'حدث بيتا.' } },
      ],
    };
    const { el, stage } = await renderElement('mbc-achievement-list', { src: jsonUrl(data) }, 480);
    try {
      const [alpha, beta] = all(el.shadowRoot!, '[part~=text]');
      const mark = alpha.querySelector('span')!;
      expect([mark.getAttribute('lang'), mark.getAttribute('dir'), textOf(mark)]).to.deep.equal(['en', 'ltr', 'Alpha happened.']);
      expect([beta.querySelector('[lang]'), textOf(beta)]).to.deep.equal([null, 'حدث بيتا.']);
      const note = part(el, 'translation-note')!;
      expect(textOf(note)).to.equal(t('ar', NOTES.both));
      expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/statement');
      expect(latinLeft(el, 'ar')).to.deep.equal([]);
    } finally {
      stage.remove();
    }
  });

  for (const tag of TAGS) {
    describe(tag, () => {
      for (const language of LANGUAGES) {
        it(`in ${language}: UI text, figures, note${language === 'ar' || language === 'zh' || language === 'ru' ? ', no Latin text' : ''}`, async () => {
          if (!PROFILES[tag]) throw new Error(`no profile for ${tag}`);
          for (const variant of PROFILES[tag].variants) await checkIn(tag, variant, language);
        });
      }

      it('falls back to English for unsupported page languages (pt, pt-BR, xx)', async () => {
        if (!PROFILES[tag]) throw new Error(`no profile for ${tag}`);
        for (const pageTag of ['pt', 'pt-BR', 'xx'])
          for (const variant of PROFILES[tag].variants) await checkIn(tag, variant, 'en', pageTag);
      });
    });
  }
});
