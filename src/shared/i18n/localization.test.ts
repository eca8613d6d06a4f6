import { expect } from '@open-wc/testing';
import { activeLanguage, localeReady } from './locale.js';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.js';

/*
 * The translations as they ship: every <trans-unit> of xliff/<lang>.xlf has a
 * <target>, and src/locales/<lang>.ts (what the bundle loads) holds exactly those
 * targets. test/node/translations.test.js also checks that the XLIFF files hold
 * every msg() of src/ (it runs `lit-localize`'s extraction, which needs Node).
 */

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

/** A unit's text with placeholders as `{0}`, `{1}`… in order. */
function flatten(node: Element | null): string | undefined {
  if (!node) return undefined;
  let index = 0;
  return Array.from(node.childNodes, (child) =>
    child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === 'x' ? `{${index++}}` : child.textContent,
  ).join('');
}

async function xliff(language: string): Promise<Unit[]> {
  const response = await fetch(`/xliff/${language}.xlf`);
  expect(response.ok, `xliff/${language}.xlf`).to.be.true;
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `xliff/${language}.xlf parses`).to.be.null;
  expect(doc.querySelector('file')!.getAttribute('target-language')).to.equal(language);
  return Array.from(doc.querySelectorAll('trans-unit'), (unit) => ({
    id: unit.getAttribute('id')!,
    source: flatten(unit.querySelector('source'))!,
    target: flatten(unit.querySelector('target')),
  }));
}

/** A generated template as text with `{0}`… for its values (plain strings, or `str` results). */
function templateText(template: unknown): string {
  if (typeof template === 'string') return template;
  const { strings } = template as { strings: readonly string[] };
  return strings.reduce((text, part, i) => (i === 0 ? part : `${text}{${i - 1}}${part}`), '');
}

describe('translations', () => {
  it('are configured for the five other UN languages, English the source', () => {
    expect(sourceLocale).to.equal('en');
    expect([...targetLocales]).to.deep.equal(['ar', 'es', 'fr', 'ru', 'zh']);
  });

  for (const language of targetLocales) {
    describe(language, () => {
      it('has a translation for every string', async () => {
        const untranslated = (await xliff(language)).filter((unit) => !unit.target?.trim()).map((u) => `${u.id} "${u.source}"`);
        expect(untranslated, `untranslated in xliff/${language}.xlf`).to.deep.equal([]);
      });

      it('keeps every placeholder of the source in the translation', async () => {
        for (const unit of await xliff(language)) {
          if (!unit.target) continue;
          const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort();
          expect(placeholders(unit.target), unit.id).to.deep.equal(placeholders(unit.source));
        }
      });

      it('ships exactly the XLIFF targets in src/locales (npm run localize was run)', async () => {
        const { templates } = (await import(`../../locales/${language}.ts`)) as { templates: Record<string, unknown> };
        const units = await xliff(language);
        expect(Object.keys(templates).sort()).to.deep.equal(units.map((u) => u.id).sort());
        for (const unit of units) {
          if (unit.target) expect(templateText(templates[unit.id]), unit.id).to.equal(unit.target);
        }
      });
    });
  }

  it('loads nothing for English, then only the page language (and the @lit/localize runtime once)', async () => {
    const fetched = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => /\/src\/(locales\/\w+|shared\/i18n\/localization)\.(?:ts|js)/.exec(entry.name)?.[1])
        .filter((name): name is string => !!name && name !== 'locales/locale-codes');
    const original = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'en-GB';
      await localeReady();
      expect(activeLanguage()).to.equal('en');
      expect(fetched(), 'fetched for English').to.deep.equal([]);
      document.documentElement.lang = 'ru';
      await localeReady();
      expect(activeLanguage()).to.equal('ru');
      expect(fetched().sort()).to.deep.equal(['locales/ru', 'shared/i18n/localization']);
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
      await localeReady();
    }
  });
});
