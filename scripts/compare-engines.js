// Holds the three engines' records of how every element looks side by side
// (.engines/look-<engine>.json, written by test/browser/engines/look.test.ts in each
// engine's run), so that a style only one engine understands is caught: every part of
// every element, in English and Arabic, light and dark, must have the same colours and a
// box within a few pixels of Chromium's in Firefox and WebKit. Fonts are the same
// (fontconfig's), so boxes differ by how engines measure and shape text: a few pixels
// across (x and width: 4 px and 3% of the box), and down the widget as a line wraps one
// word earlier in one engine (y and height: 4 px and 5% of the host's height). A style one
// engine ignores moves a box by more, or changes its colours or display.
//
//   node scripts/compare-engines.js        (after npm run test:all-browsers, which runs it)
import { existsSync, readFileSync } from 'node:fs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
/** Where the records are (test/node/compare-engines.test.js points it elsewhere). */
const DIR = process.env.MBC_LOOK_DIR ?? '.engines';
const REFERENCE = 'chromium';
/** px allowed: across, 4 px and 3% of the box's width; down, 4 px and 5% of the host's height. */
const TOLERANCE = { base: 4, across: 0.03, down: 0.05 };

const records = Object.fromEntries(
  ENGINES.filter((engine) => existsSync(`${DIR}/look-${engine}.json`)).map((engine) => [
    engine,
    JSON.parse(readFileSync(`${DIR}/look-${engine}.json`, 'utf8')),
  ]),
);
const missing = ENGINES.filter((engine) => !records[engine]);
if (missing.length) {
  console.error(`compare-engines: no record for ${missing.join(', ')} (run npm run test:all-browsers).`);
  process.exit(1);
}

const keyOf = (entry) => `${entry.tag} ${entry.language} ${entry.theme}`;
const byKey = (engine) => new Map(records[engine].entries.map((entry) => [keyOf(entry), entry]));
const reference = byKey(REFERENCE);
const problems = [];
const worst = {};

for (const engine of ENGINES.filter((name) => name !== REFERENCE)) {
  const theirs = byKey(engine);
  worst[engine] = { px: 0, where: '' };
  for (const [key, ours] of reference) {
    const other = theirs.get(key);
    if (!other) {
      problems.push(`${engine}: ${key} was not recorded`);
      continue;
    }
    for (const [part, mine] of Object.entries(ours.parts)) {
      const that = other.parts[part];
      if (!that) {
        problems.push(`${engine}: ${key}: part ${part} is missing`);
        continue;
      }
      if (mine.display !== that.display)
        problems.push(`${engine}: ${key}: ${part} is display ${that.display}, ${REFERENCE} ${mine.display}`);
      for (const field of ['color', 'background']) {
        if (mine[field] !== that[field])
          problems.push(`${engine}: ${key}: ${part} ${field} ${that[field]}, ${REFERENCE} ${mine[field]}`);
      }
      const [x, y, width, height] = mine.box.map((value, i) => Math.abs(value - that.box[i]));
      const across = TOLERANCE.base + TOLERANCE.across * mine.box[2];
      const down = TOLERANCE.base + TOLERANCE.down * ours.size[1];
      const diff = Math.max(x, width, y, height);
      if (diff > worst[engine].px) worst[engine] = { px: diff, where: `${key} ${part}` };
      if (Math.max(x, width) > across || Math.max(y, height) > down) {
        problems.push(
          `${engine}: ${key}: ${part} box [${that.box}] vs ${REFERENCE} [${mine.box}] (across ${Math.max(x, width).toFixed(1)} of ${across.toFixed(1)} px allowed, down ${Math.max(y, height).toFixed(1)} of ${down.toFixed(1)})`,
        );
      }
    }
    for (const part of Object.keys(other.parts))
      if (!ours.parts[part]) problems.push(`${engine}: ${key}: part ${part} only in ${engine}`);
  }
}

const parts = [...reference.values()].reduce((n, entry) => n + Object.keys(entry.parts).length, 0);
console.log(
  `compare-engines: ${reference.size} renderings, ${parts} parts each in ${ENGINES.join(', ')}; largest box difference from ${REFERENCE}: ` +
    Object.entries(worst)
      .map(([engine, { px, where }]) => `${engine} ${px.toFixed(1)} px (${where})`)
      .join('; '),
);
if (problems.length) {
  console.error(`compare-engines: ${problems.length} differences:\n  ${problems.slice(0, 60).join('\n  ')}`);
  process.exit(1);
}
console.log('compare-engines: the same look in every engine.');
