/**
 * Hostile host CSS: the page of issue 7 (`* { all: revert; font: 30px/3 serif;
 * color: red; letter-spacing: 5px; margin: 9px }`, `li { display: inline }`,
 * `:root { font-size: 6px }`) on a dark page. Every element of
 * custom-elements.json, in light and dark theme, keeps its inner layout (the same
 * display/position/list-style of every shadow element as on a clean page), its
 * colours (no red text, contrast ≥ 4.5:1 against the background it sits on) and
 * its legibility (no sub-12px text, no page letter-spacing; the page's font size
 * is inherited on purpose), and lists
 * keep their list semantics.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings, type CapturedWarnings } from '../helpers.js';
import { ELEMENTS, PROFILES, backgroundOf, contrast, itCoversEveryElement, rgba, settleAll, shadowRoots } from './support.js';

const HOSTILE_CSS = `
* { all: revert; font: 30px/3 serif; color: red; letter-spacing: 5px; margin: 9px }
li { display: inline }
:root { font-size: 6px }
html, body { background: #101010; }
body { color-scheme: dark; }
`;

const LAYOUT = ['display', 'position', 'float', 'visibility', 'list-style-type', 'flex-direction', 'box-sizing', 'overflow-x'];

function elementsOf(el: Element): Element[] {
  return shadowRoots(el).flatMap((root) => Array.from(root.querySelectorAll('*')));
}

function layoutOf(el: Element): string[] {
  return elementsOf(el).map((node) => {
    const style = getComputedStyle(node);
    return `${node.localName}: ${LAYOUT.map((p) => style.getPropertyValue(p)).join(' ')}`;
  });
}

type Check = 'colour' | 'spacing' | 'size';

/** Problems of one kind with the visible text of the element's shadow roots on this page. */
function legibility(el: Element, check: Check): string[] {
  const problems: string[] = [];
  for (const node of elementsOf(el)) {
    const ownText = Array.from(node.childNodes).some((c) => c.nodeType === Node.TEXT_NODE && c.nodeValue!.trim());
    if (!ownText) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = node.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text for screen readers
    const label = `<${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}> "${node.textContent!.trim().slice(0, 30)}"`;
    const size = parseFloat(style.fontSize);
    if (check === 'colour') {
      const color = rgba(style.color);
      if (color[0] > 200 && color[1] < 40 && color[2] < 40) problems.push(`${label} is red (${style.color})`);
      const background = backgroundOf(node);
      const ratio = contrast(color, background);
      if (ratio < 4.5)
        problems.push(`${label} contrast ${ratio.toFixed(2)}:1 (${style.color} on rgb(${background.slice(0, 3).join(', ')}))`);
    } else if (check === 'spacing') {
      if (style.letterSpacing === '5px') problems.push(`${label} letter-spacing ${style.letterSpacing}`);
      if (parseFloat(style.lineHeight) >= size * 2.5)
        problems.push(`${label} line-height ${style.lineHeight} at font-size ${style.fontSize}`);
    } else if (size < 12) problems.push(`${label} font-size ${style.fontSize}`);
  }
  return problems;
}

interface Rendered {
  elements: HTMLElement[];
  variants: Array<Record<string, string>>;
  clean: string[][];
  done(): void;
}

/** Renders the element's variants on a clean page, snapshots their inner layout, then turns the page hostile. */
async function renderHostile(tag: string, theme: string): Promise<Rendered> {
  const variants = PROFILES[tag]?.variants ?? [{}];
  const elements = variants.map((attrs) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({ ...attrs, theme })) el.setAttribute(name, value);
    el.textContent = 'Fallback text';
    return el;
  });
  const stage = document.createElement('div');
  stage.style.width = '800px';
  document.body.append(stage);
  stage.append(...elements);
  await settleAll(elements);
  const clean = elements.map(layoutOf);
  const sheet = document.createElement('style');
  sheet.textContent = HOSTILE_CSS;
  document.head.append(sheet);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return {
    elements,
    variants,
    clean,
    done: () => {
      sheet.remove();
      stage.remove();
    },
  };
}

describe('hostile pages: host CSS', function () {
  this.timeout(30_000);
  let warnings: CapturedWarnings;
  let sheet: HTMLStyleElement | undefined;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    sheet?.remove();
    sheet = undefined;
    warnings.restore();
  });

  itCoversEveryElement();

  for (const { tag } of ELEMENTS) {
    for (const theme of ['light', 'dark']) {
      describe(`${tag} theme=${theme}`, () => {
        let page: Rendered;
        beforeEach(async () => {
          page = await renderHostile(tag, theme);
        });
        afterEach(() => page.done());
        const what = (i: number) => `${tag} ${JSON.stringify(page.variants[i])}`;

        it('keeps its inner layout and a box', () => {
          page.elements.forEach((el, i) => {
            expect(layoutOf(el), `${what(i)}: inner layout`).to.deep.equal(page.clean[i]);
            const box = el.getBoundingClientRect();
            expect(box.width, `${what(i)}: width`).to.be.greaterThan(0);
            expect(box.height, `${what(i)}: height`).to.be.greaterThan(0);
          });
        });

        it('lists keep their list semantics', () => {
          const lists = page.elements.flatMap((el) => shadowRoots(el).flatMap((r) => Array.from(r.querySelectorAll('ul, ol'))));
          if (PROFILES[tag]?.rendersList) expect(lists.length, 'lists rendered').to.be.greaterThan(0);
          for (const list of lists) {
            const styled = getComputedStyle(list).listStyleType !== 'none';
            // WebKit drops the list role of a list-style:none list unless role="list" is set.
            expect(styled || list.getAttribute('role') === 'list', `<${list.localName}> keeps its list role`).to.equal(true);
            for (const item of Array.from(list.children).filter((c) => c.localName === 'li')) {
              expect(getComputedStyle(item).display, '<li> display').to.not.equal('inline');
            }
          }
        });

        it('keeps its colours: no red text, contrast at least 4.5:1', () => {
          page.elements.forEach((el, i) => expect(legibility(el, 'colour'), what(i)).to.deep.equal([]));
        });

        it('keeps its spacing: no page letter-spacing, no line-height of 3', () => {
          page.elements.forEach((el, i) => expect(legibility(el, 'spacing'), what(i)).to.deep.equal([]));
        });

        // Widgets take the page's font size on purpose (they fit the page's type scale),
        // so the page's 30px makes them larger; what must not happen is tiny text from
        // `:root { font-size: 6px }` (no rem sizes inside).
        it('keeps a legible font size: nothing under 12px', () => {
          page.elements.forEach((el, i) => expect(legibility(el, 'size'), what(i)).to.deep.equal([]));
        });
      });
    }
  }
});
