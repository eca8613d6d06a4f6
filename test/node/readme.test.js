// The README's element reference is generated from custom-elements.json; this
// fails when an element's documented surface changed and `npm run docs` was not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

test('README element reference matches custom-elements.json', () => {
  assert.doesNotThrow(() => execFileSync('node', ['scripts/readme-api.js', '--check'], { stdio: 'pipe' }));
});
