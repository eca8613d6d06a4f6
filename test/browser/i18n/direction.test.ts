/**
 * A visual check in both directions for every element of custom-elements.json,
 * measured from the boxes the browser laid out: each element renders with the
 * built-in statement in English (ltr) and Arabic (rtl) at 480 and 280 px, and
 * the Arabic layout must be the English one mirrored. Every block, list item,
 * figure, button and link (nested counters' too) starts as far from the host's
 * right edge in Arabic as from its left edge in English, and so does its text
 * (what follows other content on a line follows it in reading order; nothing sticks out);
 * paddings, margins and borders swap sides (list markers on the start side);
 * directional icons are flipped; the base element says dir="rtl" lang="ar"; and
 * figures inside Arabic text keep their order.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '../commands.js';
import { setPageLanguage } from '../helpers.js';
import { fold, isRendered, itCoversEveryElement, renderElement, shadowRoots, shadowTextNodes, TAGS } from './support.js';

const originalLang = document.documentElement.getAttribute('lang');
const WIDTHS = [480, 280];
const MIRRORED = 'matrix(-1, 0, 0, 1, 0, 0)';

interface Profile {
  /** Attribute sets to render (each in both directions), the lists each shows with markers (bullets, numbers), and whether it shows figures in Arabic text. */
  variants: Array<{ attrs: Record<string, string>; lists?: string[]; figures?: true }>;
  /** Icons that point somewhere (arrows): flipped right to left. */
  directionalIcons: string[];
  /** Runs before each render; returns what undoes it. */
  setup?: () => () => void;
}

/** navigator.share, so mbc-quote shows its share arrow (a directional icon); removed after. */
function withShare(): () => void {
  Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true, writable: true });
  return () => delete (navigator as unknown as Record<string, unknown>).share;
}

const PROFILES: Record<string, Profile> = {
  'mbc-achievement-counter': {
    // In both motions: counting (the default) writes the figure as text; rolling lays it out as digit columns.
    variants: [
      { attrs: { achievement: 'stockpiles-destroyed' }, figures: true },
      // "75%" is a paragraph of its own (no Arabic letter in it).
      { attrs: { achievement: 'casualties-fallen' } },
      { attrs: { achievement: 'stockpiles-destroyed', motion: 'roll' }, figures: true },
      { attrs: { achievement: 'casualties-fallen', motion: 'roll' } },
    ],
    directionalIcons: [],
  },
  'mbc-achievement-list': {
    variants: [
      { attrs: {}, figures: true },
      { attrs: { layout: 'list' }, figures: true },
    ],
    directionalIcons: [],
  },
  'mbc-call-to-action': { variants: [{ attrs: { href: '/join' } }], directionalIcons: ['[part~=icon]'] },
  'mbc-commitment-list': { variants: [{ attrs: {}, lists: ['ol'] }], directionalIcons: [] },
  'mbc-quote': { variants: [{ attrs: { href: '/statement' } }], directionalIcons: ['[part~=icon]'], setup: withShare },
  'mbc-signatory-list': {
    variants: [{ attrs: {}, lists: ['ul'] }, { attrs: { display: 'inline' } }, { attrs: { display: 'count' }, figures: true }],
    directionalIcons: [],
  },
  // The summary ("18 States"), and the full text with its bulleted achievements and numbered commitments.
  'mbc-statement-card': {
    variants: [
      { attrs: {}, figures: true },
      { attrs: { variant: 'full' }, lists: ['ul', 'ol'], figures: true },
    ],
    directionalIcons: [],
  },
};

/**
 * One laid-out box, measured in its own direction. How it is placed decides what is compared:
 * - `edge`: a block, or what comes first on its line: `start` is its distance from the host's inline-start edge;
 * - `parent`: absolutely positioned: `start` is its distance from its parent's inline-start edge;
 * - `after`: inline-level (or a flex item) after other content on its line, whose width differs by
 *   language: `ordered` says whether it follows that content in reading order (right of it in
 *   ltr, left of it in rtl).
 */
interface Box {
  key: string;
  el: HTMLElement;
  placed: 'edge' | 'parent' | 'after';
  start: number;
  ordered?: boolean;
  width: number;
  /** Where the block's text starts, from the host's inline-start edge (blocks with text only). */
  textStart?: number;
  /** Where its content box starts, from the host's inline-start edge. */
  contentStart: number;
  /** Physical sides as start/end: padding, margin and border widths. */
  sides: Record<'padding' | 'margin' | 'border', [number, number]>;
  /** A block in normal flow: as wide in both directions. */
  flowBlock: boolean;
  /** Within the host's width (nothing sticks out on either side). */
  inside: boolean;
  /** Starts its line although content comes before it in its parent: the line wrapped before it. */
  wrapped: boolean;
}

