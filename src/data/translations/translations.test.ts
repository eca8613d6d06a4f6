import { expect } from '@open-wc/testing';
import { jointStatement22MSP as core } from '../joint-statement-22msp.js';
import { jointStatement22MSPText } from '../joint-statement-22msp.text.js';
import { jointStatement22MSP as full } from '../joint-statement-22msp.full.js';
import { translateStatement, type StatementTranslation } from './translate.js';
import type { Statement, Text } from '../../shared/content/statement.js';

const LANGUAGES = ['ar', 'es', 'fr', 'ru', 'zh'] as const;
type Target = (typeof LANGUAGES)[number];

const load = async (language: Target) => ({
  short: ((await import(`./${language}.ts`)) as { translation: StatementTranslation }).translation,
  long: ((await import(`./${language}.text.ts`)) as { translation: StatementTranslation }).translation,
});

/** Every text of a statement by its path (translate.ts), as English. */
function textPaths(statement: Statement): Map<string, string> {
  const found = new Map<string, string>();
  const skip = new Set(['id', 'date', 'url', 'href', 'format', 'list', 'states', 'officialLanguages']);
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') return void found.set(path, node);
    if (!node || typeof node !== 'object') return;
    if (!Array.isArray(node) && 'en' in node && Object.values(node).every((v) => typeof v === 'string'))
      return void found.set(path, (node as { en: string }).en);
    if (Array.isArray(node))
      return node.forEach((item: { id?: string }, i) => visit(item, `${path}.${typeof item?.id === 'string' ? item.id : i}`));
    for (const [key, value] of Object.entries(node)) if (!skip.has(key)) visit(value, path ? `${path}.${key}` : key);
  };
  visit(statement, '');
  return found;
}

/** The English of a text. */
const english = (text: Text | undefined) => (typeof text === 'string' ? text : text?.en);

