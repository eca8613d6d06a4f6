// npm run bench — counters animating together in headless Chromium, over the Chrome
// DevTools Protocol: mbc-achievement-counter in each of its motions (`count`, `roll`),
// CountUp.js, Odometer, the counter's box driven by hand (no library at work), and a
// hand-written vanilla requestAnimationFrame loop; 10 and 200 counters, and 200 under 4×
// CPU throttling. Prints a table of medians.
//
//   BENCH_RUNS=10         runs (each run loads every scenario once per size, in rotating order)
//   BENCH_NO_BUILD=1      reuse the last build in BENCH_DIST instead of building again
//   BENCH_DIST=/tmp/mbc-bench-dist   where the library is built (never dist/)
//   BENCH_COUNTERS=10,200 how many counters each page animates (one row each)
//   BENCH_THROTTLE=4      CPU slowdown of the throttled row (at the largest size); 0: no such row
//   BENCH_THROTTLE_RUNS=BENCH_RUNS   runs of the throttled row (it takes the longest)
//   BENCH_CENTRED=0       skip the runs with the figures centred (the CLS centred and moved columns)
//   BENCH_ONLY=name[,name]  only those scenarios (names as in the table)
//   BENCH_SERVE=1         only serve the pages (prints their address), to look at one
//   BENCH_TRACE=1         instead of the table: thread time per frame of each rendering
//                         phase (script, style, layout, prepaint, paint, composite), from
//                         devtools.timeline traces, at the largest size
//
// Each page starts empty. Measured on the main thread (CDP Performance.getMetrics, thread
// time), per page load:
//   total      from before the counters exist to the end of their run: the markup put in
//              the page, the library loaded and run, the first frame of every counter
//              rendered, a 300 ms pause, then the 2 s animation;
//   per frame  during the animation only, divided by the frames it lasted (see below).
// All count the same values from 0 in 2 s with the same ease-out (cubic) curve
// (CountUp.js is given it: its default is linear, then ease-out expo; Odometer's ribbons
// are given it as their transition's timing function), on the same grid, fonts and sizes.
// Each run also loads each page once with its figures centred, for the layout shift
// alone (it reads layout at every frame, so its times are not used).
//
// Frames are the compositor's, from a trace of its frame events only (DrawFrame,
// DroppedFrame): no requestAnimationFrame loop watches the measured run, since one would
// make the main thread render every frame, which a transform animation alone does not
// need. "per frame" divides by drawn + dropped frames (about 120 in 2 s). CPU throttling
// slows the renderer's main thread, not its compositor thread.
//
// Nothing comes from the network: pages, the library build, CountUp.js and Odometer are
// served by a local server; the browser is the system's Chromium (scripts/browser.js).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser.js';
import { DIST, ROOT, RUNS, ensureBuild, median } from './support.js';

const SIZES = String(process.env.BENCH_COUNTERS ?? '10,200')
  .split(',')
  .map((n) => Math.max(1, Number(n)))
  .filter(Number.isFinite);
const LARGEST = Math.max(...SIZES);
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const THROTTLE_RUNS = Math.min(RUNS, Math.max(1, Number(process.env.BENCH_THROTTLE_RUNS ?? RUNS)));
const CENTRED = process.env.BENCH_CENTRED !== '0';
const DURATION = 2000;
const COUNTUP = join(ROOT, 'node_modules/countup.js/dist/countUp.min.js');
const ODOMETER = join(ROOT, 'node_modules/odometer/odometer.min.js');
const ODOMETER_CSS = join(ROOT, 'node_modules/odometer/themes/odometer-theme-minimal.css');
const ENTRY = 'elements/achievement-counter.js';
/** The motions of mbc-achievement-counter the bench compares (a build without `motion` runs only `count`). */
const MOTIONS = ['count', 'roll'];

// ---------------------------------------------------------------- build
ensureBuild(ENTRY);

// ---------------------------------------------------------------- pages
const valuesOf = (count) => Array.from({ length: count }, (_, i) => 1000 + i * 98_765);
const label = (i) => `figure ${i + 1}`;
const style = `
  body { margin: 8px; font: 14px/1.4 system-ui, sans-serif; }
  .grid { display: grid; grid-template-columns: repeat(8, 1fr); gap: 4px 12px; }
  .item { font-size: 14px; }
  .fig { display: block; font-weight: 700; font-size: 20px; }
  mbc-achievement-counter, .box { --mbc-counter-font-size: 20px; }
  /* Odometer: the same curve as the others (its theme says the CSS default, ease). */
  .odometer.odometer-auto-theme .odometer-ribbon-inner { transition-timing-function: cubic-bezier(0.33, 1, 0.68, 1) !important; }
`;
/** Centred figures, as many campaign sites set them: a figure that grows from the middle moves. */
const centred = `.item, mbc-achievement-counter::part(base), .box::part(base) { text-align: center; }`;

