// `npm run test:all-browsers`: the whole browser suite in Chromium, Firefox and WebKit,
// one engine after the other (each from its Debian package: see test/engines.js), then
// the comparison of how every element looks in the three (scripts/compare-engines.js).
// MBC_ENGINES=firefox,webkit runs only those (CI runs Chromium through `npm test` first,
// whose look record the comparison then uses). Prints one line per engine at the end.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, engineExecutables } from '../test/engines.js';

const engines = (process.env.MBC_ENGINES ?? ENGINES.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const engine of engines) {
  if (!ENGINES.includes(engine)) {
    console.error(`MBC_ENGINES: "${engine}" is not one of ${ENGINES.join(', ')}.`);
    process.exit(2);
  }
  const { missing } = engineExecutables(engine);
  if (missing.length) {
    console.error(
      `${engine}: not found: ${missing.join(', ')}. On Debian: apt-get install chromium firefox-esr webkit2gtk-driver xvfb xsettingsd xdotool.`,
    );
    process.exit(2);
  }
}

/** Runs a command, echoing its output, and resolves with its exit code and its last "N passed, N failed" line. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code) => {
      const counts = [...tail.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      resolve({ code, counts: counts ? `${counts[1]} passed, ${counts[2]} failed` : 'no count' });
    });
  });
}

// The suites list the elements from custom-elements.json (made by the build's analyze step).
if (!existsSync('custom-elements.json')) {
  const { code } = await run('npm', ['run', 'analyze']);
  if (code) process.exit(code);
}

const summary = [];
let failed = false;
for (const engine of engines) {
  const started = Date.now();
  const { code, counts } = await run('npx', ['wtr'], { MBC_ENGINE: engine });
  summary.push(`${engine}: ${counts} (${Math.round((Date.now() - started) / 1000)} s)${code ? ` — exit ${code}` : ''}`);
  failed ||= code !== 0;
}
const look = await run('node', ['scripts/compare-engines.js']);
failed ||= look.code !== 0;

console.log(`\nEngines:\n  ${summary.join('\n  ')}\n  look across engines: ${look.code ? 'differences (above)' : 'the same'}`);
process.exit(failed ? 1 : 0);
