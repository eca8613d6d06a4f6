/*
 * What a reviewer of UN terminology found in the translations (issue 15), each held by a
 * test over the built-in statement's translations and the UI strings (XLIFF targets), so
 * that a later edit cannot bring a finding back.
 */
import { expect } from '@open-wc/testing';
import { translation as arShort } from '../../../src/data/translations/ar.js';
import { translation as esShort } from '../../../src/data/translations/es.js';
import { translation as esLong } from '../../../src/data/translations/es.text.js';
import { translation as frShort } from '../../../src/data/translations/fr.js';
import { translation as frLong } from '../../../src/data/translations/fr.text.js';
import { translation as ruShort } from '../../../src/data/translations/ru.js';
import { translation as ruLong } from '../../../src/data/translations/ru.text.js';
import { translation as zhShort } from '../../../src/data/translations/zh.js';
import { translation as zhLong } from '../../../src/data/translations/zh.text.js';
import { jointStatement22MSP } from '../../../src/data/joint-statement-22msp.js';
import { jointStatement22MSPText } from '../../../src/data/joint-statement-22msp.text.js';
import { loadTranslations, translationUnits } from './support.js';

/** Every text of a language: the statement's translations and the UI strings' targets. */
const texts = (language: 'ar' | 'es' | 'fr' | 'ru' | 'zh', ...translations: Record<string, string>[]) => [
  ...translations.flatMap((t) => Object.entries(t).map(([path, text]) => ({ where: path, text }))),
  ...translationUnits(language).map((unit) => ({ where: `xliff ${unit.id}`, text: unit.target })),
];
const offending = (list: { where: string; text: string }[], pattern: RegExp) =>
  list.filter(({ text }) => pattern.test(text)).map(({ where, text }) => `${where}: ${text}`);

describe("the UN terminology reviewer's findings", () => {
  before(loadTranslations);

  it('English: no serial comma, and "States Parties"', () => {
    const supporters = jointStatement22MSP.signatories!.find((group) => group.id === 'supporters')!;
    expect(supporters.label).to.equal('other States Parties');
    const english = JSON.stringify({ ...jointStatement22MSP, ...jointStatement22MSPText });
    expect(english).not.to.match(/State Parties/);
  });

  it('Arabic: the casualties label is a phrase of its own, no digits in it', () => {
    const label = arShort['achievements.casualties-fallen.label']!;
    expect(label).to.match(/^[\p{Script=Arabic}\s]+$/u);
    expect(label.split(/\s+/).length).to.be.at.least(3);
  });

  it('Russian: the dash form of "States Parties", the quote, "получают увечья", survivor care in Russian word order', () => {
    const all = texts('ru', ruShort, ruLong);
    expect(offending(all, /государств[а-я]*-участник/)).to.deep.equal([]);
    expect(ruShort['callToAction.text']).to.include('государства — участники Конвенции');
    expect(ruShort['quote.text']).to.equal('Человеческие потери от противопехотных мин по-прежнему неприемлемы');
    expect(offending(all, /калек/)).to.deep.equal([]);
    expect(ruLong['humanCost.survivors.text']).to.include('получают увечья');
    // The subject first, as Russian puts it: "Выжившие … получают …".
    expect(ruShort['achievements.survivor-care.text']).to.match(/^Выжившие/);
  });

  it('Chinese: 联署国 (not 签署国), no space after 逾 or 超过, no label line starting with 枚 or 的, 污名化', () => {
    const all = texts('zh', zhShort, zhLong);
    expect(offending(all, /签署国/)).to.deep.equal([]);
    expect(translationUnits('zh').find((unit) => unit.source === 'Signatories')!.target).to.include('联署国');
    expect(offending(all, /(逾|超过)\s/)).to.deep.equal([]);
    const labels = Object.entries({ ...zhShort, ...zhLong }).filter(([path]) => path.endsWith('.label'));
    expect(labels.length).to.be.at.least(4);
    for (const [path, label] of labels) expect(label, path).not.to.match(/^[枚的]/);
    expect(zhShort['achievements.global-norm.text']).to.include('污名化');
  });

  it('French: a narrow no-break space before : ; ! ? and %, and one apostrophe (’)', () => {
    const all = texts('fr', frShort, frLong);
    expect(offending(all, /[^\u202f][:;!?%]/)).to.deep.equal([]);
    expect(offending(all, /'/)).to.deep.equal([]);
  });

  it('Spanish: "actividades relativas a las minas" for mine action, a no-break space before %', () => {
    const all = texts('es', esShort, esLong);
    expect(offending(all, /acción contra las minas|acción antiminas/i)).to.deep.equal([]);
    expect(esShort['commitments.strengthen-mine-action.text']).to.include('actividades relativas a las minas');
    expect(offending(all, /[^\u00a0]%/)).to.deep.equal([]);
  });
});
