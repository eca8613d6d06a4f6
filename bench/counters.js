// npm run bench — 200 counters side by side in headless Chromium, over the Chrome
// DevTools Protocol: mbc-achievement-counter, 200 CountUp.js instances, the counter's
// box driven by hand (no library at work), and a hand-written vanilla
// requestAnimationFrame loop. Prints a table of medians.
//
//   BENCH_RUNS=10      runs (each run loads every scenario once, in rotating order)
//   BENCH_NO_BUILD=1   reuse the last build in BENCH_DIST instead of building again
//   BENCH_DIST=/tmp/mbc-bench-dist   where the library is built (never dist/)
//   BENCH_TRACE=1      instead of the table: thread time per frame of each rendering
//                      phase (script, style, layout, prepaint, paint, composite), from
//                      devtools.timeline traces, median of BENCH_RUNS runs
//   BENCH_ONLY=name[,name]   only those scenarios
//   BENCH_COUNTERS=200 how many counters each page animates
//
// All four count the same 200 values from 0 in 2 s with the same ease-out (cubic)
// curve (CountUp.js is given it: its default is linear, then ease-out expo), on the
// same grid with the same fonts and sizes. Each run also runs each page once with its
// figures centred, for the layout shift alone.
//
// Nothing comes from the network: pages, the library build and CountUp.js are served
// by a local server; the browser is the system's Chromium (scripts/browser.js).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser.js';
import { DIST, ROOT, RUNS, ensureBuild, median } from './support.js';

const COUNT = Math.max(1, Number(process.env.BENCH_COUNTERS ?? 200));
const DURATION = 2000;
const COUNTUP = join(ROOT, 'node_modules/countup.js/dist/countUp.min.js');
const ENTRY = 'elements/achievement-counter.js';

// ---------------------------------------------------------------- build
ensureBuild(ENTRY);

// ---------------------------------------------------------------- pages
const values = Array.from({ length: COUNT }, (_, i) => 1000 + i * 98_765);
const style = `
  body { margin: 8px; font: 14px/1.4 system-ui, sans-serif; }
  .grid { display: grid; grid-template-columns: repeat(8, 1fr); gap: 4px 12px; }
  .item { font-size: 14px; }
  .fig { display: block; font-weight: 700; font-size: 20px; }
  mbc-achievement-counter, .box { --mbc-counter-font-size: 20px; }
`;
/** Shared by every page: layout-shift total, a frame meter, and a hook to run the animation. */
const meter = `
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  /**
   * Counts frames (rAF timestamps) until done() says the animation is over. With
   * __track set (the centred runs only: it reads layout), also where the last figure's
   * text starts at each frame, in __starts.
   */
  window.__starts = [];
  window.__frames = (done) => new Promise((resolve) => {
    const stamps = [];
    const range = document.createRange();
    const tick = (now) => {
      stamps.push(now);
      if (window.__track) {
        range.selectNodeContents(__figure());
        __starts.push(range.getBoundingClientRect().left);
      }
      if (done()) resolve(stamps); else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  /** Resolves after the first frame with everything on screen has been rendered (rAF, then the task after paint). */
  window.__afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
`;

/** Centred figures, as many campaign sites set them: a figure that grows from the middle moves. */
const centred = `.item, mbc-achievement-counter::part(base), .box::part(base) { text-align: center; }`;

