// `npm run test:all-browsers`: the whole browser suite in Chromium, Firefox and WebKit,
// one engine after the other (each from its Debian package: see test/engines.js), then
// the comparison of how every element looks in the three (scripts/compare-engines.js).
// MBC_ENGINES=firefox,webkit runs only those (CI runs Chromium through `npm test` first,
// whose look record the comparison then uses). MBC_ENGINES_PARALLEL=1 runs them side by
// side (each on a port of its own, its output printed whole when it ends): the two engines
// that are not Chromium then take about the time of one. Prints one line per engine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, engineExecutables, freePort } from '../test/engines.js';

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

/**
 * Runs a command and resolves with its exit code and its last "N passed, N failed (, N
 * skipped)" line. Its output is echoed as it comes, or, `whole`, all at once at the end
 * (so that engines running side by side do not interleave).
 */
function run(command, args, env = {}, whole = false) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    const take = (stream) => (chunk) => (whole ? chunks.push(chunk) : stream.write(chunk));
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    let tail = '';
    child.stdout.on('data', (chunk) => (tail = (tail + chunk).slice(-4000)));
    child.on('close', (code) => {
      if (whole) process.stdout.write(Buffer.concat(chunks));
      const counts = [...tail.matchAll(/(\d+) passed, (\d+) failed(, \d+ skipped)?/g)].at(-1);
      resolve({ code, counts: counts ? counts[0] : 'no count' });
    });
  });
}

// The suites list the elements from custom-elements.json (made by the build's analyze step).
if (!existsSync('custom-elements.json')) {
  const { code } = await run('npm', ['run', 'analyze']);
  if (code) process.exit(code);
}

const parallel = process.env.MBC_ENGINES_PARALLEL === '1';
const runEngine = async (engine) => {
  const started = Date.now();
  const env = { MBC_ENGINE: engine, ...(parallel ? { MBC_TEST_PORT: String(await freePort()) } : {}) };
  const { code, counts } = await run('npx', ['wtr'], env, parallel);
  return { code, line: `${engine}: ${counts} (${Math.round((Date.now() - started) / 1000)} s)${code ? ` — exit ${code}` : ''}` };
};
const results = [];
if (parallel) results.push(...(await Promise.all(engines.map(runEngine))));
else for (const engine of engines) results.push(await runEngine(engine));
const summary = results.map((result) => result.line);
let failed = results.some((result) => result.code !== 0);
const look = await run('node', ['scripts/compare-engines.js']);
failed ||= look.code !== 0;

console.log(`\nEngines:\n  ${summary.join('\n  ')}\n  look across engines: ${look.code ? 'differences (above)' : 'the same'}`);
process.exit(failed ? 1 : 0);
