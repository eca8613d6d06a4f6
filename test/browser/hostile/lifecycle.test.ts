/**
 * Lifecycle, for every element of custom-elements.json: created (with properties
 * set) before the script loads, it upgrades keeping them; removed and re-added (a
 * block editor moving it), it resumes, `src` included; 1,000 create/remove cycles
 * leave no animation frame, interval, observer, window/document listener or fetch
 * running, and leave every removed element collectable by the garbage collector
 * (Chromium launched with --js-flags=--expose-gc, see web-test-runner.config.js),
 * and grow the heap by less than 10%, measured after a full GC through the
 * DevTools protocol (heapUsage(), Chromium only: test/engine-exceptions.js).
 */
import { expect } from '@open-wc/testing';
import { heapUsage } from '../commands.js';
import { captureWarnings, type CapturedWarnings } from '../helpers.js';
import { ELEMENTS, itCoversEveryElement, settleAll, shadowText, stashUrl, statementWith } from './support.js';

type Host = HTMLElement & { theme: string; src: string | null; srcTimeout?: number; updateComplete: Promise<unknown> };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Counts what is still running: frames, intervals, observers with targets, listeners on window/document, fetches. */
class Tracker {
  frames = new Set<number>();
  intervals = new Set<number>();
  /** Observers and their observed nodes, held weakly so that counting retains nothing. */
  observers = new Set<WeakRef<object>>();
  private targets = new WeakMap<object, Set<WeakRef<Node>>>();
  listeners = new Set<string>();
  fetches = 0;
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  private restore: Array<() => void> = [];

  install(): void {
    const w = window as unknown as Record<string, unknown>;
    const raf = window.requestAnimationFrame;
    const caf = window.cancelAnimationFrame;
    window.requestAnimationFrame = (callback) => {
      const id = raf.call(window, (time) => {
        this.frames.delete(id);
        callback(time);
      });
      this.frames.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      this.frames.delete(id);
      caf.call(window, id);
    };
    const si = window.setInterval;
    const ci = window.clearInterval;
    w.setInterval = (...args: Parameters<typeof setInterval>) => {
      const id = si(...args);
      this.intervals.add(id);
      return id;
    };
    w.clearInterval = (id?: number) => {
      if (id !== undefined) this.intervals.delete(id);
      ci(id);
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the tracked classes below count into this tracker
    const tracker = this;
    for (const name of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver'] as const) {
      const Original = w[name] as {
        new (...args: unknown[]): { observe(t: Node, o?: unknown): void; unobserve?(t: Node): void; disconnect(): void };
      };
      const Tracked = class extends Original {
        constructor(...args: unknown[]) {
          super(...args);
          tracker.observers.add(new WeakRef(this));
          tracker.targets.set(this, new Set());
        }
        override observe(target: Node, options?: unknown) {
          const set = tracker.targets.get(this)!;
          if (!Array.from(set).some((ref) => ref.deref() === target)) set.add(new WeakRef(target));
          return super.observe(target, options);
        }
        override unobserve(target: Node) {
          const set = tracker.targets.get(this)!;
          for (const ref of set) if (ref.deref() === target) set.delete(ref);
          return super.unobserve?.(target);
        }
        override disconnect() {
          tracker.targets.get(this)?.clear();
          return super.disconnect();
        }
      };
      Object.defineProperty(Tracked, 'name', { value: name });
      w[name] = Tracked;
      this.restore.push(() => (w[name] = Original));
    }
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const key = (type: string, listener: unknown, options: unknown) =>
        `${target === window ? 'window' : 'document'} ${type} ${this.idOf(listener)} ${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)}`;
      target.addEventListener = function (
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (listener && !(typeof options === 'object' && options?.once)) tracker.listeners.add(key(type, listener, options));
        return add.call(this, type, listener, options);
      };
      target.removeEventListener = function (
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        tracker.listeners.delete(key(type, listener, options));
        return remove.call(this, type, listener, options);
      };
      this.restore.push(() => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      });
    }
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      this.fetches++;
      return realFetch(...args).finally(() => this.fetches--);
    };
    this.restore.push(
      () => (window.fetch = realFetch),
      () => {
        window.requestAnimationFrame = raf;
        window.cancelAnimationFrame = caf;
        w.setInterval = si;
        w.clearInterval = ci;
      },
    );
  }

  uninstall(): void {
    for (const undo of this.restore.reverse()) undo();
    this.restore = [];
  }

  private idOf(value: unknown): number {
    if (typeof value !== 'object' && typeof value !== 'function') return -1;
    let id = this.ids.get(value as object);
    if (id === undefined) this.ids.set(value as object, (id = this.nextId++));
    return id;
  }

  snapshot() {
    const observed: Array<[string, Node]> = [];
    for (const ref of this.observers) {
      const observer = ref.deref();
      if (!observer) continue;
      for (const target of this.targets.get(observer) ?? []) {
        const node = target.deref();
        if (node) observed.push([observer.constructor.name, node]);
      }
    }
    return {
      frames: this.frames.size,
      intervals: this.intervals.size,
      observedTargets: observed.length,
      /** Observed nodes that have left the document, by observer and node: what removal should have released. */
      detached: observed
        .filter(([, node]) => !node.isConnected)
        .map(([name, node]) => `${name} <${(node as Element).localName ?? node.nodeName}>`)
        .reduce<Record<string, number>>((counts, key) => ((counts[key] = (counts[key] ?? 0) + 1), counts), {}),
      listeners: this.listeners.size,
      fetches: this.fetches,
    };
  }
}

