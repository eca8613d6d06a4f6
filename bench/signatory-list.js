// npm run bench (second part) — mbc-signatory-list with 1,000 States in headless
// Chromium: time to the rendered list and to the next frame, and the long tasks
// (over 50 ms: jank) on the way, beside a hand-written list of the same names
// (Intl.DisplayNames + Intl.Collator into a plain <ul>). Prints medians.
//
//   BENCH_RUNS=10      runs per scenario
//   BENCH_NO_BUILD=1   reuse the build in BENCH_DIST (npm run bench builds once, in counters.js)
//   BENCH_DIST=/tmp/mbc-bench-dist   where the library is built (never dist/)
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser.js';
import { startTestServer } from '../scripts/test-server.js';
import { RUNS, DIST, ensureBuild, median } from './support.js';

const COUNT = 1000;
const ENTRY = 'elements/signatory-list.js';

ensureBuild(ENTRY);

/** Every page: 1,000 codes of States CLDR names (repeated as needed), a long-task log, and `__run()`. */
const page = (script, build) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 8px; font: 14px/1.4 system-ui, sans-serif; inline-size: 800px }</style>
${script}</head><body><script type="module">
  const names = new Intl.DisplayNames('en', { type: 'region' });
  const known = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (names.of(code) !== code) known.push(code);
  }
  const states = Array.from({ length: ${COUNT} }, (_, i) => known[(i * 7) % known.length]);
  const longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  window.__run = async () => {
    await nextFrame();
    longTasks.length = 0;
    const start = performance.now();
    const rendered = await (${build})(states);
    const ready = performance.now() - start;
    await nextFrame();
    const frame = performance.now() - start;
    await new Promise((done) => setTimeout(done, 100)); // the long-task observer reports after the task
    return { ready, frame, longest: Math.max(0, ...longTasks), longTasks: longTasks.length, items: rendered };
  };
</script></body></html>`;

const SCENARIOS = {
  'mbc-signatory-list': page(
    `<script type="module" src="/dist/${ENTRY}"></script>`,
    `async (states) => {
      await customElements.whenDefined('mbc-signatory-list');
      const el = document.createElement('mbc-signatory-list');
      const json = document.createElement('script');
      json.type = 'application/json';
      json.textContent = JSON.stringify({ signatories: [{ id: 'many', label: 'Many', states }] });
      el.append(json);
      document.body.append(el);
      await el.dataComplete;
      return el.shadowRoot.querySelectorAll('li').length;
    }`,
  ),
  'plain <ul> (Intl only)': page(
    '',
    `async (states) => {
      const names = new Intl.DisplayNames('en', { type: 'region' });
      const collator = new Intl.Collator('en');
      const ul = document.createElement('ul');
      for (const name of states.map((code) => names.of(code)).sort(collator.compare)) {
        const li = document.createElement('li');
        li.textContent = name;
        ul.append(li);
      }
      document.body.append(ul);
      return ul.children.length;
    }`,
  ),
};

const server = await startTestServer({
  dist: DIST,
  routes: Object.fromEntries(Object.values(SCENARIOS).map((body, i) => [`/bench-${i}.html`, { body }])),
});
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
const results = Object.fromEntries(Object.keys(SCENARIOS).map((name) => [name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [i, name] of Object.keys(SCENARIOS).entries()) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`${server.origin}/bench-${i}.html`);
      await tab.waitForFunction(() => typeof window.__run === 'function');
      const result = await tab.evaluate(() => window.__run());
      if (result.items !== COUNT) throw new Error(`${name} rendered ${result.items} items, not ${COUNT}`);
      results[name].push(result);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const rows = [
  ['rendered (data ready, DOM built)', (r) => ms(median(r.map((x) => x.ready)))],
  ['next frame (styled, laid out, painted)', (r) => ms(median(r.map((x) => x.frame)))],
  ['longest task', (r) => ms(median(r.map((x) => x.longest)))],
  ['long tasks (> 50 ms)', (r) => String(median(r.map((x) => x.longTasks)))],
];
console.log(`\n${COUNT.toLocaleString('en')} States in one list: medians of ${RUNS} runs (Chromium, ${cpus().length} cores)\n`);
const names = Object.keys(SCENARIOS);
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`| ${'per run'.padEnd(width)} | ${names.join(' | ')} |`);
console.log(`| ${'-'.repeat(width)} | ${names.map((n) => '-'.repeat(n.length - 1) + ':').join(' | ')} |`);
for (const [label, cell] of rows)
  console.log(`| ${label.padEnd(width)} | ${names.map((n) => cell(results[n]).padStart(n.length)).join(' | ')} |`);
