import { expect } from '@open-wc/testing';
import { jointStatement22MSP as statement } from './joint-statement-22msp.full.js';
import type { Text } from '../shared/content/statement.js';
import { validateStatement } from '../shared/content/validate-statement.js';

// The seed text the dataset was transcribed from (served by test/routes.js).
const seed = await (await fetch('/test-api/seed')).text();
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const english = (text: Text | undefined): string => (text === undefined ? '' : typeof text === 'string' ? text : text.en);

/** Seed blocks: paragraphs and list items, without Markdown bullets, numbers and bold. */
const seedBlocks = seed
  .split(/\n+/)
  .map((line) => fold(line.replace(/^(- |\d+\. )/, '').replace(/\*\*/g, '')))
  .filter(Boolean);
const byLine = seedBlocks.find((block) => block.startsWith('By:'))!;

/** The statement's texts in the order the full statement shows them. */
const documentOrder = [
  english(statement.title),
  english(statement.meeting),
  english(statement.kind),
  ...(statement.sections ?? []).flatMap((section) => [
    ...(section.heading ? [english(section.heading)] : []),
    ...section.paragraphs.map(english),
    ...(section.list === 'achievements'
      ? (statement.achievements ?? []).filter((a) => a.inList !== false).map((a) => english(a.text))
      : section.list === 'commitments'
        ? (statement.commitments ?? []).map((c) => english(c.text))
        : []),
  ]),
  english(statement.callToAction?.text),
  ...(statement.callToAction?.closing ?? []).map(english),
];

describe('built-in statement (joint-statement-22msp)', () => {
  it('is valid by the run-time validator', () => {
    expect(validateStatement(statement).ok).to.be.true;
  });

  it('holds every block of the seed except the signatory line, in order', () => {
    const missing = seedBlocks.filter((block) => block !== byLine && !documentOrder.includes(block));
    expect(missing).to.deep.equal([]);
    const expected = seedBlocks.filter((block) => block !== byLine);
    expect(documentOrder).to.deep.equal(expected);
  });

  it('invents nothing: every sentence in the data is in the seed', () => {
    const facts = [...(statement.achievements ?? []), ...(statement.humanCost ?? [])];
    const sentences = [
      ...facts.map((f) => english(f.text)),
      ...(statement.challenges ?? []).map(english),
      english(statement.quote?.text),
    ];
    for (const sentence of sentences) expect(fold(seed), sentence).to.contain(sentence);
  });

  it("every figure is the one its sentence states, and its label uses the sentence's words", () => {
    const words = (s: string) => s.toLowerCase().match(/[a-z-]+/g) ?? [];
    const numeric = [...(statement.achievements ?? []), ...(statement.humanCost ?? [])].filter((f) => f.value !== undefined);
    expect(numeric.map((f) => f.id)).to.include.members(['stockpiles-destroyed', 'casualties-fallen']);
    for (const fact of numeric) {
      const text = english(fact.text);
      const stated =
        fact.value === 55_000_000 ? '55 million' : fact.id === 'member-states-bound' ? 'three-quarters' : String(fact.value);
      expect(text, fact.id).to.contain(stated);
      const qualifier = english(fact.qualifier).toLowerCase();
      if (qualifier) expect(text.toLowerCase(), fact.id).to.contain(qualifier);
      // "of" and "are" join the statement's words where a figure is pulled out of the sentence.
      const allowed = new Set([...words(text), 'of', 'are', 'in', 'fall', 'destroyed', 'civilians']);
      for (const word of words(english(fact.label))) expect(allowed.has(word), `${fact.id}: "${word}"`).to.be.true;
    }
    const stockpiles = statement.achievements!.find((a) => a.id === 'stockpiles-destroyed')!;
    expect(stockpiles).to.include({ value: 55_000_000, format: 'compact', qualifier: 'Over' });
    const casualties = statement.achievements!.find((a) => a.id === 'casualties-fallen')!;
    expect(casualties).to.include({ value: 75, format: 'percent', qualifier: 'More than' });
  });

  it('names the eleven Champions and the seven other States Parties of the signatory line', () => {
    const [champions, supporters] = statement.signatories!;
    expect(champions.id).to.equal('champions');
    expect(supporters.id).to.equal('supporters');
    expect(champions.states).to.have.length(11);
    expect(supporters.states).to.have.length(7);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    // CLDR says "Congo - Kinshasa" where the seed says "Democratic Republic of Congo".
    const seedName = (code: string) => (code === 'CD' ? 'Democratic Republic of Congo' : names.of(code)!);
    const [, championsText, supportersText] = byLine.match(/Campaign (.*) and other State Parties (.*)\.$/)!;
    const listed = (text: string) => text.split(/, | and /).map((s) => s.trim());
    expect(champions.states.map(seedName)).to.deep.equal(listed(championsText));
    expect(supporters.states.map(seedName)).to.deep.equal(listed(supportersText));
    expect(byLine).to.contain(english(champions.label));
    // The one correction to the seed: "other State Parties" is "other States Parties" in United Nations style.
    expect(english(supporters.label)).to.equal('other States Parties');
    expect(byLine).to.contain('other State Parties');
  });

  it('has the four commitments and the closing call', () => {
    expect(statement.commitments).to.have.length(4);
    expect(english(statement.callToAction?.text)).to.match(/^We call upon all States Parties/);
  });
});
