import { expect } from '@open-wc/testing';
import { jointStatement22MSP } from '../joint-statement-22msp.full.js';
import { TRANSLATED, addTranslations } from './apply.js';
import type { Statement, Text } from '../../shared/content/statement.js';

const LANGUAGES = ['ar', 'es', 'fr', 'ru', 'zh'] as const;
type Target = (typeof LANGUAGES)[number];

const load = (language: Target) =>
  import(`./joint-statement-22msp.${language}.ts`) as Promise<{ translations: readonly string[] }>;

/** The text at a path (`commitments.defend-norms.text`). */
function at(statement: Statement, path: string): Text | undefined {
  const keys = path.split('.');
  let node: unknown = statement;
  for (let i = 0; i < keys.length; i++) {
    const next = (node as Record<string, unknown>)[keys[i]];
    const id = Array.isArray(next) ? keys[++i] : undefined;
    node = Array.isArray(next) ? next.find((item: { id: string }) => item.id === id) : next;
    if (node === undefined) return undefined;
  }
  return node as Text;
}
const english = (text: Text | undefined) => (typeof text === 'string' ? text : text?.en);

/** UN terminology, where the English names it. */
const TERMS: Record<Target, { convention: RegExp; statesParties: RegExp }> = {
  fr: { convention: /Convention sur l'interdiction des mines antipersonnel/, statesParties: /États parties/ },
  es: { convention: /Convención sobre la Prohibición de las Minas Antipersonal/, statesParties: /Estados [Pp]artes/ },
  ru: { convention: /Конвенци[яиюей]+ о запрещении противопехотных мин/, statesParties: /государств[а-я]*-участник/ },
  zh: { convention: /《禁止杀伤人员地雷公约》/, statesParties: /缔约国/ },
  ar: { convention: /اتفاقية حظر الألغام المضادة للأفراد/, statesParties: /(ال|لل)دول الأطراف/ }, // للدول: "of the States"
};

describe('built-in statement translations', () => {
  // A pristine English copy (this page never switches language).
  const original = JSON.parse(JSON.stringify(jointStatement22MSP)) as Statement;

  it('names texts that exist, each once', () => {
    expect(new Set(TRANSLATED).size).to.equal(TRANSLATED.length);
    for (const path of TRANSLATED) expect(english(at(original, path)), path).to.be.a('string').and.not.be.empty;
  });

  it('leaves the long paragraphs and the closing call in English only', () => {
    expect(TRANSLATED.some((path) => path.includes('paragraphs') || path.startsWith('callToAction'))).to.be.false;
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('has one translation per text, in order', async () => {
        const { translations } = await load(language);
        expect(translations).to.have.length(TRANSLATED.length);
        for (const [i, text] of translations.entries()) {
          expect(text.trim(), TRANSLATED[i]).to.equal(text);
          expect(text, TRANSLATED[i]).to.not.be.empty;
          expect(text, TRANSLATED[i]).to.not.equal(english(at(original, TRANSLATED[i])));
        }
      });

      it('adds the translations beside the English, which stays as it is', async () => {
        const { translations } = await load(language);
        const copy = JSON.parse(JSON.stringify(original)) as Statement;
        addTranslations(copy, language, translations);
        addTranslations(copy, language, translations); // twice: the same result
        TRANSLATED.forEach((path, i) => {
          const text = at(copy, path) as Record<string, string>;
          expect(text, path).to.deep.equal({ en: english(at(original, path)), [language]: translations[i] });
        });
      });

      it('uses the UN names of the Convention and of States Parties', async () => {
        const { translations } = await load(language);
        TRANSLATED.forEach((path, i) => {
          const source = english(at(original, path))!;
          if (/Anti-Personnel Mine Ban Convention/.test(source))
            expect(translations[i], path).to.match(TERMS[language].convention);
          if (/States? Parties/.test(source)) expect(translations[i], path).to.match(TERMS[language].statesParties);
        });
      });
    });
  }
});