/** Whether rendered content (text or a box) comes before `el` in its parent. */
function anythingBefore(el: Element): boolean {
  for (let node = el.previousSibling; node; node = node.previousSibling) {
    if (
      node.nodeType === Node.TEXT_NODE
        ? node.nodeValue!.trim()
        : node instanceof Element && node.getBoundingClientRect().width >= 1
    )
      return true;
  }
  return false;
}

const px = (value: string) => parseFloat(value) || 0;
const INLINE = new Set(['inline', 'contents', 'none']);
const BLOCKS = new Set(['block', 'list-item', 'flow-root', 'flex', 'grid', 'table']);

/** The box of the content just before `el` on its line (text or an element), or null when `el` starts the line (or a row of a grid). */
function contentBefore(el: Element): DOMRect | null {
  const own = el.getBoundingClientRect();
  const sameLine = (prev: DOMRect) => (prev.bottom > own.top + 1 && prev.top < own.bottom - 1 ? prev : null);
  for (let node = el.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.nodeValue!.trim()) continue;
      const range = document.createRange();
      range.selectNode(node);
      const rects = range.getClientRects();
      return rects.length ? sameLine(rects[rects.length - 1]) : null;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const prev = node as Element;
    const style = getComputedStyle(prev);
    if (style.display === 'none' || style.position === 'absolute' || prev.getBoundingClientRect().width < 1) continue;
    return sameLine(prev.getBoundingClientRect());
  }
  return null;
}

/** The boxes of every non-inline element (and icon) of the element's shadow roots, keyed alike in both directions. */
function layout(host: HTMLElement, rtl: boolean): Map<string, Box> {
  const h = host.getBoundingClientRect();
  const fromStart = (r: DOMRect, of: DOMRect = h) => (rtl ? of.right - r.right : r.left - of.left);
  const boxes = new Map<string, Box>();
  shadowRoots(host).forEach((root, r) => {
    const seen = new Map<string, number>();
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('svg') && el.localName !== 'svg') continue;
      if (['style', 'slot', 'template'].includes(el.localName) || !isRendered(el)) continue;
      const style = getComputedStyle(el);
      if (INLINE.has(style.display) && el.localName !== 'svg') continue;
      const id = `${r}:${el.localName}[${el.getAttribute('part') ?? ''}].${el.getAttribute('class') ?? ''}`;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      const box = el.getBoundingClientRect();
      const side = (prop: 'padding' | 'margin' | 'border') => {
        const get = (s: 'left' | 'right') => px(style.getPropertyValue(`${prop}-${s}${prop === 'border' ? '-width' : ''}`));
        return (rtl ? [get('right'), get('left')] : [get('left'), get('right')]) as [number, number];
      };
      const parent = el.parentElement ? getComputedStyle(el.parentElement).display : 'block';
      const absolute = style.position === 'absolute' || style.position === 'fixed';
      const prev = absolute ? null : contentBefore(el);
      const placed = absolute ? 'parent' : prev ? 'after' : 'edge';
      // Generated text (the quote's opening mark) differs by language and is not in a Range: those blocks are compared by box only.
      const generated = getComputedStyle(el, '::before').content;
      let textStart: number | undefined;
      // Nor is a ::first-letter in WebKit's Range (the heading's capital): those too.
      const firstLetter = getComputedStyle(el, '::first-letter').textTransform !== style.textTransform;
      if (
        placed === 'edge' &&
        BLOCKS.has(style.display) &&
        fold(el.textContent) &&
        (generated === 'none' || generated === 'normal') &&
        !firstLetter
      ) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = Array.from(range.getClientRects()).filter((x) => x.width > 0.5 && x.height > 0.5);
        if (rects.length) textStart = Math.min(...rects.map((x) => fromStart(x)));
      }
      boxes.set(`${id}#${n}`, {
        key: `${id}#${n}`,
        el,
        placed,
        start: placed === 'parent' ? fromStart(box, el.parentElement!.getBoundingClientRect()) : fromStart(box),
        ordered: prev ? (rtl ? box.right <= prev.left + 1 : box.left >= prev.right - 1) : undefined,
        width: box.width,
        textStart,
        contentStart: fromStart(box) + side('padding')[0] + side('border')[0],
        sides: { padding: side('padding'), margin: side('margin'), border: side('border') },
        flowBlock:
          ['block', 'list-item', 'flow-root'].includes(style.display) &&
          ['block', 'list-item', 'flow-root'].includes(parent) &&
          !absolute,
        inside: box.left >= h.left - 1 && box.right <= h.right + 1,
        wrapped: placed === 'edge' && !absolute && anythingBefore(el),
      });
    }
  });
  return boxes;
}

