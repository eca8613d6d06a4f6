// Prints the gzip size of every file in dist/ (not dist/lib, the npm build) and
// of what each entry really downloads (itself plus its static imports), and
// fails when one is over the budget in DESIGN.md.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
const KB = 1024;
const BUDGETS = [
  { label: 'whole bundle (mine-ban-widgets.js + its imports)', entry: 'mine-ban-widgets.js', lazy: ['chunks/joint-statement-22msp'], max: 20 * KB },
  { label: 'loader (loader.js + its imports)', entry: 'loader.js', max: 1.5 * KB },
  { label: 'page with only a counter (elements/achievement-counter.js + its imports)', entry: 'elements/achievement-counter.js', max: 9 * KB },
];
const LOCALE_MAX = 2 * KB;

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const files = walk(DIST).filter((f) => f.endsWith('.js') && !f.startsWith('lib/'));

/** The file and every module it imports statically, transitively. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g)) {
    closure(relative(DIST, resolve(dirname(join(DIST, entry)), spec)), seen);
  }
  return seen;
}

const dynamicOf = (entry) => {
  const out = new Set();
  for (const file of closure(entry)) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, spec] of code.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)) {
      out.add(relative(DIST, resolve(dirname(join(DIST, file)), spec)));
    }
  }
  return out;
};

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
console.log('gzip size of each file in dist/:');
for (const file of files.sort()) console.log(`  ${fmt(gz(file)).padStart(9)}  ${file}`);

let failed = false;
console.log('\nbudgets (gzip, with static imports):');
for (const { label, entry, max, lazy = [] } of BUDGETS) {
  if (!existsSync(join(DIST, entry))) {
    console.log(`  ${'n/a'.padStart(9)}  ${label}: not built yet`);
    continue;
  }
  const deps = closure(entry);
  // The whole bundle counts the built-in statement too, though it arrives as its own chunk.
  for (const dyn of dynamicOf(entry)) if (lazy.some((prefix) => dyn.startsWith(prefix))) deps.add(dyn);
  const total = gzipSync(Buffer.concat([...deps].map((f) => readFileSync(join(DIST, f)))), { level: 9 }).length;
  const ok = total <= max;
  failed ||= !ok;
  console.log(`  ${fmt(total).padStart(9)}  ${label} — budget ${fmt(max)} ${ok ? 'ok' : 'OVER BUDGET'}`);
}
for (const file of files.filter((f) => f.startsWith('locales/'))) {
  const size = gz(file);
  const ok = size <= LOCALE_MAX;
  failed ||= !ok;
  console.log(`  ${fmt(size).padStart(9)}  locale ${file} — budget ${fmt(LOCALE_MAX)} ${ok ? 'ok' : 'OVER BUDGET'}`);
}
if (failed) {
  console.error('\nSize check failed: a file is over its budget.');
  process.exit(1);
}

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}
