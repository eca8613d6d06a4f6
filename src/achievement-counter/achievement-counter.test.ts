import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '../../test/browser/commands.js';
import './define.js';
import { intlTag } from '../shared/i18n/language.js';
import type { MbcAchievementCounter } from './achievement-counter.js';
import { clockRunning, runningAnimations } from '../shared/dom/animation-clock.js';
import { waitingForVisibility } from '../shared/dom/visibility.js';
import {
  HOSTILE_STRINGS,
  assertInert,
  captureWarnings,
  collectDataErrors,
  jsonUrl,
  setPageLanguage,
  textOf,
  type CapturedWarnings,
} from '../../test/browser/helpers.js';

const TAG = 'mbc-achievement-counter';
const realRaf = window.requestAnimationFrame.bind(window);
const nextFrame = () => new Promise<number>((resolve) => realRaf(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const created: Element[] = [];

/** Every test runs for both motions (a few are one motion's own, said where they are). */
const MOTIONS = ['count', 'roll'] as const;
type Motion = (typeof MOTIONS)[number];
/** The motion of the suite running now: make() gives it to each counter. */
let motion: Motion = 'count';

interface Made {
  el: MbcAchievementCounter;
  ends: CustomEvent[];
}

/** Creates a counter with a listener on `mbc-counter-end` already in place, appends it and waits for its data. */
async function make(attributes: Record<string, string | number>, text = '', parent: Element = document.body): Promise<Made> {
  const el = document.createElement(TAG);
  if (motion !== 'count') el.setAttribute('motion', motion);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  if (text) el.textContent = text;
  const ends: CustomEvent[] = [];
  el.addEventListener('mbc-counter-end', (event) => ends.push(event as CustomEvent));
  parent.append(el);
  if (parent === document.body) created.push(el);
  await el.dataComplete;
  return { el, ends };
}

/** A box three screens down the page (removed after the test), to put counters out of view. */
function belowTheFold(): HTMLElement {
  const below = document.createElement('div');
  below.style.marginBlockStart = '300vh';
  document.body.append(below);
  created.push(below);
  return below;
}

/**
 * The digit a roll's column shows: the line of its ribbon in the column, read from the
 * ribbon's transform as rendered now (the nearest line while it moves).
 */
function columnDigit(column: Element): string {
  const ribbon = column.querySelector<HTMLElement>('.ribbon')!;
  const lines = ribbon.textContent!.split('\n');
  const { m42 } = new DOMMatrixReadOnly(getComputedStyle(ribbon).transform.replace('none', ''));
  const down = Math.round(m42 / (ribbon.offsetHeight / lines.length));
  return lines[lines.length - 1 - down];
}

/** What a rolling row shows: its text, and each column's digit. */
const rowText = (node: Node): string =>
  node instanceof Element && node.matches('.column')
    ? columnDigit(node)
    : node instanceof Element
      ? Array.from(node.childNodes, rowText).join('')
      : (node.textContent ?? '');

/**
 * The figure a run starts from, as each motion shows it: counting, the figure itself;
 * rolling, in the final's digit positions (0 on the way to 55: "00", as an odometer).
 */
const atStart = (counting: string, rolling: string) => (motion === 'roll' ? rolling : counting);

/** The figure on show (counting: without the figure spaces that pad shorter right-to-left frames; rolling: as rendered). */
const digitsOf = (el: Element) => {
  const digits = el.shadowRoot!.querySelector('[part=value] .digits')!;
  const row = digits.querySelector('.roll');
  if (row) return rowText(row);
  return (digits.textContent ?? '').replace(/^[\u2007\u2008\s]+/u, '');
};
const spokenOf = (el: Element) => textOf(el.shadowRoot!.querySelector('.sr-only'));

/** Waits for the run to end (or fails after `ms`). */
async function ended(made: Made, count = 1, ms = 4000): Promise<void> {
  const until = performance.now() + ms;
  while (made.ends.length < count) {
    if (performance.now() > until) throw new Error(`no mbc-counter-end after ${ms} ms`);
    await nextFrame();
  }
}

/** Texts of every frame until the run ends. */
async function framesUntilEnd(made: Made, count = 1): Promise<string[]> {
  const frames: string[] = [];
  const until = performance.now() + 5000;
  while (made.ends.length < count && performance.now() < until) {
    await nextFrame();
    frames.push(digitsOf(made.el));
  }
  return frames;
}

/** Counts requestAnimationFrame calls from now on. */
function spyFrames(): { readonly count: number; restore(): void } {
  const original = window.requestAnimationFrame;
  let count = 0;
  window.requestAnimationFrame = (callback) => {
    count++;
    return original.call(window, callback);
  };
  return {
    get count() {
      return count;
    },
    restore: () => void (window.requestAnimationFrame = original),
  };
}

for (const suiteMotion of MOTIONS)
  describe(`mbc-achievement-counter, motion="${suiteMotion}"`, () => {
    before(() => (motion = suiteMotion));
    after(() => (motion = 'count'));
    let warnings: CapturedWarnings;
    let errors: ReturnType<typeof collectDataErrors>;
    let uncaught: unknown[];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    beforeEach(() => {
      warnings = captureWarnings();
      errors = collectDataErrors();
      uncaught = [];
      window.addEventListener('error', onError);
    });
    afterEach(async () => {
      warnings.restore();
      errors.stop();
      window.removeEventListener('error', onError);
      for (const el of created.splice(0)) el.remove();
      document.documentElement.lang = 'en';
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(uncaught, 'uncaught errors').to.be.empty;
    });

    describe('formatting in the page language', () => {
      const cases: Array<[string, Record<string, string | number>, string]> = [
        ['en', { value: 55000000, format: 'compact' }, '55 million'],
        ['en', { value: 55300000, format: 'compact' }, '55.3 million'],
        ['en', { value: 1234567, format: 'compact' }, '1.23 million'],
        ['en', { value: 55300000, format: 'compact', decimals: 0 }, '55 million'],
        ['fr', { value: 55000000, format: 'compact' }, '55 millions'],
        ['fr', { value: 55300000, format: 'compact' }, '55,3 millions'],
        ['zh', { value: 55000000, format: 'compact' }, '5500万'],
        ['zh', { value: 55300000, format: 'compact' }, '5530万'],
        ['en', { value: 75, format: 'percent' }, '75%'],
        ['fr', { value: 75, format: 'percent' }, new Intl.NumberFormat(intlTag('fr'), { style: 'percent' }).format(0.75)],
        ['en', { value: 12.5, format: 'percent' }, '12.5%'],
        ['en', { value: 1234567 }, '1,234,567'],
        ['fr', { value: 1234567 }, new Intl.NumberFormat(intlTag('fr')).format(1234567)],
        ['en', { value: 3.14159, decimals: 3 }, '3.142'],
        ['en', { value: -1234567 }, '-1,234,567'],
        ['en', { value: -55300000, format: 'compact' }, '-55.3 million'],
        ['en', { value: '1e16' }, '10,000,000,000,000,000'],
        ['en', { value: 2.5e15, format: 'compact' }, '2500 trillion'],
        [
          'ar-u-nu-arab',
          { value: 75, format: 'percent' },
          new Intl.NumberFormat('ar-u-nu-arab', { style: 'percent' }).format(0.75),
        ],
        [
          'ar-u-nu-arab',
          { value: 55000000, format: 'compact' },
          new Intl.NumberFormat('ar-u-nu-arab', { notation: 'compact', compactDisplay: 'long' }).format(55e6),
        ],
      ];
      for (const [lang, attributes, expected] of cases) {
        it(`${lang}: ${JSON.stringify(attributes)} → ${JSON.stringify(expected)}`, async () => {
          document.documentElement.lang = lang;
          const made = await make({ ...attributes, start: 'load', duration: 0 });
          expect(digitsOf(made.el)).to.equal(expected);
          expect(spokenOf(made.el)).to.equal(expected.replace(/[\s\u00a0\u202f]+/g, ' '));
          expect(warnings.messages).to.be.empty;
        });
      }

      it('honours the numbering system in the language tag (ar-u-nu-arab)', async () => {
        document.documentElement.lang = 'ar-u-nu-arab';
        const made = await make({ value: 1234, start: 'load', duration: 0 });
        expect(digitsOf(made.el)).to.match(/^[٠-٩٬]+$/);
        expect(digitsOf(made.el)).to.contain('١').and.contain('٤');
      });

      it('re-formats when <html lang> changes', async () => {
        const made = await make({ value: 55000000, format: 'compact', start: 'load', duration: 0 });
        expect(digitsOf(made.el)).to.equal('55 million');
        document.documentElement.lang = 'fr';
        const until = performance.now() + 3000;
        while (digitsOf(made.el) === '55 million' && performance.now() < until) await sleep(10);
        expect(digitsOf(made.el)).to.equal('55 millions');
        expect(spokenOf(made.el)).to.equal('55 millions');
      });

      const frameShapes: Array<[string, Record<string, string | number>, RegExp]> = [
        ['en', { value: 55000000, format: 'compact' }, /^\d{1,2} million$/],
        ['en', { value: 55300000, format: 'compact' }, /^\d{1,2}\.\d million$/],
        ['fr', { value: 55000000, format: 'compact' }, /^\d{1,2} millions?$/],
        ['zh', { value: 55000000, format: 'compact' }, /^\d{1,4}万$/],
        ['fr', { value: 75, format: 'percent' }, /^\d{1,2}[\u00a0\u202f]%$/],
        ['ar-u-nu-arab', { value: 75, format: 'percent' }, /^[٠-٩]{1,2}٪\u061c?$/],
        ['en', { value: 1234567 }, /^(\d{1,3})(,\d{3})*$/],
        ['en', { value: -55000000, format: 'compact' }, /^(0|-\d{1,2} million)$/],
      ];
      for (const [lang, attributes, shape] of frameShapes) {
        it(`${lang}: every frame of ${JSON.stringify(attributes)} has the final's shape`, async () => {
          document.documentElement.lang = lang;
          // Long enough for several frames on a loaded machine.
          const made = await make({ ...attributes, start: 'manual', duration: 1000 });
          made.el.start();
          const frames = await framesUntilEnd(made);
          expect(frames.length).to.be.greaterThan(5);
          for (const frame of frames.slice(0, -1)) expect(frame).to.match(shape);
          expect(new Set(frames).size, 'digits moved').to.be.greaterThan(3);
        });
      }

      it('frames in fr compact keep the word "millions" still (only digits change)', async () => {
        document.documentElement.lang = 'fr';
        const made = await make({ value: 55000000, format: 'compact', start: 'manual', duration: 300 });
        made.el.start();
        const frames = await framesUntilEnd(made);
        const words = new Set(frames.map((f) => f.replace(/[\d\s\u202f,]+/g, '')));
        // Intl's own plural would write "1 million" at 1; the frames keep the final's word.
        expect([...words]).to.deep.equal(['millions']);
      });
    });

    describe('no layout shift', () => {
      const rects = (els: Element[]) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return `${r.left.toFixed(2)},${r.top.toFixed(2)},${r.width.toFixed(2)},${r.height.toFixed(2)}`;
        });

      /** Whether this engine has the Layout Instability API (Chromium only). */
      const hasLayoutShiftApi = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

      /**
       * Measures layout shift while `during` runs, in two ways: the frames in which any of
       * `watched` moved or changed size (sampled every frame, in every engine), and the
       * Layout Instability API's score where the engine has it (Chromium; undefined elsewhere).
       */
      async function layoutShifts(watched: Element[], during: () => Promise<void>): Promise<{ moves: number; cls?: number }> {
        let cls = 0;
        const shifted: string[] = [];
        const observer = hasLayoutShiftApi
          ? new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<
                PerformanceEntry & { value: number; sources?: Array<{ node: Node | null }> }
              >) {
                cls += entry.value;
                for (const source of entry.sources ?? []) shifted.push(source.node?.nodeName ?? 'a node in a shadow root');
              }
            })
          : undefined;
        observer?.observe({ type: 'layout-shift' });
        let moves = 0;
        let last = rects(watched).join();
        let sampling = true;
        const sample = () => {
          const now = rects(watched).join();
          if (now !== last) moves++;
          last = now;
          if (sampling) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
        await during();
        await nextFrame();
        await nextFrame();
        sampling = false;
        for (const entry of (observer?.takeRecords() ?? []) as Array<PerformanceEntry & { value: number }>) cls += entry.value;
        observer?.disconnect();
        if (cls) console.info('layout shift sources:', shifted.join(', '));
        return { moves, cls: observer && cls };
      }

      it('control: the measure does see a plain growing number push the text after it', async () => {
        window.scrollTo(0, 0);
        const p = document.createElement('p');
        p.innerHTML = 'Before <span class="n">0</span> <span class="after">after</span>';
        document.body.prepend(p);
        created.push(p);
        await nextFrame();
        const n = p.querySelector('.n')!;
        const { moves, cls } = await layoutShifts([p.querySelector('.after')!], async () => {
          for (let i = 1; i < 12; i++) {
            n.textContent = String(10 ** i);
            await nextFrame();
          }
        });
        expect(moves).to.be.greaterThan(5);
        if (hasLayoutShiftApi) expect(cls).to.be.greaterThan(0);
      });

      const CASES: Array<Record<string, string | number>> = [
        { value: 55300000, format: 'compact', prefix: 'Over', suffix: '+', label: 'mines destroyed' },
        { value: 75, format: 'percent', prefix: 'More than', suffix: '!', label: 'fewer casualties' },
        { value: 1234567, suffix: 'km²', label: 'cleared' },
        { value: -1234, suffix: '°', label: 'negative' },
        { value: 5, from: 1000, suffix: '*', label: 'counting down' },
        { value: '1e16', suffix: '#', label: 'huge' },
      ];
      /** Runs every case in `lang` (with `css` on the page, if given): asserts no shift, nothing moving, digits inside their box. */
      async function runWithoutShift(lang: string, css = '') {
        window.scrollTo(0, 0);
        document.documentElement.lang = lang;
        const sheet = document.createElement('style');
        sheet.textContent = css;
        document.head.append(sheet);
        created.push(sheet);
        const box = document.createElement('div');
        box.style.width = '700px';
        document.body.prepend(box);
        created.push(box);
        const made: Made[] = [];
        // Long enough for a dozen frames even on a loaded machine (every frame measures every box).
        for (const attributes of CASES) made.push(await make({ ...attributes, start: 'manual', duration: 1200 }, '', box));
        const marker = document.createElement('p');
        marker.textContent = 'After the counters';
        box.append(marker);
        // Setting up shifted the page: let those frames pass before observing.
        await nextFrame();
        await nextFrame();
        await nextFrame();
        const watched = [
          ...made.flatMap(({ el }) => [el, ...el.shadowRoot!.querySelectorAll('[part=suffix], [part=label], [part=value]')]),
          marker,
        ];
        const initial = rects(watched);
        const boxes = made.map(({ el }) => el.shadowRoot!.querySelector('[part=value]')!);
        let frames = 0;
        const { moves, cls } = await layoutShifts(watched, async () => {
          for (const { el } of made) el.start();
          while (made.some((m) => !m.ends.length)) {
            await nextFrame();
            frames++;
            expect(rects(watched), `frame ${frames}`).to.deep.equal(initial);
            for (const value of boxes) {
              const range = document.createRange();
              range.selectNodeContents(value.querySelector('.digits')!);
              const text = range.getBoundingClientRect();
              const outer = value.getBoundingClientRect();
              expect(text.width, `"${value.textContent}" fits`).to.be.at.most(outer.width + 1);
              expect(text.left).to.be.at.least(outer.left - 1);
              expect(text.right).to.be.at.most(outer.right + 1);
            }
          }
        });
        expect(frames).to.be.greaterThan(10);
        expect(moves, 'frames in which something moved').to.equal(0);
        if (hasLayoutShiftApi) expect(cls, 'CLS').to.equal(0);
      }

      for (const lang of ['en', 'fr', 'ar', 'zh']) {
        it(`${lang}: CLS is 0 and nothing moves while ${CASES.length} counters run, and the digits always fit their box`, () =>
          runWithoutShift(lang));
      }

      // Campaign sites centre their figures: the digits still start where the final figure
      // starts (a centred frame would move with every width it takes).
      for (const [lang, align] of [
        ['en', 'center'],
        ['ar', 'center'],
        ['en', 'end'],
        ['ar', 'end'],
        ['en', 'justify'],
      ]) {
        it(`${lang}: CLS is 0 with the page aligning the counter's text to the ${align} (::part(base) and ::part(value))`, () =>
          runWithoutShift(lang, `${TAG}::part(base), ${TAG}::part(value) { text-align: ${align}; text-align-last: ${align}; }`));
      }
    });

    describe('right to left', () => {
      for (const lang of ['ar', 'ar-u-nu-arab']) {
        it(`${lang}: digits stay in reading order (most significant on the left)`, async () => {
          document.documentElement.lang = lang;
          const made = await make({ value: 1234567, start: 'load', duration: 0 });
          const digits = made.el.shadowRoot!.querySelector('.digits')!;
          const xs: number[] = [];
          if (motion === 'roll') {
            // Each digit is a column of its own.
            for (const column of digits.querySelectorAll('.column')) xs.push(column.getBoundingClientRect().left);
          } else {
            const node = digits.lastChild as Text;
            for (let i = 0; i < node.data.length; i++) {
              if (!/[0-9٠-٩]/.test(node.data[i])) continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              xs.push(range.getBoundingClientRect().left);
            }
          }
          expect(xs).to.have.length(7);
          expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
          expect(made.el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
        });
      }
    });

    describe('accessible text', () => {
      it('is the final figure with qualifier and label from the first frame, and the moving digits are hidden', async () => {
        const made = await make({ achievement: 'stockpiles-destroyed', start: 'manual' });
        const root = made.el.shadowRoot!;
        expect(digitsOf(made.el)).to.equal(atStart('0 million', '00 million'));
        expect(spokenOf(made.el)).to.equal('Over 55 million stockpiled anti-personnel mines destroyed');
        expect(root.querySelector('[part=value]')!.closest('[aria-hidden=true]')).to.exist;
        expect(root.querySelector('[part=label]')!.closest('[aria-hidden=true]')).to.exist;
        expect(root.querySelector('[aria-live], [role=status], [role=alert], [role=timer], [role=marquee]')).to.not.exist;
        // Nothing the reader hears changes during the run.
        const changes: MutationRecord[] = [];
        const observer = new MutationObserver((records) => changes.push(...records));
        observer.observe(root.querySelector('.sr-only')!, { subtree: true, childList: true, characterData: true });
        made.el.setAttribute('duration', '300');
        await made.el.updateComplete;
        made.el.start();
        await ended(made);
        observer.disconnect();
        expect(changes).to.be.empty;
        expect(spokenOf(made.el)).to.equal('Over 55 million stockpiled anti-personnel mines destroyed');
      });

      it('is read once: the visible figure and label are not exposed a second time', async () => {
        const made = await make({
          value: 75,
          format: 'percent',
          prefix: 'More than',
          label: 'fall in casualties',
          start: 'manual',
        });
        // Every text node a screen reader can reach, in order.
        const walker = document.createTreeWalker(made.el.shadowRoot!, NodeFilter.SHOW_TEXT);
        const exposed: Node[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement!.closest('[aria-hidden=true]') || !node.textContent!.trim()) continue;
          exposed.push(node);
        }
        // Prefix, figure and label are their own nodes (each can be marked with its language), all in the accessible text.
        expect(exposed.every((node) => node.parentElement!.closest('.sr-only'))).to.be.true;
        expect(textOf({ textContent: exposed.map((node) => node.textContent).join('') } as Element)).to.equal(
          'More than 75% fall in casualties',
        );
      });

      it('light-DOM text that says the figure: the words before it are the prefix, those after it the label', async () => {
        const made = await make(
          { value: 55000000, format: 'compact', start: 'manual' },
          'Over 55 million stockpiled mines destroyed',
        );
        const part = (name: string) => textOf(made.el.shadowRoot!.querySelector(`[part=${name}]`));
        expect([part('prefix'), part('label')]).to.deep.equal(['Over', 'stockpiled mines destroyed']);
        expect(spokenOf(made.el)).to.equal('Over 55 million stockpiled mines destroyed');
        const percent = await make({ value: 75, format: 'percent', start: 'manual' }, 'Casualties down by more than 75%');
        expect(textOf(percent.el.shadowRoot!.querySelector('[part=prefix]'))).to.equal('Casualties down by more than');
        expect(textOf(percent.el.shadowRoot!.querySelector('[part=label]'))).to.equal('');
        const given = await make({ value: 164, prefix: 'Now', start: 'manual' }, 'Over 164 States Parties');
        expect(textOf(given.el.shadowRoot!.querySelector('[part=prefix]')), 'a prefix attribute wins').to.equal('Now');
        expect(textOf(given.el.shadowRoot!.querySelector('[part=label]'))).to.equal('States Parties');
      });

      it('light-DOM text without the figure: figure, then label', async () => {
        const el = document.createElement(TAG);
        el.setAttribute('value', '120');
        el.setAttribute('start', 'manual');
        el.innerHTML = '  States have <b>joined</b> <script type="application/json">{}</script>';
        document.body.append(el);
        created.push(el);
        await el.dataComplete;
        const made = { el };
        expect(spokenOf(made.el)).to.equal('120 States have joined');
      });

      it('the label attribute wins over light-DOM text (which stays the no-JS fallback)', async () => {
        const made = await make({ value: 7, label: 'days', start: 'manual' }, 'Seven days');
        expect(textOf(made.el.shadowRoot!.querySelector('[part=label]'))).to.equal('days');
        expect(spokenOf(made.el)).to.equal('7 days');
        expect(made.el.getBoundingClientRect().height).to.be.greaterThan(0);
      });

      it('prefix and suffix are spaced like words, and symbols stick to the figure', async () => {
        const a = await make({ value: 5, prefix: '$', suffix: '+', start: 'manual' });
        expect(spokenOf(a.el)).to.equal('$5+');
        const b = await make({ value: 5, prefix: 'Over', suffix: 'tonnes', start: 'manual' });
        expect(spokenOf(b.el)).to.equal('Over 5 tonnes');
      });

      it('zh: a qualifier ending in a Chinese word (逾, 超过) and a Chinese suffix stick to the figure', async () => {
        document.documentElement.lang = 'zh';
        // What the figure line shows: prefix, space, the figure on show, space, suffix.
        const visible = (made: Made) =>
          Array.from(made.el.shadowRoot!.querySelector('.figure')!.childNodes, (node) =>
            node instanceof Element && node.matches('[part=value]') ? digitsOf(made.el) : node.textContent,
          ).join('');
        const over = await make({
          value: 55000000,
          format: 'compact',
          prefix: '逾',
          label: '枚地雷',
          start: 'load',
          duration: 0,
        });
        expect(visible(over)).to.equal('逾5500万');
        expect(spokenOf(over.el)).to.equal('逾5500万 枚地雷');
        const more = await make({ value: 5, prefix: '超过', suffix: '吨', start: 'load', duration: 0 });
        expect(visible(more)).to.equal('超过5吨');
        // Latin words on a Chinese page are still spaced.
        const latin = await make({ value: 5, prefix: 'Over', suffix: 'km', start: 'load', duration: 0 });
        expect(visible(latin)).to.equal('Over 5 km');
      });

      it('renders hostile label, prefix and suffix as text', async () => {
        for (const payload of HOSTILE_STRINGS) {
          const made = await make({ value: 1, label: payload, prefix: payload, suffix: payload, start: 'manual' });
          expect(textOf(made.el.shadowRoot!.querySelector('[part=label]'))).to.equal(payload.replace(/\s+/g, ' ').trim());
          assertInert(made.el.shadowRoot!);
        }
      });
    });

    describe('the data', () => {
      it("with no attributes shows the statement's first listed figure", async () => {
        const made = await make({ start: 'load', duration: 0 });
        expect(digitsOf(made.el)).to.equal('55 million');
        expect(spokenOf(made.el)).to.equal('Over 55 million stockpiled anti-personnel mines destroyed');
        expect(made.ends[0].detail).to.deep.equal({ element: TAG, id: null, achievement: null, value: 55000000 });
      });

      it('achievement="casualties-fallen" gives value, format, qualifier and label', async () => {
        const made = await make({ achievement: 'casualties-fallen', start: 'load', duration: 0 });
        expect(digitsOf(made.el)).to.equal('75%');
        expect(textOf(made.el.shadowRoot!.querySelector('[part=prefix]'))).to.equal('More than');
        expect(spokenOf(made.el)).to.equal('More than 75% fall in casualties since the late 1990s');
      });

      it("attributes override the achievement's data", async () => {
        const made = await make({
          achievement: 'stockpiles-destroyed',
          format: 'number',
          prefix: '',
          label: 'mines',
          start: 'load',
          duration: 0,
        });
        await made.el.dataComplete;
        expect(made.el.shadowRoot!.querySelector('[part=prefix]')).to.not.exist;
        expect(spokenOf(made.el)).to.equal('55,000,000 mines');
      });

      it('takes the figure from src, showing the built-in one while it loads', async () => {
        const feed = {
          achievements: [{ id: 'stockpiles-destroyed', text: 'x', value: 56100000, format: 'compact', label: 'from the feed' }],
        };
        const made = await make({
          achievement: 'stockpiles-destroyed',
          src: jsonUrl(feed, { delay: 200 }),
          start: 'load',
          duration: 0,
        });
        await made.el.dataComplete;
        expect(digitsOf(made.el)).to.equal('56.1 million');
        expect(spokenOf(made.el)).to.equal('56.1 million from the feed');
      });

      it("a new src while shown (a feed the page polls) counts on from the figure on show to the feed's new one", async () => {
        const feed = (value: number, delay?: number) =>
          jsonUrl(
            { achievements: [{ id: 'stockpiles-destroyed', text: 'x', value, format: 'number', label: 'destroyed' }] },
            { delay },
          );
        const made = await make({ achievement: 'stockpiles-destroyed', src: feed(1000), start: 'load', duration: 300 });
        await ended(made);
        expect(digitsOf(made.el)).to.equal('1,000');
        made.el.src = feed(2000, 300);
        // While the new figure is on its way, the one on show stays (not the built-in statement's).
        const waiting: string[] = [];
        for (let i = 0; i < 10; i++) {
          await sleep(20);
          waiting.push(digitsOf(made.el));
        }
        expect(new Set(waiting)).to.deep.equal(new Set(['1,000']));
        await made.el.dataComplete;
        const frames = await framesUntilEnd(made, 2);
        const figures = frames.map((text) => Number(text.replace(/,/g, '')));
        expect(figures.length, 'it animates').to.be.greaterThan(3);
        expect(Math.min(...figures), 'from the figure on show, not from 0').to.be.at.least(1000);
        expect(figures.at(-1)).to.equal(2000);
        expect(made.ends.map((e) => e.detail.value)).to.deep.equal([1000, 2000]);
      });

      it('an unknown achievement shows the fallback text, warns once and fires mbc-data-error', async () => {
        const made = await make({ achievement: 'no-such-thing' }, 'Fallback figure');
        expect(made.el.shadowRoot!.querySelector('slot')).to.exist;
        expect(made.el.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<mbc-achievement-counter>').and.contain('no-such-thing');
        expect(errors.events.map((e) => e.detail.field)).to.deep.equal(['achievement']);
      });
    });

    describe('languages of the texts, and the translation note', () => {
      const note = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~=translation-note]');
      /** `lang` and `dir` of the visible label and prefix, and of their copies in the accessible text. */
      const marks = (el: Element) =>
        ['[part=label]', '.sr-only > span:last-child', '[part=prefix]', '.sr-only > span:first-child'].map((selector) => {
          const node = el.shadowRoot!.querySelector(selector);
          return node && [node.getAttribute('lang'), node.getAttribute('dir')];
        });
      const UNMARKED = [null, null];
      afterEach(() => setPageLanguage('en'));

      it("on a French page, the statement's unofficial translations show with the note the other elements show", async () => {
        await setPageLanguage('fr');
        const made = await make({ achievement: 'stockpiles-destroyed', start: 'manual' });
        const line = note(made.el)!;
        expect(textOf(line)).to.equal('Traduction non officielle');
        expect(line.localName).to.equal('p');
        // Inside the base, in the page's language, after the label; styled by translationNoteStyles.
        expect(line.closest('[part=base]')!.getAttribute('lang')).to.equal('fr');
        expect(
          made.el.shadowRoot!.querySelector('[part=label]')!.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).to.be.ok;
        expect(parseFloat(getComputedStyle(line).fontSize)).to.be.below(
          parseFloat(getComputedStyle(made.el.shadowRoot!.querySelector('[part=label]')!).fontSize),
        );
        // The built-in statement has no URL: no link (a button instead, below).
        expect(line.querySelector('a')).to.be.null;
        // Everything is in French: nothing is marked with another language.
        expect(marks(made.el)).to.deep.equal([UNMARKED, UNMARKED, UNMARKED, UNMARKED]);
        expect(spokenOf(made.el)).to.equal(
          `Plus de ${new Intl.NumberFormat(intlTag('fr'), { notation: 'compact', compactDisplay: 'long' }).format(55e6).replace(/\s+/g, ' ')} de mines antipersonnel stockées détruites`,
        );
        // The note is a button that shows the English original in place, marked as English, and back.
        const label = () => textOf(made.el.shadowRoot!.querySelector('[part=label]'));
        const button = () => note(made.el)!.querySelector('button')!;
        expect([textOf(button()), button().getAttribute('aria-pressed')]).to.deep.equal(['Traduction non officielle', 'false']);
        button().click();
        await made.el.updateComplete;
        expect(label()).to.equal('stockpiled anti-personnel mines destroyed');
        expect(marks(made.el).slice(0, 2)).to.deep.equal([
          ['en', 'ltr'],
          ['en', 'ltr'],
        ]);
        expect([textOf(button()), button().getAttribute('aria-pressed')]).to.deep.equal(['Afficher la traduction', 'true']);
        button().click();
        await made.el.updateComplete;
        expect(label()).to.equal('de mines antipersonnel stockées détruites');
      });

      it('on an English page there is no note; a counter given value and label shows none in any language', async () => {
        const made = await make({ achievement: 'stockpiles-destroyed', start: 'manual' });
        expect(made.el.shadowRoot!.querySelector('[part=label]')).to.exist;
        expect(note(made.el)).to.be.null;
        await setPageLanguage('fr');
        const given = await make({ value: 5, label: 'jours', start: 'manual' });
        expect(note(given.el)).to.be.null;
        // The first one follows the page: the French text now, and its note.
        await made.el.updateComplete;
        expect(textOf(note(made.el))).to.equal('Traduction non officielle');
      });

      it('a label the data has only in English is marked lang="en" dir="ltr" on an Arabic page, on screen and in the accessible text, and noted with a link to the original', async () => {
        await setPageLanguage('ar');
        const data = {
          url: 'https://example.org/statement',
          officialLanguages: ['en', 'ar'],
          achievements: [
            { id: 'x', text: 'x', value: 5, qualifier: { en: 'Over', ar: 'أكثر من' }, label: 'States in English only' },
          ],
        };
        const made = await make({ achievement: 'x', src: jsonUrl(data), start: 'manual' });
        expect(textOf(made.el.shadowRoot!.querySelector('[part=label]'))).to.equal('States in English only');
        expect(textOf(made.el.shadowRoot!.querySelector('.sr-only > span:last-child'))).to.equal('States in English only');
        expect(marks(made.el)).to.deep.equal([['en', 'ltr'], ['en', 'ltr'], UNMARKED, UNMARKED]);
        const base = made.el.shadowRoot!.querySelector('[part=base]')!;
        expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
        const line = note(made.el)!;
        expect(textOf(line)).to.equal('متاح باللغة الإنكليزية فقط');
        const link = line.querySelector('a')!;
        expect([link.getAttribute('href'), link.getAttribute('hreflang')]).to.deep.equal(['https://example.org/statement', 'en']);
        await expect(made.el).to.be.accessible();

        // In English the same texts need neither marks nor a note.
        await setPageLanguage('en');
        await made.el.updateComplete;
        expect(textOf(made.el.shadowRoot!.querySelector('[part=prefix]'))).to.equal('Over');
        expect(marks(made.el)).to.deep.equal([UNMARKED, UNMARKED, UNMARKED, UNMARKED]);
        expect(note(made.el)).to.be.null;
      });

      it('a qualifier in English is marked too, and both noted', async () => {
        await setPageLanguage('ar');
        const data = {
          achievements: [{ id: 'y', text: 'y', value: 7, qualifier: 'Over', label: { en: 'things', ar: 'أشياء' } }],
        };
        const made = await make({ achievement: 'y', src: jsonUrl(data), start: 'manual' });
        expect(marks(made.el)).to.deep.equal([UNMARKED, UNMARKED, ['en', 'ltr'], ['en', 'ltr']]);
        // The label is an unofficial Arabic translation (the data's official language is English by default), the qualifier English.
        expect(textOf(note(made.el))).to.equal('ترجمة غير رسمية؛ بعض الأجزاء متاحة باللغة الإنكليزية فقط');
      });

      it("the host's lang attribute is the language of the label and prefix given by attribute (and of the text inside the tag)", async () => {
        await setPageLanguage('ar');
        const made = await make({ value: 5, prefix: 'Over', label: 'days', lang: 'en', start: 'manual' });
        expect(marks(made.el)).to.deep.equal([
          ['en', 'ltr'],
          ['en', 'ltr'],
          ['en', 'ltr'],
          ['en', 'ltr'],
        ]);
        expect(note(made.el), 'no note: these texts are not from the data').to.be.null;
        // Observed: a language we do not know gets dir="auto"; none, and the texts are in the page's language.
        made.el.setAttribute('lang', 'de');
        await made.el.updateComplete;
        expect(marks(made.el)[0]).to.deep.equal(['de', 'auto']);
        made.el.removeAttribute('lang');
        await made.el.updateComplete;
        expect(marks(made.el)).to.deep.equal([UNMARKED, UNMARKED, UNMARKED, UNMARKED]);
        const inside = await make({ value: 5, lang: 'en', start: 'manual' }, 'days in English');
        expect(marks(inside.el)[0]).to.deep.equal(['en', 'ltr']);
        expect(spokenOf(inside.el)).to.equal(`${new Intl.NumberFormat(intlTag('ar')).format(5)} days in English`);
      });
    });

    describe(':state(loading)', () => {
      it('is not set with a value, nor when a bad value shows the fallback', async () => {
        const given = await make({ value: 5, label: 'days', start: 'manual' });
        expect(given.el.matches(':state(loading)')).to.be.false;
        const bad = await make({ value: 'abc' }, 'Fallback');
        expect(bad.el.shadowRoot!.querySelector('slot')).to.exist;
        expect(bad.el.matches(':state(loading)')).to.be.false;
        // (While the data is on its way it is set: see note-alone.test.ts, on a page that has loaded nothing yet.)
      });
    });

    describe('bad input', () => {
      for (const bad of ['abc', 'NaN', '1e999', '', '   ', 'Infinity', '-Infinity', '0x10', '12,5', '5 million']) {
        it(`value=${JSON.stringify(bad)} shows the fallback text, warns once, fires mbc-data-error, throws nothing`, async () => {
          const made = await make({ value: bad, start: 'load' }, 'Over 55 million stockpiled mines destroyed');
          await sleep(50);
          await made.el.updateComplete;
          expect(made.el.shadowRoot!.querySelector('slot')).to.exist;
          expect(made.el.shadowRoot!.querySelector('[part=value]')).to.not.exist;
          const range = document.createRange();
          range.selectNodeContents(made.el);
          expect(range.getBoundingClientRect().width, 'fallback text is visible').to.be.greaterThan(50);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<mbc-achievement-counter> value');
          expect(errors.events).to.have.length(1);
          expect(errors.events[0].detail).to.include({ element: TAG, field: 'value', source: 'attribute' });
          expect(errors.events[0].bubbles && errors.events[0].composed).to.be.true;
          expect(made.ends).to.be.empty;
          expect(clockRunning()).to.be.false;
        });
      }

      it('a bad value set as a property (NaN) is handled the same way, and a good one recovers', async () => {
        const made = await make({ value: 5, start: 'load', duration: 0 }, 'Five');
        made.el.value = Number.NaN;
        await made.el.updateComplete;
        expect(made.el.shadowRoot!.querySelector('slot')).to.exist;
        expect(errors.events).to.have.length(1);
        made.el.value = 6;
        await made.el.updateComplete;
        await sleep(0);
        expect(made.el.shadowRoot!.querySelector('[part=value]')).to.exist;
      });

      const others: Array<[string, string, string]> = [
        ['from', 'zero', '5'],
        ['duration', '-5', '5'],
        ['duration', 'slow', '5'],
        ['decimals', '2.5', '5'],
        ['decimals', '21', '5'],
        ['format', 'currency', '5'],
        ['motion', 'spin', '5'],
        ['start', 'soon', '5'],
      ];
      for (const [attribute, bad, shown] of others) {
        it(`${attribute}="${bad}" warns once, fires mbc-data-error and uses the default`, async () => {
          const made = await make({ value: 5, [attribute]: bad, ...(attribute === 'start' ? {} : { start: 'load' }) });
          if (attribute === 'start') made.el.start();
          await ended(made);
          expect(digitsOf(made.el)).to.equal(shown);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(attribute);
          expect(errors.events.map((e) => e.detail.field)).to.deep.equal([attribute]);
        });
      }

      it('an unknown start mode falls back to visible', async () => {
        const made = await make({ value: 5, start: 'soon', duration: 0 });
        await ended(made);
        expect(made.ends).to.have.length(1);
      });
    });

    describe('start modes, reset and live updates', () => {
      it('start="manual" waits for start(), requesting no frame', async () => {
        const spy = spyFrames();
        try {
          const made = await make({ value: 50, start: 'manual', duration: 200 });
          await sleep(100);
          expect(spy.count).to.equal(0);
          expect(digitsOf(made.el)).to.equal(atStart('0', '00'));
          expect(made.ends).to.be.empty;
          made.el.start();
          await ended(made);
          expect(digitsOf(made.el)).to.equal('50');
        } finally {
          spy.restore();
        }
      });

      it('start="load" begins at once', async () => {
        const made = await make({ value: 50, start: 'load', duration: 200 });
        // Counting runs on the clock; rolling, its columns' animations run (and the clock does not).
        if (motion === 'count') expect(clockRunning()).to.be.true;
        else expect(made.el.shadowRoot!.getAnimations().map((a) => a.playState)).to.include('running');
        await ended(made);
      });

      it('start="visible" (default) begins when half of it is in view, once', async () => {
        const made = await make({ value: 50, duration: 200 }, '', belowTheFold());
        made.el.style.fontSize = '40px';
        await sleep(150);
        expect(made.ends, 'not started off screen').to.be.empty;
        expect(waitingForVisibility()).to.equal(1);
        // A quarter in view: not yet.
        const rect = made.el.getBoundingClientRect();
        window.scrollBy(0, rect.top - window.innerHeight + rect.height * 0.25);
        await sleep(150);
        expect(made.ends, 'not started at a quarter').to.be.empty;
        made.el.scrollIntoView({ block: 'center' });
        await ended(made);
        expect(waitingForVisibility()).to.equal(0);
        window.scrollTo(0, 0);
        made.el.scrollIntoView({ block: 'center' });
        await sleep(150);
        expect(made.ends, 'once').to.have.length(1);
        window.scrollTo(0, 0);
      });

      it('reset() shows from again and start() runs again', async () => {
        const made = await make({ value: 50, from: 10, start: 'load', duration: 150 });
        await ended(made);
        made.el.reset();
        expect(digitsOf(made.el)).to.equal('10');
        expect(clockRunning()).to.be.false;
        made.el.start();
        await ended(made, 2);
        expect(digitsOf(made.el)).to.equal('50');
      });

      it('reset() mid-run stops the run without an end event', async () => {
        const made = await make({ value: 50, start: 'load', duration: 1000 });
        await nextFrame();
        await nextFrame();
        made.el.reset();
        expect(clockRunning()).to.be.false;
        await sleep(100);
        expect(made.ends).to.be.empty;
        expect(digitsOf(made.el)).to.equal(atStart('0', '00'));
      });

      it('from counts down as well as up', async () => {
        // Rolling shows the final's digit positions only: it starts from a figure as long as the final.
        const [value, from, first, last] = motion === 'count' ? [5, 1000, '1,000', 5] : [1000, 9000, '9,000', 1000];
        const made = await make({ value, from, start: 'manual', duration: 300 });
        expect(digitsOf(made.el)).to.equal(first);
        made.el.start();
        const frames = await framesUntilEnd(made);
        const numbers = frames.map((f) => Number(f.replace(/,/g, '')));
        // Each frame is a figure between the two; rolling, each column turns on its own, as an odometer's do.
        if (motion === 'count') expect(numbers).to.deep.equal([...numbers].sort((a, b) => b - a));
        expect(numbers.at(-1)).to.equal(last);
      });

      it('a new value while shown animates from the current figure to the new one', async () => {
        const made = await make({ value: 100, start: 'load', duration: 150 });
        await ended(made);
        made.el.value = 200;
        await made.el.updateComplete;
        const frames = (await framesUntilEnd(made, 2)).map(Number);
        expect(frames.length).to.be.greaterThan(2);
        expect(Math.min(...frames), 'counts on from 100, not from 0').to.be.at.least(100);
        expect(frames.at(-1)).to.equal(200);
        expect(made.ends[1].detail.value).to.equal(200);
      });

      it('a new value mid-run turns the run around from where it is', async () => {
        const made = await make({ value: 1000, start: 'load', duration: 600 });
        await sleep(200);
        const at = Number(digitsOf(made.el).replace(/,/g, ''));
        made.el.setAttribute('value', '0');
        await made.el.updateComplete;
        const frames = (await framesUntilEnd(made)).map((f) => Number(f.replace(/,/g, '')));
        // Counting, the frames are figures between: from where it was, down. (Rolling, the columns turn on their own.)
        if (motion === 'count') {
          expect(at).to.be.within(1, 999);
          expect(Math.max(...frames)).to.be.at.most(at + 100);
        }
        expect(frames.length).to.be.greaterThan(2);
        expect(frames.at(-1)).to.equal(0);
        expect(made.ends).to.have.length(1);
        expect(made.ends[0].detail.value).to.equal(0);
      });

      it('a value set before the run starts is simply the target', async () => {
        const made = await make({ value: 10, start: 'manual', duration: 0 });
        made.el.value = 20;
        await made.el.updateComplete;
        expect(made.ends).to.be.empty;
        made.el.start();
        expect(digitsOf(made.el)).to.equal('20');
      });
    });

    describe('mbc-counter-end', () => {
      it('fires once per run, bubbling and composed, with element, id, achievement and value', async () => {
        const outer = await fixture(html`<div></div>`);
        const heard = oneEvent(outer, 'mbc-counter-end');
        const el = document.createElement(TAG);
        el.id = 'mines';
        el.setAttribute('achievement', 'stockpiles-destroyed');
        el.setAttribute('start', 'load');
        el.setAttribute('duration', '200');
        let count = 0;
        el.addEventListener('mbc-counter-end', () => count++);
        outer.append(el);
        const event = await heard;
        expect(event.bubbles && event.composed).to.be.true;
        expect(event.detail).to.deep.equal({ element: TAG, id: 'mines', achievement: 'stockpiles-destroyed', value: 55000000 });
        await sleep(200);
        expect(count).to.equal(1);
      });

      it('ends on the first frame at or after the duration (ease-out, duration honoured)', async () => {
        const made = await make({ value: 1000, start: 'manual', duration: 500 });
        const frames: Array<[number, number]> = [];
        made.el.start();
        while (!made.ends.length) {
          const now = await nextFrame();
          frames.push([now, Number(digitsOf(made.el).replace(/,/g, ''))]);
        }
        const first = frames[0][0];
        const last = frames.at(-1)![0];
        const beforeEnd = frames.at(-2)![0];
        expect(last - first + 17, 'not before the duration').to.be.at.least(500);
        // Rolling, the end is the animations' finish event, which the compositor's last frame
        // sends to the main thread for its next frame: up to two frames later.
        const late = motion === 'roll' ? (2 * 1000) / 60 : 0;
        expect(beforeEnd - first, 'the frame before the end is within the duration').to.be.below(500 + late);
        // Ease-out: more than half the way in the first third of the time.
        const third = frames.find(([t]) => t - first >= 500 / 3)!;
        expect(third[1]).to.be.greaterThan(500);
      });
    });

    describe('reduced motion', () => {
      it('prefers-reduced-motion: reduce shows the final value at once, with no frame', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const spy = spyFrames();
        try {
          const made = await make({ value: 55000000, format: 'compact', start: 'load' });
          expect(digitsOf(made.el)).to.equal('55 million');
          expect(made.ends).to.have.length(1);
          expect(clockRunning()).to.be.false;
          made.el.value = 60000000;
          await made.el.updateComplete;
          expect(digitsOf(made.el)).to.equal('60 million');
          await sleep(50);
          expect(spy.count).to.equal(0);
        } finally {
          spy.restore();
        }
      });

      it('start="visible" (default) shows the value at once too, below the fold, without waiting to be seen; manual still waits', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const below = belowTheFold();
        const unseen = await make({ value: 55000000, format: 'compact' }, '', below);
        const manual = await make({ value: 75, format: 'percent', start: 'manual' });
        expect(digitsOf(unseen.el)).to.equal('55 million');
        expect(unseen.ends).to.have.length(1);
        expect(waitingForVisibility(), 'nothing waits to be seen').to.equal(0);
        expect(digitsOf(manual.el)).to.equal(atStart('0%', '00%'));
        manual.el.start();
        expect(digitsOf(manual.el)).to.equal('75%');
      });
    });

    describe('printing', () => {
      const print = () => window.dispatchEvent(new Event('beforeprint'));

      it('shows the value of counters not yet seen, not yet started or still moving, and ends their runs', async () => {
        const below = belowTheFold();
        const unseen = await make({ value: 55000000, format: 'compact' }, '', below);
        const manual = await make({ value: 75, format: 'percent', start: 'manual' });
        const moving = await make({ value: 1000, start: 'load', duration: 60000 });
        await nextFrame();
        expect([digitsOf(unseen.el), digitsOf(manual.el)]).to.deep.equal([
          atStart('0 million', '00 million'),
          atStart('0%', '00%'),
        ]);
        const moves = () =>
          motion === 'count' ? clockRunning() : moving.el.shadowRoot!.getAnimations().some((a) => a.playState === 'running');
        expect(moves(), 'moving').to.be.true;
        expect(waitingForVisibility()).to.equal(1);
        print();
        expect([digitsOf(unseen.el), digitsOf(manual.el), digitsOf(moving.el)]).to.deep.equal(['55 million', '75%', '1,000']);
        expect([unseen.ends.length, manual.ends.length, moving.ends.length]).to.deep.equal([1, 1, 1]);
        expect(clockRunning(), 'no frame requested').to.be.false;
        expect(moves(), 'still moving').to.be.false;
        expect(waitingForVisibility(), 'no longer waits to be seen').to.equal(0);
        // Back on screen, nothing runs again: the values stay.
        unseen.el.scrollIntoView();
        await sleep(100);
        expect(digitsOf(unseen.el)).to.equal('55 million');
        expect(unseen.ends).to.have.length(1);
      });

      it('leaves finished counters alone, and removed ones stop listening', async () => {
        const done = await make({ value: 5, start: 'load', duration: 0 });
        const removed = await make({ value: 10, start: 'manual' });
        removed.el.remove();
        print();
        expect(done.ends, 'no second end').to.have.length(1);
        // Put back (to be rendered, and read) after printing: it was not run to its end.
        document.body.append(removed.el);
        await removed.el.updateComplete;
        expect(digitsOf(removed.el)).to.equal(atStart('0', '00'));
        expect(removed.ends).to.have.length(0);
      });
    });

    describe('one clock', () => {
      it('all counters share one requestAnimationFrame loop', async () => {
        const counters = await Promise.all(
          Array.from({ length: 20 }, (_, i) => make({ value: 1000 + i, start: 'manual', duration: 300 })),
        );
        const spy = spyFrames();
        try {
          const t0 = performance.now();
          for (const { el } of counters) el.start();
          if (motion === 'roll') {
            // Rolling needs no clock at all: no script runs per frame, no frame is requested.
            expect(runningAnimations()).to.equal(0);
            await Promise.all(counters.map((made) => ended(made)));
            expect(spy.count).to.equal(0);
            return;
          }
          expect(runningAnimations()).to.equal(20);
          await Promise.all(counters.map((made) => ended(made)));
          const frames = (performance.now() - t0) / (1000 / 60);
          // 20 loops would request ~20 frames per frame; one loop requests one.
          expect(spy.count).to.be.at.most(Math.ceil(frames) + 3);
        } finally {
          spy.restore();
        }
      });

      it('no frame is requested after the last run ends', async () => {
        const made = await make({ value: 10, start: 'load', duration: 200 });
        await ended(made);
        expect(clockRunning()).to.be.false;
        const spy = spyFrames();
        await sleep(150);
        spy.restore();
        expect(spy.count).to.equal(0);
      });

      it('removing 1,000 moving counters stops the clock: no frame, observer or animation left', async function () {
        // Rolling, 1,000 counters make about 5,500 columns and their animations: WebKit on a loaded machine takes over 10 s.
        if (motion === 'roll') this.timeout(60_000);
        const setUp = performance.now();
        const box = document.createElement('div');
        created.push(box);
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(TAG);
          el.setAttribute('value', String(i * 1000));
          el.setAttribute('start', 'load');
          el.setAttribute('duration', '10000');
          if (motion === 'roll') el.setAttribute('motion', 'roll');
          box.append(el);
        }
        const waiting = document.createElement('div');
        created.push(waiting);
        waiting.style.marginTop = '500vh';
        for (let i = 0; i < 50; i++) waiting.append(Object.assign(document.createElement(TAG), { value: i }));
        document.body.append(box, waiting);
        await Promise.all(Array.from(box.children, (el) => (el as MbcAchievementCounter).updateComplete));
        await Promise.all(Array.from(waiting.children, (el) => (el as MbcAchievementCounter).updateComplete));
        await nextFrame();
        await nextFrame();
        const counters = Array.from(box.children, (el) => el.shadowRoot!);
        console.info(`1,000 counters (${motion}) set up and moving in ${Math.round(performance.now() - setUp)} ms`);
        const rolling = () => counters.filter((root) => root.getAnimations().some((a) => a.playState === 'running')).length;
        // Counting, the 1,000 runs are on the clock; rolling, each (but the one rolling to 0) has its columns' animations.
        if (motion === 'count') {
          expect(runningAnimations()).to.equal(1000);
          expect(clockRunning()).to.be.true;
        } else expect(rolling()).to.equal(999);
        expect(waitingForVisibility()).to.equal(50);
        const spy = spyFrames();
        box.remove();
        waiting.remove();
        expect(rolling(), 'animations left running').to.equal(0);
        expect(runningAnimations()).to.equal(0);
        expect(clockRunning()).to.be.false;
        expect(waitingForVisibility()).to.equal(0);
        await sleep(200);
        spy.restore();
        expect(spy.count, 'frames requested after removal').to.equal(0);
      });

      it('a counter removed mid-run and put back shows its final value without running', async () => {
        const made = await make({ value: 10, start: 'load', duration: 5000 });
        await nextFrame();
        made.el.remove();
        document.body.append(made.el);
        await made.el.updateComplete;
        expect(clockRunning()).to.be.false;
        expect(digitsOf(made.el)).to.equal('10');
      });
    });

    if (suiteMotion === 'roll')
      describe('rolling', () => {
        it('no text node of the counter changes during a run: only transforms move', async () => {
          const cases: Array<[string, Record<string, string | number>]> = [
            ['en', { value: 55300000, format: 'compact', prefix: 'Over', label: 'mines destroyed' }],
            ['en', { value: 1234567.5, decimals: 1, suffix: 'km²', label: 'cleared' }],
            ['fr', { value: 75, format: 'percent', label: 'fewer casualties' }],
            ['en', { value: -1234, label: 'negative' }],
            ['ar-u-nu-arab', { value: 55000000, format: 'compact', label: 'ألغام' }],
            ['zh', { value: 55000000, format: 'compact', prefix: '逾', label: '枚地雷' }],
          ];
          for (const [lang, attributes] of cases) {
            document.documentElement.lang = lang;
            // Long enough for a dozen frames even on a loaded machine.
            const made = await make({ ...attributes, start: 'manual', duration: 1200 });
            const root = made.el.shadowRoot!;
            const changes: MutationRecord[] = [];
            const observer = new MutationObserver((records) => changes.push(...records));
            observer.observe(root, { subtree: true, childList: true, characterData: true });
            made.el.start();
            let frames = 0;
            while (!made.ends.length) {
              await nextFrame();
              frames++;
              // Taken while moving (the observer's records arrive as microtasks).
              if (frames === 5) expect(root.getAnimations().some((a) => a.playState === 'running')).to.be.true;
            }
            observer.disconnect();
            expect(frames, lang).to.be.greaterThan(10);
            expect(changes, `${lang} ${JSON.stringify(attributes)}: text changed`).to.deep.equal([]);
            expect(made.ends).to.have.length(1);
          }
        });

        it("each column holds the locale's digits (ar-u-nu-arab: Arabic-Indic), and the rest is text that stays", async () => {
          document.documentElement.lang = 'ar-u-nu-arab';
          const made = await make({ value: 1234567, start: 'manual' });
          const row = made.el.shadowRoot!.querySelector('.roll')!;
          const ribbons = Array.from(row.querySelectorAll('.ribbon'), (r) => r.textContent!.split('\n'));
          expect(ribbons).to.have.length(7);
          for (const lines of ribbons) for (const line of lines) expect(line).to.match(/^[٠-٩]$/);
          // The group separators are text between the columns, not in any.
          expect(row.querySelector('.number')!.childNodes).to.have.length(9);
          expect(digitsOf(made.el)).to.equal('٠٬٠٠٠٬٠٠٠');
          made.el.start();
          await ended(made);
          expect(digitsOf(made.el)).to.equal(new Intl.NumberFormat(intlTag('ar-u-nu-arab')).format(1234567));
        });
      });

    describe('parts and theme', () => {
      it('exposes value, label, prefix and suffix parts', async () => {
        const made = await make({ value: 5, prefix: 'Over', suffix: '+', label: 'things', start: 'manual' });
        for (const part of ['base', 'value', 'label', 'prefix', 'suffix']) {
          expect(made.el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
        }
      });

      it('the built-in statement is not needed with a value (needsBuiltInStatement)', async () => {
        const el = document.createElement(TAG) as MbcAchievementCounter;
        el.setAttribute('value', '5');
        expect((el as unknown as { needsBuiltInStatement(): boolean }).needsBuiltInStatement()).to.be.false;
        el.removeAttribute('value');
        expect((el as unknown as { needsBuiltInStatement(): boolean }).needsBuiltInStatement()).to.be.true;
      });
    });

    describe('accessibility', () => {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'ar', 'fr', 'zh']) {
          it(`is axe-clean (${theme}, ${lang})`, async () => {
            document.documentElement.lang = lang;
            const made = await make({ achievement: 'stockpiles-destroyed', theme, start: 'manual' });
            await expect(made.el).to.be.accessible();
            const other = await make({
              value: 75,
              format: 'percent',
              prefix: '>',
              suffix: '!',
              label: 'bound',
              theme,
              start: 'load',
              duration: 0,
            });
            await expect(other.el).to.be.accessible();
          });
        }
      }
    });
  });