/** Shared by every page: layout-shift total, a frame meter, and the first rendered frame. */
const meter = `
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  /**
   * Counts frames (rAF timestamps) until \`ended\` (a promise) settles. With __track set
   * (the centred runs only: it reads layout), also where the last figure's text starts
   * at each frame, in __starts.
   */
  window.__starts = [];
  window.__frames = (ended) => new Promise((resolve) => {
    let done = false;
    ended.then(() => { done = true; });
    const stamps = [];
    const range = document.createRange();
    const tick = (now) => {
      stamps.push(now);
      if (window.__track) {
        range.selectNodeContents(__figure());
        __starts.push(range.getBoundingClientRect().left);
      }
      if (done) resolve(stamps); else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  /** Resolves after the next frame has been rendered (rAF, then the task after paint). */
  window.__afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  /** Resolves when \`count\` events named \`name\` have reached the document. */
  window.__events = (name, count) => new Promise((resolve) => {
    let seen = 0;
    const on = () => { if (++seen >= count) { document.removeEventListener(name, on, true); resolve(); } };
    document.addEventListener(name, on, true);
  });
`;

/**
 * A page of `count` counters for a scenario. The scenario's module defines
 * `create()` (put the counters in the page, load and run the library: everything a
 * page does before the first frame) and `start()` (start every counter; resolves when
 * the last one ends) with `values`, `labels` and `grid` in scope.
 */
