// Prints the gzip size of every file in dist/ (not dist/lib, the npm build) and
// of what each entry really downloads (itself plus its static imports, each file
// compressed on its own as a server sends it), and fails when one is over the
// budget in DESIGN.md.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
const KB = 1024;
const BUDGETS = [
  // What an English page with every widget and the built-in statement downloads: the
  // single-file bundle, with Lit, the built-in statement and the English UN names
  // inside. Code for `src`/inline JSON, the statement's long text and other languages'
  // chunks load only where used; the "everything" line below counts them too.
  {
    label: 'whole bundle (mine-ban-widgets.js, with Lit and the built-in statement)',
    entry: 'mine-ban-widgets.js',
    max: 24 * KB,
  },
  { label: 'loader (loader.js + its imports)', entry: 'loader.js', max: 1.5 * KB },
  {
    label: 'page with only a counter (elements/achievement-counter.js + its imports)',
    entry: 'elements/achievement-counter.js',
    max: 10 * KB,
  },
];
/**
 * A language's own chunk: its UI strings (locales/<lang>.js), the UN country names, and
 * the built-in statement's translation (src/data/translations/<lang>.ts: the short texts,
 * and <lang>.text.ts: the long text, loaded only where the full text shows).
 */
const LANGUAGE_CHUNK =
  /^(locales\/(bundle\/)?(joint-statement-22msp\.)?|chunks\/un-country-names\.)(ar|es|fr|ru|zh)(\.text)?[.-]/;
/** The budget of a language's chunk (DESIGN.md): 4 KB for a long-text translation, 2 KB for the others. */
const languageBudget = (file) => (/(ar|es|fr|ru|zh)\.text[.-]/.test(file) ? 4 * KB : 2 * KB);

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
/** What the files cost over the network: each is compressed on its own. */
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
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
for (const { label, entry, max } of BUDGETS) {
  if (!existsSync(join(DIST, entry))) {
    console.log(`  ${'n/a'.padStart(9)}  ${label}: not built yet`);
    continue;
  }
  const deps = closure(entry);
  const total = sum(deps);
  const ok = total <= max;
  failed ||= !ok;
  console.log(`  ${fmt(total).padStart(9)}  ${label} — budget ${fmt(max)} ${ok ? 'ok' : `OVER BUDGET by ${fmt(total - max)}`}`);
}
{
  // For information: everything the bundle can load, every lazy chunk included, but one language's.
  const everything = new Set(closure('mine-ban-widgets.js'));
  for (let grew = true; grew;) {
    grew = false;
    for (const file of [...everything]) {
      for (const dyn of dynamicOf(file)) {
        if (LANGUAGE_CHUNK.test(dyn) || everything.has(dyn)) continue;
        for (const dep of closure(dyn)) {
          if (everything.has(dep)) continue;
          everything.add(dep);
          grew = true;
        }
      }
    }
  }
  console.log(
    `  ${fmt(sum(everything)).padStart(9)}  (for information) everything the bundle can load, src/inline-JSON code and long text included, English only`,
  );
}
for (const file of files.filter((f) => LANGUAGE_CHUNK.test(f))) {
  const size = gz(file);
  const max = languageBudget(file);
  const ok = size <= max;
  failed ||= !ok;
  console.log(`  ${fmt(size).padStart(9)}  language ${file} — budget ${fmt(max)} ${ok ? 'ok' : 'OVER BUDGET'}`);
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
