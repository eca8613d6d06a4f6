// The JSON Schema is the public contract for feed authors; the hand-written
// validator (src/shared/content/validate-statement.ts) is what runs in the browser.
// Both are held to the same fixtures (test/fixtures/statements.json): this file
// checks the schema (and the built-in statement against it), the browser suite
// checks the validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/statement.schema.json', import.meta.url)));
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/statements.json', import.meta.url)));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test('the built-in statement is valid against the schema', async () => {
  const { jointStatement22MSP } = await import('../../dist/lib/data/joint-statement-22msp.full.js');
  assert.ok(validate(jointStatement22MSP), JSON.stringify(validate.errors, null, 2));
});

for (const data of fixtures.valid) {
  test(`valid: ${JSON.stringify(data).slice(0, 70)}`, () => {
    assert.ok(validate(data), JSON.stringify(validate.errors));
  });
}

for (const { case: name, data } of fixtures.invalid) {
  test(`invalid: ${name}`, () => {
    assert.equal(validate(data), false);
  });
}