describe('hostile pages: lifecycle', function () {
  this.timeout(180_000);
  let warnings: CapturedWarnings;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  itCoversEveryElement();

  it('elements created before the script loads upgrade keeping their properties', async () => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = '<!doctype html><html lang="en"><head><title>upgrade</title></head><body></body></html>';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    try {
      const doc = iframe.contentDocument!;
      const win = iframe.contentWindow as Window & typeof globalThis;
      const early = ELEMENTS.map(({ tag }) => {
        const el = doc.createElement(tag) as Host;
        el.theme = 'dark';
        el.srcTimeout = 1234;
        el.textContent = 'Fallback text';
        doc.body.append(el);
        return el;
      });
      expect(win.customElements.get(ELEMENTS[0]!.tag), 'not defined yet').to.equal(undefined);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/src/index.ts';
      const ran = new Promise((resolve, reject) => {
        script.addEventListener('load', resolve, { once: true });
        script.addEventListener('error', reject, { once: true });
      });
      doc.head.append(script);
      await ran;
      for (const [i, { tag }] of ELEMENTS.entries()) {
        await win.customElements.whenDefined(tag);
        const el = early[i]!;
        expect(el, tag).to.be.instanceOf(win.customElements.get(tag)!);
        await (el as unknown as { dataComplete: Promise<unknown> }).dataComplete;
        expect(el.theme, `${tag}.theme`).to.equal('dark');
        expect(el.getAttribute('theme'), `${tag} reflects theme`).to.equal('dark');
        expect(el.srcTimeout, `${tag}.srcTimeout`).to.equal(1234);
        expect(shadowText(el), `${tag} renders`).to.not.equal('');
      }
    } finally {
      iframe.remove();
    }
  });

  for (const { tag } of ELEMENTS) {
    it(`${tag}: removed and re-added (moved by a block editor) resumes, src included`, async () => {
      const url = `${await stashUrl(statementWith('Feed after the move').doc)}&delay=300`;
      const el = document.createElement(tag) as Host;
      el.src = url;
      el.textContent = 'Fallback text';
      const first = document.createElement('div');
      const second = document.createElement('div');
      document.body.append(first, second);
      try {
        first.append(el);
        await el.updateComplete;
        el.remove(); // mid-flight: the request is aborted
        await sleep(20);
        second.append(el); // ...and must start again
        await el.updateComplete;
        await settleAll([el]);
        expect(shadowText(el)).to.contain('Feed after the move');
        // Moved again once loaded: nothing lost, nothing refetched wrongly.
        first.append(el);
        await settleAll([el]);
        expect(shadowText(el)).to.contain('Feed after the move');
      } finally {
        first.remove();
        second.remove();
      }
    });
  }

  it('mbc-achievement-counter moved before it was seen still counts up to its value once seen', async () => {
    const el = document.createElement('mbc-achievement-counter') as Host;
    el.setAttribute('value', '4321');
    el.setAttribute('duration', '100');
    el.setAttribute('label', 'moved counter');
    const first = document.createElement('div');
    const second = document.createElement('div');
    first.style.cssText = 'position: absolute; top: 300vh'; // out of view: the counter waits there
    document.body.append(first, second);
    try {
      // Control: the same counter, not moved, counts up here.
      const control = el.cloneNode(true) as Host;
      const controlEnded = new Promise((resolve) => control.addEventListener('mbc-counter-end', resolve, { once: true }));
      second.append(control);
      expect(await Promise.race([controlEnded.then(() => 'ended'), sleep(2000).then(() => 'timed out')]), 'control').to.equal(
        'ended',
      );
      first.append(el);
      await el.updateComplete;
      await frame();
      el.remove();
      await sleep(20);
      second.append(el);
      const ended = new Promise((resolve) => el.addEventListener('mbc-counter-end', resolve, { once: true }));
      const result = await Promise.race([ended.then(() => 'ended'), sleep(2000).then(() => 'timed out')]);
      expect(result, 'mbc-counter-end after the move').to.equal('ended');
      expect(shadowText(el)).to.contain('4,321');
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('the heap measure sees memory that is retained, and its release', async () => {
    // Guards the measure below: a frozen or lagging reading (as performance.memory is here) fails this.
    const base = await heapUsage();
    let held: number[][] | null = Array.from({ length: 64 }, (_, i) => Array.from({ length: 16_384 }, (_, j) => i + j + 0.5)); // ~8 MB of doubles
    const holding = await heapUsage();
    expect(held.length).to.equal(64);
    held = null;
    const released = await heapUsage();
    expect(holding.usedSize - base.usedSize, 'growth while 8 MB is held').to.be.above(6 * 2 ** 20);
    expect(holding.usedSize - released.usedSize, 'drop once released').to.be.above(6 * 2 ** 20);
  });

  /**
   * 1,000 create/remove cycles of every element (after 100 to warm up: lazy chunks, the
   * shared clock, caches), one in ten with a `src`; with `collect`, also what the garbage
   * collector leaves of the removed elements and the heap before and after (Chromium only).
   */
  async function createAndRemove(collect: boolean) {
    const tracker = new Tracker();
    const gc = (window as unknown as { gc?: () => void }).gc;
    const url = await stashUrl(statementWith('Feed of the cycles').doc);
    const stage = document.createElement('div');
    document.body.append(stage);
    const refs: Array<WeakRef<Element>> = [];
    let measuring = false;
    const cycle = async (i: number) => {
      const elements = ELEMENTS.map(({ tag }) => {
        const el = document.createElement(tag) as Host;
        if (i % 10 === 0) el.src = `${url}&n=${i}`;
        el.textContent = 'Fallback text';
        return el;
      });
      if (collect && measuring && i < 999) refs.push(...elements.map((el) => new WeakRef(el)));
      stage.append(...elements);
      await Promise.all(elements.map((el) => el.updateComplete));
      if (i % 50 === 0) await frame();
      for (const el of elements) el.remove();
    };
    const settle = async () => {
      await sleep(100);
      await frame();
      await frame();
      if (collect) {
        gc!();
        await sleep(50);
        gc!();
      }
    };
    if (collect) expect(gc, 'window.gc (--js-flags=--expose-gc)').to.be.a('function');
    tracker.install();
    try {
      for (let i = 0; i < 100; i++) await cycle(i);
      await settle();
      const before = tracker.snapshot();
      const heapBefore = collect ? await heapUsage() : undefined;
      measuring = true;
      for (let i = 0; i < 1000; i++) await cycle(i);
      // The aborted fetches settle first (until then their handlers hold their elements), then the collector runs.
      for (let waited = 0; tracker.fetches && waited < 10_000; waited += 50) await sleep(50);
      await settle();
      await sleep(200);
      const after = tracker.snapshot();
      const retained = refs
        .map((ref) => ref.deref()?.localName)
        .filter((name): name is string => !!name)
        .reduce<Record<string, number>>((counts, name) => ((counts[name] = (counts[name] ?? 0) + 1), counts), {});
      const removed = refs.length;
      refs.length = 0; // the test's own WeakRefs are not the widgets' growth
      const heapAfter = collect ? await heapUsage() : undefined;
      return { before, after, retained, removed, heapBefore, heapAfter };
    } finally {
      tracker.uninstall();
      stage.remove();
    }
  }

  it('1,000 create/remove cycles of every element leave nothing running', async () => {
    const { before, after } = await createAndRemove(false);
    console.log(`[lifecycle] before ${JSON.stringify(before)} after ${JSON.stringify(after)}`);
    const { frames, intervals, fetches, detached, listeners } = after;
    expect({ frames, intervals, fetches, detached }, 'still running after 1,000 cycles').to.deep.equal({
      frames: 0,
      intervals: 0,
      fetches: 0,
      detached: {},
    });
    expect(listeners, 'window/document listeners').to.be.at.most(before.listeners);
  });

  it('1,000 create/remove cycles of every element leave every removed element collectable, and the heap as it was', async () => {
    const { retained, removed, heapBefore, heapAfter } = await createAndRemove(true);
    const mb = (bytes = 0) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
    console.log(
      `[lifecycle] ${removed} removed elements, still reachable after gc: ${JSON.stringify(retained)}; ` +
        `JS heap ${mb(heapBefore!.usedSize)} -> ${mb(heapAfter!.usedSize)}, DOM heap ${mb(heapBefore!.embedderHeapUsedSize)} -> ${mb(heapAfter!.embedderHeapUsedSize)}`,
    );
    // Every removed element is garbage once collected. A leak keeps every removed element
    // of a kind (or every one on some path, e.g. the 1 in 10 with a src); the collector
    // may lag on a few: fewer than 5% may remain.
    const leaking = Object.fromEntries(Object.entries(retained).filter(([, count]) => count >= 50));
    expect(leaking, 'removed elements still reachable after gc').to.deep.equal({});
    expect(
      heapAfter!.usedSize / heapBefore!.usedSize,
      `JS heap ${heapBefore!.usedSize} -> ${heapAfter!.usedSize} bytes`,
    ).to.be.below(1.1);
  });
});
