// The look check across engines (scripts/compare-engines.js) passes the same look and
// fails what a style only one engine understands would show: other colours, another
// display, a box moved or resized beyond the text-metrics tolerance, a missing part.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const part = (box, more = {}) => ({ box, color: 'rgb(26, 31, 36)', background: 'rgb(255, 255, 255)', display: 'block', ...more });
const entry = (parts) => ({ tag: 'mbc-quote', language: 'en', theme: 'light', size: [480, 200], parts });
const SAME = { '0:base#0': part([0, 0, 480, 200]), '0:share#0': part([17, 150, 140, 44], { display: 'flex' }) };

/** Runs the comparison over three records: Chromium's `SAME`, Firefox's and WebKit's as given. */
function compare(firefox, webkit = SAME) {
  const dir = mkdtempSync(join(tmpdir(), 'mbc-look-'));
  try {
    for (const [engine, parts] of Object.entries({ chromium: SAME, firefox, webkit })) {
      writeFileSync(join(dir, `look-${engine}.json`), JSON.stringify({ engine, entries: [entry(parts)] }));
    }
    return spawnSync(process.execPath, ['scripts/compare-engines.js'], {
      env: { ...process.env, MBC_LOOK_DIR: dir },
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the same look, and boxes within the text-metrics tolerance, pass', () => {
  assert.equal(compare(SAME).status, 0);
  assert.equal(compare({ ...SAME, '0:share#0': part([18, 156, 143, 44], { display: 'flex' }) }).status, 0);
});

test('other colours, another display, a moved or missing part fail', () => {
  const cases = {
    colour: { ...SAME, '0:base#0': part([0, 0, 480, 200], { background: 'rgba(0, 0, 0, 0)' }) },
    display: { ...SAME, '0:share#0': part([17, 150, 140, 44], { display: 'inline' }) },
    across: { ...SAME, '0:share#0': part([40, 150, 140, 44], { display: 'flex' }) },
    down: { ...SAME, '0:share#0': part([17, 190, 140, 44], { display: 'flex' }) },
    missing: { '0:base#0': SAME['0:base#0'] },
  };
  for (const [what, parts] of Object.entries(cases)) {
    const { status, stderr } = compare(parts);
    assert.equal(status, 1, what);
    assert.match(stderr, /firefox: mbc-quote en light/, what);
  }
});