/** Where `ltr` and `rtl` are not mirror images, one line each (empty when they are). */
function mirrorProblems(ltr: Map<string, Box>, rtl: Map<string, Box>): string[] {
  const problems: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  for (const [dir, boxes] of [
    ['ltr', ltr],
    ['rtl', rtl],
  ] as const)
    for (const box of boxes.values()) if (!box.inside) problems.push(`${box.key}: sticks out of the host in ${dir}`);
  for (const [key, l] of ltr) {
    const r = rtl.get(key);
    if (!r) {
      problems.push(`${key}: rendered in English, not in Arabic`);
      continue;
    }
    // English and Arabic texts differ in width: one may wrap before a box that the other keeps on its line.
    const wrappedInOne = (l.placed === 'after' && r.wrapped) || (r.placed === 'after' && l.wrapped);
    if (wrappedInOne) {
      // Where such a box starts depends on the text before it, not on the direction.
    } else if (l.placed !== r.placed) problems.push(`${key}: placed "${l.placed}" in ltr, "${r.placed}" in rtl`);
    else if (l.placed === 'after') {
      if (!l.ordered || !r.ordered)
        problems.push(`${key}: does not follow the content before it in reading order (ltr ${l.ordered}, rtl ${r.ordered})`);
    } else if (!near(l.start, r.start))
      problems.push(
        `${key}: starts ${l.start.toFixed(1)} px from the ${l.placed === 'parent' ? "parent's" : "host's"} left edge in ltr, ${r.start.toFixed(1)} px from its right edge in rtl`,
      );
    if (l.flowBlock && !near(l.width, r.width))
      problems.push(`${key}: ${l.width.toFixed(1)} px wide in ltr, ${r.width.toFixed(1)} px in rtl`);
    if (l.textStart !== undefined && r.textStart !== undefined && !near(l.textStart, r.textStart))
      problems.push(
        `${key}: text starts ${l.textStart.toFixed(1)} px from the start edge in ltr, ${r.textStart.toFixed(1)} px in rtl`,
      );
    for (const prop of ['padding', 'margin', 'border'] as const) {
      const [ls, le] = l.sides[prop];
      const [rs, re] = r.sides[prop];
      if (!near(ls, rs) || !near(le, re)) problems.push(`${key}: ${prop} start/end ${ls}/${le} in ltr, ${rs}/${re} in rtl`);
    }
  }
  // What only Arabic shows (the translation note): its text starts at its inline-start edge.
  for (const [key, r] of rtl) {
    if (ltr.has(key)) continue;
    if (!r.el.closest('[part~=translation-note]')) problems.push(`${key}: rendered in Arabic, not in English`);
    else if (r.textStart !== undefined && !near(r.textStart, r.contentStart))
      problems.push(`${key}: its text does not start at its inline-start edge`);
  }
  return problems;
}

/** Right-to-left letters (Arabic, Hebrew). */
const RTL_LETTER = /[\p{sc=Arabic}\p{sc=Hebrew}]/u;
/** A figure: an optional sign, digits, separators between digits. */
const FIGURE = /[-+\u2212]?\p{Nd}+(?:[.,\u066B\u066C\u00A0\u202F ]\p{Nd}+)*/u;
const TOKENS = new RegExp(`${FIGURE.source}|\\p{L}+`, 'gu');

/** The direction a text node's paragraph runs in (`unicode-bidi: plaintext` takes it from the first strong letter). */
function paragraphDirection(node: Text): 'ltr' | 'rtl' {
  for (let el: Element | null = node.parentElement; el; el = el.parentElement) {
    if (getComputedStyle(el).unicodeBidi === 'plaintext') {
      const strong = el.textContent!.match(/\p{L}/u);
      return strong && RTL_LETTER.test(strong[0]) ? 'rtl' : 'ltr';
    }
  }
  return getComputedStyle(node.parentElement!).direction as 'ltr' | 'rtl';
}