function page(count, scenario) {
  const values = valuesOf(count);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><style>${style}</style>
<script>${meter}</script></head><body><div class="grid"></div><script type="module">
const values = ${JSON.stringify(values)};
const labels = ${JSON.stringify(values.map((_, i) => label(i)))};
const grid = document.querySelector('.grid');
${scenario}
window.__create = async () => { const t0 = performance.now(); await create(); return (await __afterFrame()) - t0; };
/** Starts the run; resolves when it ends (or fails when it has not after ${(4 * DURATION) / 1000} s). */
window.__go = () => Promise.race([start(), new Promise((_, fail) => setTimeout(() => fail(new Error('the run did not end within ${(4 * DURATION) / 1000} s')), ${4 * DURATION}))]);
/** The same, counting frames (requestAnimationFrame timestamps) on the way. */
window.__goCounting = () => __frames(window.__go());
window.__ready = true;
</script></body></html>`;
}

/** Plain items: a figure span with "0", then the label (CountUp.js, Odometer and the vanilla loop). */
const plainItems = (cls = 'fig') =>
  `grid.innerHTML = values.map((_, i) => \`<div class="item"><span class="${cls}">0</span>\${labels[i]}</div>\`).join('');`;

/**
 * The vanilla loop, for a module that defines `nodes` (the text nodes it writes) and
 * `format`: one rAF loop for all, ease-out, format, write the text.
 */
const plainLoop = `function start() {
    return new Promise((ended) => {
      let begin = -1;
      const frame = (now) => {
        if (begin < 0) begin = now;
        const t = Math.min(1, (now - begin) / ${DURATION});
        const e = 1 - (1 - t) ** 3;
        for (let i = 0; i < nodes.length; i++) {
          const text = format.format(Math.round(values[i] * e));
          if (nodes[i].data !== text) nodes[i].data = text;
        }
        if (t < 1) requestAnimationFrame(frame); else ended();
      };
      requestAnimationFrame(frame);
    });
  }
  window.__figure = () => nodes.at(-1).parentNode;`;

/** mbc-achievement-counter with a motion (`count`: no attribute, the default). */
const mbc = (motion) => `let els;
  async function create() {
    grid.innerHTML = values
      .map((v, i) => \`<mbc-achievement-counter class="item" value="\${v}" duration="${DURATION}" start="manual" ${motion === 'count' ? '' : `motion="${motion}"`} label="\${labels[i]}"></mbc-achievement-counter>\`)
      .join('');
    await import('/dist/${ENTRY}');
    els = [...grid.children];
    await Promise.all(els.map((el) => el.dataComplete ?? el.updateComplete));
    ${motion === 'count' ? '' : `if (!('motion' in els[0])) throw new Error('this build has no motion="${motion}"');`}
  }
  function start() {
    const ended = __events('mbc-counter-end', els.length);
    for (const el of els) el.start();
    return ended;
  }
  window.__figure = () => els.at(-1).shadowRoot.querySelector('[part=value]');`;

/** Each scenario's module (see page()). */
const SCENARIOS = {
  ...Object.fromEntries(MOTIONS.map((motion) => [`mbc ${motion}`, mbc(motion)])),
  'CountUp.js': `let counters;
  async function create() {
    ${plainItems()}
    const { CountUp } = await import('/vendor/countUp.min.js');
    // The same easing as the others (ease-out cubic over the whole duration), not
    // CountUp's default (linear to 333 short of the end, then ease-out expo).
    const easingFn = (t, b, c, d) => b + c * (1 - (1 - t / d) ** 3);
    counters = [...grid.querySelectorAll('.fig')].map((el, i) =>
      new CountUp(el, values[i], { duration: ${DURATION / 1000}, easingFn, smartEasingThreshold: Infinity }));
  }
  function start() {
    return Promise.all(counters.map((c) => new Promise((done) => c.start(done))));
  }
  window.__figure = () => grid.querySelectorAll('.fig')[values.length - 1];`,
  // Odometer 0.4.8 (a classic script): digit ribbons moved by CSS transitions, built when
  // a value is set; at the end of a transition it renders the plain digits again.
  Odometer: `let odometers;
  async function create() {
    ${plainItems('fig odometer')}
    window.odometerOptions = { auto: false };
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/vendor/odometer.css' });
    const script = Object.assign(document.createElement('script'), { src: '/vendor/odometer.min.js' });
    document.head.append(css, script);
    await Promise.all([css, script].map((el) => new Promise((done) => el.addEventListener('load', done))));
    odometers = [...grid.querySelectorAll('.fig')].map((el) => new Odometer({ el, value: 0, duration: ${DURATION} }));
  }
  function start() {
    return Promise.all(odometers.map((o, i) => {
      const done = new Promise((resolve) => o.el.addEventListener('odometerdone', resolve, { once: true }));
      o.update(values[i]);
      return done;
    }));
  }
  window.__figure = () => odometers.at(-1).el;`,
  // The counter's box with no library at work: one real counter lends its shadow tree
  // and its styles to plain elements, then the vanilla loop writes their digits. What
  // `mbc count` costs beyond this is the library's; what this costs beyond the vanilla
  // loop is the box (zero shift, accessible text).
  'box by hand': `let nodes;
  const format = new Intl.NumberFormat('en');
  async function create() {
    grid.innerHTML = values.map(() => '<div class="item box"></div>').join('');
    await import('/dist/${ENTRY}');
    const model = Object.assign(document.createElement('mbc-achievement-counter'), { value: 1, label: 'x' });
    model.setAttribute('start', 'manual');
    document.body.append(model);
    await model.updateComplete;
    const { adoptedStyleSheets, innerHTML } = model.shadowRoot;
    model.remove();
    nodes = [...grid.children].map((box, i) => {
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
  }
  ${plainLoop}`,
  'vanilla rAF': `let nodes;
  const format = new Intl.NumberFormat('en');
  async function create() {
    ${plainItems()}
    nodes = [...grid.querySelectorAll('.fig')].map((el) => el.firstChild);
  }
  ${plainLoop}`,
};

// ---------------------------------------------------------------- server
const VENDOR = {
  '/vendor/countUp.min.js': COUNTUP,
  '/vendor/odometer.min.js': ODOMETER,
  '/vendor/odometer.css': ODOMETER_CSS,
};
const server = createServer((request, response) => {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
  let body;
  let type = pathname.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  if (pathname.startsWith('/page/')) {
    const scenario = SCENARIOS[decodeURIComponent(pathname.slice('/page/'.length))];
    if (scenario) {
      body = page(Number(searchParams.get('n')), scenario);
      if (searchParams.get('centre') === '1') body = body.replace('</style>', `${centred}</style>`);
      type = 'text/html; charset=utf-8';
    }
  } else if (VENDOR[pathname]) {
    body = readFileSync(VENDOR[pathname]);
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
if (process.env.BENCH_SERVE) {
  // BENCH_SERVE=1: only serve the pages, to open one in a browser (window.__create(), then window.__go()).
  console.log(
    `${origin}/page/<scenario>?n=<counters>  e.g. ${origin}/page/${encodeURIComponent(Object.keys(SCENARIOS)[0])}?n=200`,
  );
  await new Promise(() => {});
}

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

/** Opens a scenario's page with `count` counters (and the CPU slowed `throttle` times); resolves when it is ready to create them. */
async function open(name, count, { throttle = 1, centre = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.goto(`${origin}/page/${encodeURIComponent(name)}?n=${count}${centre ? '&centre=1' : ''}`);
  await tab.waitForFunction(() => window.__ready === true);
  return { context, tab, cdp };
}

/** One page load: create the counters, pause, animate them; the main thread's time for each part. */
async function measure(name, count, throttle = 1) {
  const { context, tab, cdp } = await open(name, count, { throttle });
  try {
    const m0 = await metricsOf(cdp);
    const createWall = await tab.evaluate(() => window.__create());
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 300))); // let the page settle
    await tab.evaluate(() => (window.__cls = 0));
    const m1 = await metricsOf(cdp);
    // Frames as the compositor counts them (a page's own rAF loop would make the main thread
    // render every frame, which a transform animation does not need): a trace of the frame
    // events only, which costs the main thread nothing.
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline.frame', transferMode: 'ReportEvents' });
    await tab.evaluate(() => window.__go());
    const m2 = await metricsOf(cdp);
    await cdp.send('Tracing.end');
    await traced;
    const cls = await tab.evaluate(() => window.__cls);
    const renderer = new Set(
      events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.pid),
    );
    const ofRenderer = (name) => events.filter((e) => e.name === name && (!renderer.size || renderer.has(e.pid))).length;
    const dropped = ofRenderer('DroppedFrame');
    const frames = ofRenderer('DrawFrame') + dropped;
    const d = (key, a, b) => ((b[key] ?? 0) - (a[key] ?? 0)) * 1000; // seconds → ms
    const scriptLayout = (a, b) => d('ScriptDuration', a, b) + d('RecalcStyleDuration', a, b) + d('LayoutDuration', a, b);
    return {
      frame: d('TaskDuration', m1, m2) / frames,
      frameSSL: scriptLayout(m1, m2) / frames,
      total: d('TaskDuration', m0, m2),
      totalSSL: scriptLayout(m0, m2),
      create: d('TaskDuration', m0, m1),
      createWall,
      frames,
      dropped,
      cls,
    };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** The centred page: layout shift, and how far the last figure's start moves over the run. */
async function measureCentred(name, count) {
  const { context, tab } = await open(name, count, { centre: true });
  try {
    await tab.evaluate(() => window.__create());
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    await tab.evaluate(() => {
      window.__cls = 0;
      window.__track = true;
    });
    await tab.evaluate(() => window.__goCounting());
    const { cls, starts } = await tab.evaluate(() => ({ cls: window.__cls, starts: window.__starts }));
    return { clsCentred: cls, moved: Math.max(...starts) - Math.min(...starts) };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** Rendering phases as trace events of the main thread (BENCH_TRACE): what each column adds up. */
const PHASES = {
  task: ['RunTask'],
  script: ['FireAnimationFrame', 'EventDispatch', 'TimerFire', 'FunctionCall'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  prepaint: ['PrePaint'],
  paint: ['Paint'],
  composite: ['Layerize', 'Commit', 'UpdateLayer'],
};

/**
 * BENCH_TRACE=1: where the main thread's time goes during one run of a scenario,
 * from a devtools.timeline trace: thread (CPU) time per frame of each phase.
 * Tracing instruments every callback, which inflates CountUp.js's script time
 * (one rAF callback per counter) more than the others' (one callback for all).
 */
async function traceBreakdown(name, count) {
  const { context, tab, cdp } = await open(name, count);
  try {
    await tab.evaluate(() => window.__create());
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    const stamps = await tab.evaluate(() => window.__goCounting());
    await cdp.send('Tracing.end');
    await done;
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
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
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

// BENCH_ONLY=name[,name] measures only those scenarios (for quick experiments).
const only = process.env.BENCH_ONLY?.split(',').map((n) => n.trim());
const names = Object.keys(SCENARIOS).filter((n) => !only || only.includes(n));
/** Rotated by the run, so no scenario always goes first (or last). */
const rotate = (run) => names.map((_, i) => names[(i + run) % names.length]);
const version = browser.version();

if (process.env.BENCH_TRACE) {
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let run = 0; run < RUNS; run++) for (const name of rotate(run)) runs[name].push(await traceBreakdown(name, LARGEST));
  console.log(
    `\nmain-thread thread time per frame, ms, ${LARGEST} counters, from traces (median of ${RUNS} runs; min–max of the task column)`,
  );
  console.log(
    `${''.padEnd(20)}${Object.keys(PHASES)
      .map((p) => p.padStart(10))
      .join('')}`,
  );
  for (const name of names) {
    const rs = runs[name].filter((r) => !r.error);
    if (!rs.length) {
      console.log(`${name.padEnd(20)}  ${runs[name][0]?.error}`);
      continue;
    }
    const tasks = rs.map((r) => r.task);
    console.log(
      `${name.padEnd(20)}${Object.keys(PHASES)
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

/** The table's rows: each size at full speed, then the largest throttled. */
const ROWS = [
  ...SIZES.map((count) => ({ count, throttle: 1 })),
  ...(THROTTLE > 1 ? [{ count: LARGEST, throttle: THROTTLE }] : []),
];
const key = ({ count, throttle }) => `${count}@${throttle}`;
/** results[row][scenario] = one result per run. */
const results = Object.fromEntries(ROWS.map((row) => [key(row), Object.fromEntries(names.map((n) => [n, []]))]));
const started = Date.now();
for (let run = 0; run < RUNS; run++) {
  for (const row of ROWS) {
    if (row.throttle > 1 && run >= THROTTLE_RUNS) continue;
    for (const name of rotate(run)) {
      const result = await measure(name, row.count, row.throttle);
      if (CENTRED && row.throttle === 1 && row.count === LARGEST && !result.error)
        Object.assign(result, await measureCentred(name, row.count));
      results[key(row)][name].push(result);
    }
  }
  process.stdout.write(`run ${run + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
await browser.close();
server.close();

// ---------------------------------------------------------------- report
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\nCounters animating together for ${DURATION / 1000} s — medians of ${RUNS} runs${THROTTLE > 1 && THROTTLE_RUNS < RUNS ? ` (${THROTTLE_RUNS} for the ${THROTTLE}× row)` : ''}`,
);
console.log(`Chromium ${version}, ${cpus().length} cores (${cpu}), headless, ${VIEWPORT.width}×${VIEWPORT.height}`);
console.log(
  'per frame: main-thread task time per frame during the animation; total: main-thread task time from an empty page to the end',
);
console.log(
  '(markup, library, first frame, the animation); × CountUp: median of the per-run ratios to CountUp.js in the same run.\n',
);

const COLUMNS = [
  ['motion / library', 20, 'start'],
  ['counters', 8],
  ['CPU', 4],
  ['per frame ms', 12],
  ['× CountUp', 9],
  ['total ms', 9],
  ['× CountUp', 9],
  ['create ms', 9],
  ['s+s+l/frame', 11],
  ['frames', 6],
  ['dropped', 7],
  ['CLS', 6],
  ['CLS centred', 11],
  ['moved px', 8],
];
const line = (cells) =>
  `| ${cells
    .map((c, i) => (COLUMNS[i][2] === 'start' ? String(c).padEnd(COLUMNS[i][1]) : String(c).padStart(COLUMNS[i][1])))
    .join(' | ')} |`;
console.log(line(COLUMNS.map(([title]) => title)));
console.log(
  `|${COLUMNS.map(([, w, align]) => (align === 'start' ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const row of ROWS) {
  const byName = results[key(row)];
  const base = byName['CountUp.js'] ?? [];
  for (const name of names) {
    const rs = byName[name];
    const ok = rs.filter((r) => !r.error);
    const cells = [name, row.count, `${row.throttle}×`];
    if (!ok.length) {
      console.log(line([...cells, ...COLUMNS.slice(3).map(() => '—')]) + `  ${rs[0]?.error ?? ''}`);
      continue;
    }
    const med = (k, digits) => {
      const vs = ok.map((r) => r[k]).filter((v) => v !== undefined);
      return vs.length ? median(vs).toFixed(digits) : '—';
    };
    /** Median over the runs where both ran of this ÷ CountUp.js. */
    const ratio = (k) => {
      const rs2 = rs.map((r, i) => [r, base[i]]).filter(([a, b]) => a && b && !a.error && !b.error);
      return rs2.length ? `${median(rs2.map(([a, b]) => a[k] / b[k])).toFixed(2)}×` : '—';
    };
    console.log(
      line([
        ...cells,
        med('frame', 3),
        ratio('frame'),
        med('total', 0),
        ratio('total'),
        med('create', 0),
        med('frameSSL', 3),
        med('frames', 0),
        med('dropped', 0),
        med('cls', 4),
        med('clsCentred', 4),
        med('moved', 1),
      ]),
    );
  }
}

const bytes = [
  ['mbc-achievement-counter (count)', gzip([...closure(ENTRY)].map((f) => join(DIST, f)))],
  ['CountUp.js', gzip([COUNTUP])],
  ['Odometer (script + minimal theme)', gzip([ODOMETER, ODOMETER_CSS])],
];
console.log(`\ngzip bytes of a page with only a counter: ${bytes.map(([n, b]) => `${n} ${b}`).join('; ')}`);
console.log(
  '(create ms: main-thread time from the empty page to the first frame; s+s+l: script + style + layout per frame; moved: how far the last figure starts moves, centred)',
);
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
