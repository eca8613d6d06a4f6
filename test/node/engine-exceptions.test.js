// The engine exceptions (test/engine-exceptions.js) stay true: each names a test that
// exists, with a reason, and leaves out only what its title says.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENGINES } from '../engines.js';
import { EXCEPTIONS, mochaExceptions } from '../engine-exceptions.js';

/** Every suite's source, for the titles it declares. */
function suites(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return suites(path);
    return entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

test('every engine exception names a test of the suite, with a reason', () => {
  const sources = suites().join('\n');
  for (const engine of ENGINES) {
    for (const { title, reason } of EXCEPTIONS[engine]) {
      assert.ok(sources.includes(title), `${engine}: no test is titled "${title}"`);
      assert.ok(reason && reason.length > 20, `${engine}: "${title}" needs a reason`);
    }
  }
});

test("Mocha's grep leaves out exactly the listed titles", () => {
  const { grep, invert } = mochaExceptions('webkit');
  assert.equal(invert, true);
  const pattern = new RegExp(grep);
  assert.ok(pattern.test('hostile pages: accessibility matrix mbc-quote 200% text: nothing clipped at 640 and 320 px, in en and ar'));
  assert.ok(pattern.test('mbc-quote accessibility in forced colours the quote rule and the button border use system colours'));
  assert.ok(!pattern.test('mbc-quote accessibility theme="auto" follows the reader\'s dark setting'));
  assert.deepEqual(mochaExceptions('chromium'), {});
});
