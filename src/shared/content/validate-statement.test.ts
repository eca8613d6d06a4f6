import { expect } from '@open-wc/testing';
import { validateStatement } from './validate-statement.js';

interface Fixtures {
  valid: unknown[];
  invalid: Array<{ case: string; data: unknown; path: string }>;
}
// The same fixtures the JSON Schema is tested against (test/node/schema.test.js).
const fixtures: Fixtures = await (await fetch('/test/fixtures/statements.json')).json();

describe('validateStatement', () => {
  for (const data of fixtures.valid) {
    it(`accepts ${JSON.stringify(data).slice(0, 70)}`, () => {
      const result = validateStatement(data);
      expect(result.ok, JSON.stringify(result)).to.be.true;
    });
  }

  for (const { case: name, data, path } of fixtures.invalid) {
    it(`refuses ${name}, naming ${path}`, () => {
      const result = validateStatement(data);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.issue.path).to.equal(path);
    });
  }

  it('keeps only known fields, so unknown ones never reach an element', () => {
    const result = validateStatement({ title: 'T', onclick: 'alert(1)', extra: { deep: true } });
    expect(result.ok && result.statement).to.deep.equal({ title: 'T' });
  });

  it('leaves Object.prototype clean with __proto__ and constructor.prototype keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, ' +
        '"title": {"en": "T", "__proto__": {"polluted": "yes"}}, ' +
        '"commitments": [{"id": "a", "text": "b", "__proto__": {"polluted": "yes"}}]}',
    );
    const result = validateStatement(hostile);
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).to.be.undefined;
    // "__proto__" is not a language tag, so that text map is refused as a whole.
    expect(result.ok).to.be.false;
    const clean = validateStatement(
      JSON.parse('{"__proto__": {"polluted": "yes"}, "commitments": [{"id": "a", "text": "b", "__proto__": {"x": 1}}]}'),
    );
    expect(clean.ok).to.be.true;
    if (clean.ok) {
      expect(Object.getPrototypeOf(clean.statement)).to.equal(Object.prototype);
      expect((clean.statement as Record<string, unknown>).polluted).to.be.undefined;
      expect((clean.statement.commitments![0] as unknown as Record<string, unknown>).x).to.be.undefined;
    }
  });

  it('refuses strings over 20,000 characters and lists over 10,000 items', () => {
    expect(validateStatement({ title: 'x'.repeat(20_001) }).ok).to.be.false;
    expect(validateStatement({ challenges: Array(10_001).fill('x') }).ok).to.be.false;
    expect(validateStatement({ challenges: Array(10_000).fill('x') }).ok).to.be.true;
  });

  it('refuses values that are not finite numbers', () => {
    for (const value of [null, '1', true, [], {}]) {
      expect(validateStatement({ achievements: [{ id: 'a', text: 'b', value }] }).ok, String(value)).to.be.false;
    }
  });
});
