// The engine exceptions (test/engine-exceptions.js) stay true: each names a test that
// exists, in a file that loads the commands module which marks it pending, with a reason.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENGINES } from '../engines.js';
import { EXCEPTIONS } from '../engine-exceptions.js';

/** Every browser suite's source (beside its element, or in test/browser/), for the titles it declares. */
function suitesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return suitesIn(path);
    return entry.name.endsWith('.test.ts') ? [{ path, source: readFileSync(path, 'utf8') }] : [];
  });
}

test('every engine exception names a test of the suite, with a reason', () => {
  const files = [...suitesIn('src'), ...suitesIn('test/browser')];
  for (const engine of ENGINES) {
    for (const { title, reason } of EXCEPTIONS[engine]) {
      const holding = files.filter(({ source }) => source.includes(title));
      assert.ok(holding.length, `${engine}: no test is titled "${title}"`);
      for (const { path, source } of holding)
        assert.match(source, /from '(\.\.\/)+(test\/browser\/)?commands\.js'/, `${path} imports test/browser/commands.ts`);
      assert.ok(reason && reason.length > 20, `${engine}: "${title}" needs a reason`);
    }
  }
});