/**
 * Figures in right-to-left text that lost their order: a figure's characters
 * must run left to right ("-5", not "5-"), and beside an Arabic word on the same
 * line it must sit where reading from the right meets it ("18 دولة": the figure
 * right of the word).
 */
function figureOrderProblems(nodes: Text[]): { problems: string[]; figures: number } {
  const problems: string[] = [];
  let figures = 0;
  const rect = (node: Text, from: number, to: number) => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    return range.getBoundingClientRect();
  };
  for (const node of nodes) {
    const parent = node.parentElement!;
    if (getComputedStyle(parent).visibility !== 'visible' || parent.getBoundingClientRect().width <= 1) continue;
    if (paragraphDirection(node) !== 'rtl') continue;
    const text = node.nodeValue!;
    const tokens = Array.from(text.matchAll(TOKENS), (m) => ({
      value: m[0],
      index: m.index!,
      figure: /\p{Nd}/u.test(m[0]),
      box: rect(node, m.index!, m.index! + m[0].length),
    }));
    for (const token of tokens.filter((x) => x.figure)) {
      figures++;
      const chars = Array.from(token.value.matchAll(/\S/gu), (m) =>
        rect(node, token.index + m.index!, token.index + m.index! + m[0].length),
      ).filter((r) => r.width > 0);
      for (let i = 1; i < chars.length; i++) {
        if (
          Math.abs(chars[i].top - chars[i - 1].top) < chars[i].height / 2 &&
          chars[i].left + chars[i].width / 2 <= chars[i - 1].left + chars[i - 1].width / 2
        )
          problems.push(`"${token.value}" in "${fold(text)}": its characters are out of order`);
      }
    }
    for (let i = 1; i < tokens.length; i++) {
      const [a, b] = [tokens[i - 1], tokens[i]];
      if (a.figure === b.figure || !RTL_LETTER.test((a.figure ? b : a).value)) continue;
      const sameLine = Math.abs(a.box.top - b.box.top) < Math.min(a.box.height, b.box.height) / 2;
      if (sameLine && b.box.right > a.box.left + 1)
        problems.push(`"${a.value}" then "${b.value}" in "${fold(text)}": not read from right to left`);
    }
  }
  return { problems, figures };
}

/** The base of every shadow root (the nested counters' too) says the language and direction, and lays out in it. */
function checkBases(el: HTMLElement, lang: 'en' | 'ar', what: string): void {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const base of shadowRoots(el).map((root) => root.querySelector('[part~=base]'))) {
    expect(base, `${what}: a base part in each shadow root`).to.exist;
    expect([base!.getAttribute('lang'), base!.getAttribute('dir'), getComputedStyle(base!).direction], what).to.deep.equal([
      lang,
      dir,
      dir,
    ]);
  }
}

/** Lists with markers hang them in the start-side padding: the right side in Arabic. */
function checkMarkers(el: HTMLElement, selectors: string[], what: string): void {
  for (const selector of selectors) {
    const found = el.shadowRoot!.querySelectorAll<HTMLElement>(selector);
    expect(found.length, `${what}: ${selector}`).to.be.greaterThan(0);
    for (const list of found) {
      const style = getComputedStyle(list);
      const item = getComputedStyle(list.querySelector('li')!);
      expect([item.display, item.listStylePosition], `${what}: ${selector} > li`).to.deep.equal(['list-item', 'outside']);
      expect(item.listStyleType, `${what}: ${selector} > li`).to.not.equal('none');
      expect(px(style.paddingRight), `${what}: ${selector} padding on the start (right) side`).to.be.greaterThan(8);
      expect(px(style.paddingLeft), `${what}: ${selector} no padding on the end (left) side`).to.equal(0);
    }
  }
}

async function render(tag: string, attrs: Record<string, string>, width: number, language: 'en' | 'ar') {
  await setPageLanguage(language);
  const { el, stage } = await renderElement(tag, attrs, width);
  // Counters show their final figure (reduced motion: at once), whatever scrolled into view.
  for (const root of shadowRoots(el))
    if (root.host.localName === 'mbc-achievement-counter') (root.host as HTMLElement & { start(): void }).start();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { el, stage };
}

