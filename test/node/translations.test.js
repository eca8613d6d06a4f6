// Every UI string (each msg() that `lit-localize extract` finds in src/, so new
// elements are covered without a change here) has a translation in every target
// language, plural families have all six categories, and src/locales/ is what
// `npm run localize` builds from xliff/. See scripts/check-translations.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeProblems, translationStatus } from '../../scripts/check-translations.js';

test('every UI string is translated into ar, es, fr, ru and zh, and src/locales/ is up to date', async () => {
  const status = await translationStatus();
  assert.ok(status.sourceMessages > 0, 'no msg() found: is lit-localize.json reading src/?');
  assert.deepEqual(describeProblems(status), []);
});