/** UN terminology, where the English names it. */
const TERMS: Record<Target, { convention: RegExp; statesParties: RegExp }> = {
  fr: { convention: /Convention sur l[’']interdiction des mines antipersonnel/, statesParties: /États parties/ },
  es: { convention: /Convención sobre la Prohibición de las Minas Antipersonal/, statesParties: /Estados [Pp]artes/ },
  ru: { convention: /Конвенци[яиюей]+ о запрещении противопехотных мин/, statesParties: /государств[а-я]*[-\s—–]+участник/ },
  zh: { convention: /《?禁止杀伤人员地雷公约》?/, statesParties: /缔约国/ },
  ar: { convention: /اتفاقية حظر الألغام المضادة للأفراد/, statesParties: /(ال|لل)دول الأطراف/ }, // للدول: "of the States"
};

describe('translateStatement()', () => {
  const statement: Statement = {
    kind: 'Joint Statement',
    title: { en: 'Title', es: 'Título' },
    sections: [{ id: 'preamble', paragraphs: ['One.', 'Two.'] }],
    achievements: [{ id: 'a', text: 'Done.', value: 5, label: 'things' }],
    signatories: [{ id: 'champions', label: 'Champions', states: ['AT', 'CH'] }],
    callToAction: { text: 'Act.', closing: ['Now.'] },
    challenges: ['Hard.'],
  };
  const frozen = JSON.stringify(statement);

  it('adds the language beside the English, by path, in a new statement', () => {
    const fr = translateStatement(statement, 'fr', {
      kind: 'Déclaration commune',
      title: 'Titre',
      'sections.preamble.paragraphs.1': 'Deux.',
      'achievements.a.label': 'choses',
      'signatories.champions.label': 'Champions (fr)',
      'callToAction.closing.0': 'Maintenant.',
      'challenges.0': 'Difficile.',
    });
    expect(fr.kind).to.deep.equal({ en: 'Joint Statement', fr: 'Déclaration commune' });
    expect(fr.title).to.deep.equal({ en: 'Title', es: 'Título', fr: 'Titre' });
    expect(fr.sections![0].paragraphs).to.deep.equal(['One.', { en: 'Two.', fr: 'Deux.' }]);
    expect(fr.achievements![0]).to.deep.equal({ id: 'a', text: 'Done.', value: 5, label: { en: 'things', fr: 'choses' } });
    expect(fr.signatories![0]).to.deep.equal({
      id: 'champions',
      label: { en: 'Champions', fr: 'Champions (fr)' },
      states: ['AT', 'CH'],
    });
    expect(fr.callToAction).to.deep.equal({ text: 'Act.', closing: [{ en: 'Now.', fr: 'Maintenant.' }] });
    expect(fr.challenges).to.deep.equal([{ en: 'Hard.', fr: 'Difficile.' }]);
    // The statement it was made from is unchanged.
    expect(JSON.stringify(statement)).to.equal(frozen);
  });

  it('copies only what changes: untouched parts are shared', () => {
    const fr = translateStatement(statement, 'fr', { 'achievements.a.text': 'Fait.' });
    expect(fr).to.not.equal(statement);
    expect(fr.achievements).to.not.equal(statement.achievements);
    expect(fr.sections).to.equal(statement.sections);
    expect(fr.signatories).to.equal(statement.signatories);
    expect(fr.signatories![0].states).to.equal(statement.signatories![0].states);
  });

  it('leaves English a missing, empty or blank translation, and ignores a path the statement lacks', () => {
    const same = translateStatement(statement, 'fr', {
      kind: '',
      title: '  ',
      'commitments.x.text': 'Rien',
      'sections.preamble.paragraphs.7': 'Sept.',
    });
    expect(same).to.equal(statement);
    expect(translateStatement(statement, 'fr')).to.equal(statement);
    expect(JSON.stringify(statement)).to.equal(frozen);
  });

  it('takes a later translation over an earlier one, and an empty one does not erase', () => {
    const fr = translateStatement(statement, 'fr', { kind: 'A', challenges: 'x' }, { kind: 'B' }, { kind: '' });
    expect(fr.kind).to.deep.equal({ en: 'Joint Statement', fr: 'B' });
  });

  it('twice, in two languages: both beside the English', () => {
    const both = translateStatement(translateStatement(statement, 'fr', { kind: 'Déclaration' }), 'ar', { kind: 'بيان' });
    expect(both.kind).to.deep.equal({ en: 'Joint Statement', fr: 'Déclaration', ar: 'بيان' });
  });
});

describe('built-in statement translations', () => {
  const short = textPaths(core);
  const long = textPaths(jointStatement22MSPText as Statement);
  const all = textPaths(full);

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('keys its short texts and its long text by paths of the English statement', async () => {
        const { short: s, long: l } = await load(language);
        for (const path of Object.keys(s)) expect(short.has(path), `${language}.ts: ${path}`).to.be.true;
        // The long text's chunk: what only the full text shows (its sections, facts and challenges).
        for (const path of Object.keys(l)) expect(long.has(path) && !short.has(path), `${language}.text.ts: ${path}`).to.be.true;
        for (const path of all.keys()) expect(path in s || path in l, `${language}: ${path} has no key`).to.be.true;
      });

      it('changes nothing of the English statement', async () => {
        const { short: s, long: l } = await load(language);
        const before = JSON.stringify(full);
        translateStatement(full, language, s, l);
        expect(JSON.stringify(full)).to.equal(before);
      });

      it('uses the UN names of the Convention and of States Parties', async () => {
        const { short: s, long: l } = await load(language);
        for (const [path, text] of Object.entries({ ...s, ...l })) {
          if (!text) continue; // still to translate
          const source = english(all.get(path))!;
          if (/Anti-Personnel Mine Ban Convention/.test(source)) expect(text, path).to.match(TERMS[language].convention);
          if (/States Parties/.test(source)) expect(text, path).to.match(TERMS[language].statesParties);
        }
      });
    });
  }
});