describe('every element in both directions', function () {
  this.timeout(60_000);

  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setPageLanguage(originalLang);
  });

  itCoversEveryElement(PROFILES, 'test/browser/i18n/direction.test.ts');

  it('the figure-order check tells a flipped figure from one in order', () => {
    const stage = document.createElement('div');
    stage.dir = 'rtl';
    stage.lang = 'ar';
    // The bare "-5" at the start of Arabic text shows as "5-"; after a left-to-right mark, it stays "-5".
    stage.innerHTML = '<p>-5 دول</p><p>\u200e-5 دول</p><p>18 دولة</p>';
    document.body.append(stage);
    try {
      const [bare, marked, count] = Array.from(stage.querySelectorAll('p'), (p) => [p.firstChild as Text]);
      expect(figureOrderProblems(bare).problems).to.have.length.greaterThan(0);
      expect(figureOrderProblems(marked)).to.deep.equal({ problems: [], figures: 1 });
      expect(figureOrderProblems(count)).to.deep.equal({ problems: [], figures: 1 });
    } finally {
      stage.remove();
    }
  });

  it('the mirror check catches left-aligned text, physical padding and a box out of place', async () => {
    const en = await render('mbc-commitment-list', {}, 480, 'en');
    const ltr = layout(en.el, false);
    en.stage.remove();
    const ar = await render('mbc-commitment-list', {}, 480, 'ar');
    try {
      expect(mirrorProblems(ltr, layout(ar.el, true))).to.deep.equal([]);
      // What a stylesheet written for left-to-right only would do.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '.heading { text-align: left } .list { padding-left: 1.75em; padding-right: 0 } .translation-note { text-align: left }',
      );
      ar.el.shadowRoot!.adoptedStyleSheets = [...ar.el.shadowRoot!.adoptedStyleSheets, sheet];
      const problems = mirrorProblems(ltr, layout(ar.el, true)).join('\n');
      expect(problems).to.match(/h2\[heading\].*text starts/);
      expect(problems).to.match(/ol\[list\].*padding start\/end/);
      expect(problems).to.match(/li\[item\].*starts .* from the host's left edge/);
      expect(problems).to.match(/translation-note.*its text does not start at its inline-start edge/);
    } finally {
      ar.stage.remove();
    }
  });

  for (const tag of TAGS) {
    describe(tag, () => {
      for (const width of WIDTHS) {
        it(`mirrors its layout in Arabic at ${width} px`, async () => {
          const profile = PROFILES[tag];
          if (!profile) throw new Error(`no profile for ${tag}`);
          for (const { attrs, lists = [], figures: shows } of profile.variants) {
            const undo = profile.setup?.();
            const what = `${tag} ${JSON.stringify(attrs)} at ${width} px`;
            try {
              // English first, measured and removed before the page switches to Arabic (which would re-render it).
              const en = await render(tag, attrs, width, 'en');
              const ltr = layout(en.el, false);
              const ltrIcons = profile.directionalIcons.map((selector) => en.el.shadowRoot!.querySelector(selector));
              expect(ltrIcons.every(Boolean), `${what}: ${profile.directionalIcons}`).to.be.true;
              const ltrTransforms = ltrIcons.map((icon) => getComputedStyle(icon!).transform);
              checkBases(en.el, 'en', what);
              en.stage.remove();

              const ar = await render(tag, attrs, width, 'ar');
              try {
                checkBases(ar.el, 'ar', what);
                const rtl = layout(ar.el, true);
                expect(ltr.size, `${what}: boxes measured`).to.be.greaterThan(1);
                expect(mirrorProblems(ltr, rtl), what).to.deep.equal([]);
                const rtlTransforms = profile.directionalIcons.map(
                  (selector) => getComputedStyle(ar.el.shadowRoot!.querySelector(selector)!).transform,
                );
                expect([ltrTransforms, rtlTransforms], `${what}: directional icons flipped in rtl`).to.deep.equal([
                  profile.directionalIcons.map(() => 'none'),
                  profile.directionalIcons.map(() => MIRRORED),
                ]);
                checkMarkers(ar.el, lists, what);
                const { problems, figures } = figureOrderProblems(shadowTextNodes(ar.el));
                expect(problems, what).to.deep.equal([]);
                expect(figures > 0, `${what}: shows figures in Arabic text`).to.equal(!!shows);
              } finally {
                ar.stage.remove();
              }
            } finally {
              undo?.();
            }
          }
        });
      }
    });
  }
});