function page(body, script) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><style>${style}</style>
<script>${meter}</script></head><body>${body}<script type="module">${script}</script></body></html>`;
}

const label = (i) => `figure ${i + 1}`;

/**
 * The vanilla loop, for a page that defines `values`, `format` and `nodes` (the text
 * nodes it writes) and `t0`: one rAF loop for all, ease-out, format, write the text.
 */
const plainLoop = (autostart) => `let running = false;
      function go() {
        let start = -1;
        running = true;
        const frame = (now) => {
          if (start < 0) start = now;
          const t = Math.min(1, (now - start) / ${DURATION});
          const e = 1 - (1 - t) ** 3;
          for (let i = 0; i < nodes.length; i++) {
            const text = format.format(Math.round(values[i] * e));
            if (nodes[i].data !== text) nodes[i].data = text;
          }
          if (t < 1) requestAnimationFrame(frame); else running = false;
        };
        requestAnimationFrame(frame);
      }
      if (${autostart}) go();
      window.__startup = (await __afterFrame()) - t0;
      window.__figure = () => nodes.at(-1).parentNode;
      window.__go = () => { go(); return __frames(() => !running); };
      window.__ready = true;`;

/** Each scenario: HTML for its COUNT counters, and a module that defines window.__go() (start all, resolve at the end). */
const SCENARIOS = {
  'mbc-achievement-counter': (autostart) =>
    page(
      `<div class="grid">${values
        .map(
          (v, i) =>
            `<mbc-achievement-counter class="item" value="${v}" duration="${DURATION}" start="${autostart ? 'load' : 'manual'}" label="${label(i)}"></mbc-achievement-counter>`,
        )
        .join('')}</div>`,
      `const t0 = performance.now();
      await import('/dist/${ENTRY}');
      const els = [...document.querySelectorAll('mbc-achievement-counter')];
      await Promise.all(els.map((el) => el.updateComplete));
      window.__startup = (await __afterFrame()) - t0;
      let ended = 0;
      document.addEventListener('mbc-counter-end', () => ended++);
      window.__figure = () => els.at(-1).shadowRoot.querySelector('.digits');
      window.__go = () => { for (const el of els) el.start(); return __frames(() => ended >= els.length); };
      window.__ready = true;`,
    ),
  'CountUp.js': (autostart) =>
    page(
      `<div class="grid">${values.map((_, i) => `<div class="item"><span class="fig">0</span>${label(i)}</div>`).join('')}</div>`,
      `const t0 = performance.now();
      const { CountUp } = await import('/countup/countUp.min.js');
      const values = ${JSON.stringify(values)};
      // The same easing as the other two (ease-out cubic over the whole duration), not
      // CountUp's default (linear to 333 short of the end, then ease-out expo).
      const easingFn = (t, b, c, d) => b + c * (1 - (1 - t / d) ** 3);
      let ended = 0;
      const counters = [...document.querySelectorAll('.fig')].map((el, i) =>
        new CountUp(el, values[i], { duration: ${DURATION / 1000}, easingFn, smartEasingThreshold: Infinity, onCompleteCallback: () => ended++ }));
      if (${autostart}) counters.forEach((c) => c.start());
      window.__startup = (await __afterFrame()) - t0;
      window.__figure = () => document.querySelectorAll('.fig')[${COUNT - 1}];
      window.__go = () => { counters.forEach((c) => c.start()); return __frames(() => ended >= counters.length); };
      window.__ready = true;`,
    ),
  // The counter's box with no library at work: one real counter lends its shadow tree
  // and its styles to COUNT plain elements, then a plain loop (the vanilla one) writes
  // their digits. What ours costs beyond this column is the library's; what this
  // column costs beyond the vanilla one is the box (zero shift, accessible text).
  'same box, by hand': (autostart) =>
    page(
      `<div class="grid">${values.map(() => `<div class="item box"></div>`).join('')}</div>`,
      `const t0 = performance.now();
      await import('/dist/${ENTRY}');
      const values = ${JSON.stringify(values)};
      const labels = ${JSON.stringify(values.map((_, i) => label(i)))};
      const format = new Intl.NumberFormat('en');
      const model = Object.assign(document.createElement('mbc-achievement-counter'), { value: 1, label: 'x' });
      model.setAttribute('start', 'manual');
      document.body.append(model);
      await model.updateComplete;
      const { adoptedStyleSheets, innerHTML } = model.shadowRoot;
      model.remove();
      const nodes = [...document.querySelectorAll('.box')].map((box, i) => {
        const root = box.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = adoptedStyleSheets;
        root.innerHTML = innerHTML;
        const final = format.format(values[i]);
        root.querySelector('.sr-only').childNodes[1].data = final + ' ';
        root.querySelector('.sr-only > :last-child').textContent = root.querySelector('[part=label]').textContent = labels[i];
        root.querySelector('.sizer').textContent = final;
        const digits = root.querySelector('.digits');
        digits.textContent = '0';
        return digits.firstChild;
      });
      ${plainLoop(autostart)}`,
    ),
  'vanilla rAF': (autostart) =>
    page(
      `<div class="grid">${values.map((_, i) => `<div class="item"><span class="fig">0</span>${label(i)}</div>`).join('')}</div>`,
      `const t0 = performance.now();
      const values = ${JSON.stringify(values)};
      const format = new Intl.NumberFormat('en');
      const nodes = [...document.querySelectorAll('.fig')].map((el) => el.firstChild);
      ${plainLoop(autostart)}`,
    ),
};

// ---------------------------------------------------------------- server
const server = createServer((request, response) => {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
  let body;
  let type = 'text/javascript; charset=utf-8';
  if (pathname.startsWith('/page/')) {
    const make = SCENARIOS[decodeURIComponent(pathname.slice('/page/'.length))];
    if (make) {
      body = make(searchParams.get('autostart') === '1');
      if (searchParams.get('centre') === '1') body = body.replace('</style>', `${centred}</style>`);
      type = 'text/html; charset=utf-8';
    }
  } else if (pathname === '/countup/countUp.min.js') {
    body = readFileSync(COUNTUP);
  } else if (pathname.startsWith('/dist/')) {
    const file = resolve(DIST, `.${pathname.slice('/dist'.length)}`);
    if (file.startsWith(DIST) && existsSync(file)) body = readFileSync(file);
  }
  if (body === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- measure
const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chromium or Chrome found: set CHROME_PATH.');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
const VIEWPORT = { width: 1280, height: 1400 };

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

async function measureAnimation(name, centre = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(`${origin}/page/${encodeURIComponent(name)}${centre ? '?centre=1' : ''}`);
  await tab.waitForFunction(() => window.__ready === true);
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 300))); // let the page settle
  await tab.evaluate((track) => {
    window.__cls = 0;
    window.__track = track;
  }, centre);
  const before = await metricsOf(cdp);
  const stamps = await tab.evaluate(() => window.__go());
  const after = await metricsOf(cdp);
  const cls = await tab.evaluate(() => window.__cls);
  const starts = await tab.evaluate(() => window.__starts);
  await context.close();
  const frames = stamps.length - 1;
  const interval = 1000 / 60;
  let dropped = 0;
  for (let i = 1; i < stamps.length; i++) dropped += Math.max(0, Math.round((stamps[i] - stamps[i - 1]) / interval) - 1);
  const d = (key) => ((after[key] ?? 0) - (before[key] ?? 0)) * 1000; // seconds → ms
  return {
    script: d('ScriptDuration') / frames,
    scriptLayout: (d('ScriptDuration') + d('RecalcStyleDuration') + d('LayoutDuration')) / frames,
    style: d('RecalcStyleDuration') / frames,
    layout: d('LayoutDuration') / frames,
    task: d('TaskDuration') / frames,
    taskTotal: d('TaskDuration'),
    frames,
    dropped,
    cls,
    moved: starts.length ? Math.max(...starts) - Math.min(...starts) : 0,
  };
}

/** Rendering phases as trace events of the main thread (BENCH_TRACE): what each column adds up. */
const PHASES = {
  task: ['RunTask'],
  script: ['FireAnimationFrame'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  prepaint: ['PrePaint'],
  paint: ['Paint'],
  composite: ['Layerize', 'Commit', 'UpdateLayer'],
};

/**
 * BENCH_TRACE=1: where the main thread's time goes during one run of a scenario,
 * from a devtools.timeline trace: thread (CPU) time per frame of each phase.
 * Tracing instruments every rAF callback, which inflates CountUp.js's script time
 * (one callback per counter) more than the others' (one callback for all).
 */
async function traceBreakdown(name) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${origin}/page/${encodeURIComponent(name)}`);
  await tab.waitForFunction(() => window.__ready === true);
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const stamps = await tab.evaluate(() => window.__go());
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const ms = {};
  for (const e of events) {
    if (e.ph !== 'X' || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    ms[e.name] = (ms[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  const frames = stamps.length - 1;
  return Object.fromEntries(
    Object.entries(PHASES).map(([phase, names]) => [phase, names.reduce((sum, n) => sum + (ms[n] ?? 0), 0) / frames]),
  );
}

async function measureStartup(name) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  await tab.goto(`${origin}/page/${encodeURIComponent(name)}?autostart=1`);
  await tab.waitForFunction(() => window.__ready === true);
  const startup = await tab.evaluate(() => window.__startup);
  await context.close();
  return startup;
}

/** Bytes a page with only a counter downloads (gzip): the entry and its static imports. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g)) {
    closure(relative(DIST, resolve(dirname(join(DIST, entry)), spec)), seen);
  }
  return seen;
}
/** Each file compressed on its own, as a server sends it (and as scripts/size.js counts). */
const gzip = (files) => files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);
const bytes = {
  'mbc-achievement-counter': gzip([...closure(ENTRY)].map((f) => join(DIST, f))),
  'CountUp.js': gzip([COUNTUP]),
  'vanilla rAF': undefined,
};

// BENCH_ONLY=name[,name] measures only those scenarios (for quick experiments).
const names = Object.keys(SCENARIOS).filter((n) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(n));
if (process.env.BENCH_TRACE) {
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let run = 0; run < RUNS; run++)
    for (const name of names.map((_, i) => names[(i + run) % names.length])) runs[name].push(await traceBreakdown(name));
  console.log(`\nmain-thread thread time per frame, ms, from traces (median of ${RUNS} runs; min–max of the task column)`);
  console.log(
    `${''.padEnd(26)}${Object.keys(PHASES)
      .map((p) => p.padStart(10))
      .join('')}`,
  );
  for (const name of names) {
    const rs = runs[name];
    const tasks = rs.map((r) => r.task);
    console.log(
      `${name.padEnd(26)}${Object.keys(PHASES)
        .map((p) =>
          median(rs.map((r) => r[p]))
            .toFixed(3)
            .padStart(10),
        )
        .join('')}  [${Math.min(...tasks).toFixed(2)}–${Math.max(...tasks).toFixed(2)}]`,
    );
  }
  await browser.close();
  server.close();
  process.exit(0);
}
const results = Object.fromEntries(names.map((n) => [n, []]));
const started = Date.now();
for (let run = 0; run < RUNS; run++) {
  // Rotate the order, so no scenario always goes first (or last) in a run.
  const order = names.map((_, i) => names[(i + run) % names.length]);
  for (const name of order) {
    const animation = await measureAnimation(name);
    const startup = await measureStartup(name);
    const { cls: clsCentred, moved } = await measureAnimation(name, true);
    results[name].push({ ...animation, startup, clsCentred, moved });
  }
  process.stdout.write(`run ${run + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
await browser.close();
server.close();

// ---------------------------------------------------------------- report
const med = (name, key) => median(results[name].map((r) => r[key]));
const ROWS = [
  ['main-thread task ms / frame', 'task', 3],
  ['  script ms / frame', 'script', 3],
  ['  style ms / frame', 'style', 3],
  ['  layout ms / frame', 'layout', 3],
  ['script + style + layout ms / frame', 'scriptLayout', 3],
  ['main-thread task ms, whole 2 s run', 'taskTotal', 0],
  ['frames in the run', 'frames', 0],
  ['dropped frames', 'dropped', 0],
  ['layout shift (CLS) during the run', 'cls', 4],
  ['  the same, figures centred', 'clsCentred', 4],
  ["  centred: figure's start moves, px", 'moved', 1],
  [`bundle load → first frame of ${COUNT}, ms`, 'startup', 1],
];
const width = 40;
const col = 26;
const line = (cells) =>
  `| ${cells[0].padEnd(width)} | ${cells
    .slice(1)
    .map((c) => String(c).padStart(col))
    .join(' | ')} |`;
console.log(`\n${COUNT} counters animating together for ${DURATION / 1000} s — medians of ${RUNS} runs`);
console.log(
  `${browser.version ? '' : ''}Chromium ${await chromiumVersion()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), headless, ${VIEWPORT.width}×${VIEWPORT.height}\n`,
);
console.log(line(['', ...names]));
console.log(`|${'-'.repeat(width + 2)}|${names.map(() => `${'-'.repeat(col + 1)}:`).join('|')}|`);
for (const [title, key, digits] of ROWS) console.log(line([title, ...names.map((n) => med(n, key).toFixed(digits))]));
console.log(line(['gzip bytes (page with only a counter)', ...names.map((n) => (bytes[n] === undefined ? '—' : bytes[n]))]));

const ours = results['mbc-achievement-counter'];
/** Median over runs of ours ÷ another scenario, for a column. */
const ratio = (other, key) => median(ours.map((r, i) => r[key] / results[other][i][key]));
const GOALS = [
  ['CountUp.js', 1],
  ['vanilla rAF', 1.5],
  ['same box, by hand', undefined],
];
for (const [key, what] of [
  ['taskTotal', 'main-thread task time'],
  ['scriptLayout', 'script + style + layout'],
]) {
  if (!ours?.length) break;
  console.log('');
  for (const [other, goal] of GOALS) {
    if (!results[other]?.length) continue;
    console.log(
      `${what}, ours ÷ ${other} (median of per-run ratios): ${ratio(other, key).toFixed(2)}×${goal ? `  (goal ≤ ${goal})` : ''}`,
    );
  }
}
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);

async function chromiumVersion() {
  const b = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const v = b.version();
  await b.close();
  return v;
}
