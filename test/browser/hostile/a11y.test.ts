/**
 * Accessibility matrix: every element of custom-elements.json × every variant of
 * its profile × the six UN languages × light and dark, and forced colors, through
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and no rule disabled. Also:
 * every control reachable with Tab, showing a focus ring and operated with real
 * key presses (buttons with Enter and Space, links with Enter); a 320 px wide
 * column without horizontal overflow; and 200% text (the browser's default font
 * size doubled through CDP, test/wtr-commands.js) without clipping at 640 and 320 px.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setTextSize } from '../commands.js';
import { captureWarnings, setPageLanguage, type CapturedWarnings } from '../helpers.js';
import { ELEMENTS, PROFILES, backgroundOf, contrast, itCoversEveryElement, rgba, settleAll, shadowRoots } from './support.js';

const LANGUAGES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeNode {
  target: unknown;
  failureSummary?: string;
}
interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: AxeNode[] }>;
}
interface Axe {
  run(context: Element, options: unknown): Promise<AxeResult>;
}
let axe: Axe;
let axeRuns = 0;
const counts = { zoomRuns: 0, zoomTextBoxes: 0, linkEnter: 0, buttonEnter: 0, buttonSpace: 0 };

/** The element an axe target names: a chain of selectors, one per shadow root, from the document down. */
function resolve(target: unknown): Element | null {
  const chain = (Array.isArray(target) ? target.flat() : [target]) as string[];
  let scope: Document | ShadowRoot = document;
  let found: Element | null = null;
  for (const selector of chain) {
    found = scope.querySelector(selector);
    if (!found) return null;
    if (found.shadowRoot) scope = found.shadowRoot;
  }
  return found;
}

/**
 * In forced-colors mode axe-core takes the text colour from -webkit-text-fill-color,
 * which the browser does not force, and the background from background-color, which
 * it does (dequelabs/axe-core#3978): its color-contrast findings there mix the
 * author's text colour with the forced background. The rule still runs; each node it
 * flags is re-measured from the computed (forced) `color` and background, and only a
 * node that also fails that measure counts.
 */
function forcedContrastFails(node: AxeNode): boolean {
  const el = resolve(node.target);
  if (!el) return true;
  const ratio = contrast(rgba(getComputedStyle(el).color), backgroundOf(el));
  return ratio < 4.5;
}

async function violations(el: Element, forced = false): Promise<string[]> {
  axeRuns++;
  const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  if (forced) {
    for (const v of result.violations) if (v.id === 'color-contrast') v.nodes = v.nodes.filter(forcedContrastFails);
    result.violations = result.violations.filter((v) => v.nodes.length);
  }
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
        .join('; ')
        .slice(0, 400)}`,
  );
}

/** An element's variants; the counter's in both its motions (`count`, its default, and `roll`). */
function variantsOf(tag: string): Array<Record<string, string>> {
  const variants = PROFILES[tag]?.variants ?? [{}];
  if (tag !== 'mbc-achievement-counter') return variants;
  return [...variants, ...variants.map((variant) => ({ ...variant, motion: 'roll' }))];
}

function render(tag: string, attrs: Record<string, string>, width?: number): { el: HTMLElement; stage: HTMLElement } {
  const stage = document.createElement('main');
  if (width) stage.style.width = `${width}px`;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.textContent = 'Fallback text';
  stage.append(el);
  document.body.append(stage);
  return { el, stage };
}

/** Renders the element after a page button, where Tab starts from. */
function renderAfterButton(
  tag: string,
  attrs: Record<string, string>,
): { el: HTMLElement; stage: HTMLElement; before: HTMLButtonElement } {
  const { el, stage } = render(tag, attrs);
  const before = document.createElement('button');
  before.textContent = 'before';
  stage.prepend(before);
  return { el, stage, before };
}

const CONTROLS = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The rendered controls of every shadow root of the element, in document order. */
function controlsOf(el: Element): HTMLElement[] {
  return shadowRoots(el).flatMap((root) =>
    Array.from(root.querySelectorAll<HTMLElement>(CONTROLS)).filter((c) => c.getClientRects().length > 0),
  );
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const describeControl = (c: Element) =>
  `<${c.localName}${c.getAttribute('part') ? ` part=${c.getAttribute('part')}` : ''}> "${c.textContent?.trim().slice(0, 30)}"`;

/** Everything the element renders, to tell whether a key press changed anything. */
const snapshot = (el: Element) =>
  shadowRoots(el)
    .map((root) => root.innerHTML)
    .join('\n');

/**
 * Presses `key` on the focused `control` and asserts its effect: a link is
 * followed (a click reaches the page, which cancels the navigation) and fires the
 * element's `*-click` events; a button changes what is rendered, and the known
 * ones do what they are for (the disclosure opens or closes the full text, the
 * share/copy button copies and says so).
 */
async function operate(
  el: HTMLElement,
  control: HTMLElement,
  key: 'Enter' | 'Space',
  clickEvents: string[],
  label: string,
): Promise<void> {
  const clicks: EventTarget[] = [];
  // Bubble phase, as a page's own handler: the widget's handlers have run.
  const onClick = (event: Event) => {
    clicks.push(event.composedPath()[0]!);
    event.preventDefault();
  };
  const fired: Record<string, CustomEvent[]> = Object.fromEntries(clickEvents.map((name) => [name, []]));
  const record = (event: Event) => fired[event.type]!.push(event as CustomEvent);
  for (const name of clickEvents) el.addEventListener(name, record);
  window.addEventListener('click', onClick);
  // No share sheet here (headless); a clipboard that records, so "Copied" is deterministic.
  const writes: string[] = [];
  Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void writes.push(text) },
  });
  const before = snapshot(el);
  const expanded = control.getAttribute('aria-expanded');
  try {
    await sendKeys({ press: key });
    if (control.localName === 'a') {
      await waitUntil(() => clicks.length > 0, `${label}: ${key} does not follow the link`, { timeout: 2000 });
      expect(clicks, `${label}: one click, on the link`).to.deep.equal([control]);
      for (const name of clickEvents) {
        expect(fired[name], `${label}: ${name} on ${key}`).to.have.length(1);
        const detail = fired[name]![0]!.detail as { href?: string };
        if ('href' in detail) expect(detail.href, `${label}: ${name} detail.href`).to.equal((control as HTMLAnchorElement).href);
      }
      counts.linkEnter++;
      return;
    }
    await waitUntil(() => snapshot(el) !== before, `${label}: ${key} changes nothing`, { timeout: 2000 });
    if (expanded !== null) {
      // A disclosure: aria-expanded flips and the region it controls shows (with text) or hides.
      const open = expanded !== 'true';
      const region = (control.getRootNode() as ShadowRoot).getElementById(control.getAttribute('aria-controls') ?? '');
      expect(region, `${label}: aria-controls names a region`).to.not.equal(null);
      await waitUntil(
        () =>
          control.getAttribute('aria-expanded') === String(open) && (!open || (region!.textContent ?? '').trim().length > 200),
        `${label}: ${key} does not ${open ? 'open' : 'close'} the disclosure`,
        { timeout: 3000 },
      );
      expect(region!.getClientRects().length > 0, `${label}: region shown`).to.equal(open);
    }
    if (control.getAttribute('part') === 'share') {
      const status = (control.getRootNode() as ShadowRoot).querySelector('[part=status]');
      await waitUntil(() => status?.textContent?.trim(), `${label}: ${key} shows no status`, { timeout: 2000 });
      expect(status!.textContent!.trim(), `${label}: status`).to.equal('Copied');
      expect(writes, `${label}: one copy`).to.have.length(1);
      expect(writes[0], `${label}: the copy holds the quote`).to.match(/“.+”/);
    }
    expect(clicks, `${label}: one click, on the button`).to.deep.equal([control]);
    counts[key === 'Enter' ? 'buttonEnter' : 'buttonSpace']++;
  } finally {
    window.removeEventListener('click', onClick);
    for (const name of clickEvents) el.removeEventListener(name, record);
    delete (navigator as { share?: unknown }).share;
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

/** Sets the browser's default font size (the reader's text size) to `scale` × 16 px. */
async function setTextScale(scale: number): Promise<void> {
  await setTextSize(scale);
  expect(getComputedStyle(document.documentElement).fontSize, 'root font size').to.equal(`${16 * scale}px`);
}

/** The flat-tree parent: the slot a node is assigned to, else its parent, else its shadow host. */
const flatParent = (node: Node): Element | null =>
  (node as Element).assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;

/** The visually hidden (sr-only) pattern: absolutely positioned, 1 px, clipped. Its clipping is intended. */
function visuallyHidden(node: Element): boolean {
  const style = getComputedStyle(node);
  const rect = node.getBoundingClientRect();
  return (
    style.position === 'absolute' && rect.width <= 1 && rect.height <= 1 && (style.clipPath !== 'none' || style.clip !== 'auto')
  );
}

const clipsX = (s: CSSStyleDeclaration) =>
  s.overflowX === 'hidden' || s.overflowX === 'clip' || /paint|strict|content/.test(s.contain);
const clipsY = (s: CSSStyleDeclaration) =>
  s.overflowY === 'hidden' || s.overflowY === 'clip' || /paint|strict|content/.test(s.contain);

/** The text nodes a reader sees in the element: its shadow trees, slotted content included. */
function textNodes(el: Element): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue?.trim()) found.push(node as Text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (['style', 'script', 'template'].includes(element.localName)) return;
      if (element.localName === 'slot') {
        const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
        for (const child of assigned.length ? assigned : Array.from(element.childNodes)) visit(child);
        return;
      }
      if (element.shadowRoot) return visit(element.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** Font size of each text node's element, in px. */
const fontSizes = (texts: Text[]) => new Map(texts.map((t) => [t, parseFloat(getComputedStyle(t.parentElement!).fontSize)]));

/**
 * What is clipped or sticks out at the current text size: a clipping box
 * (overflow hidden/clip, paint containment) in the shadow roots whose content
 * overflows it, a text box outside the host or a clipping ancestor, the host
 * wider than its column or overflowing sideways.
 */
function clipping(el: HTMLElement, stage: HTMLElement, width: number): string[] {
  const found: string[] = [];
  const host = el.getBoundingClientRect();
  if (host.width > width + 0.5) found.push(`host ${host.width}px wide in a ${width}px column`);
  if (el.scrollWidth > el.clientWidth + 1)
    found.push(`host overflows sideways: scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
  if (stage.scrollWidth > stage.clientWidth + 1)
    found.push(`column overflows sideways: scrollWidth ${stage.scrollWidth} > ${stage.clientWidth}`);
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      if (!node.getClientRects().length || visuallyHidden(node)) continue;
      // A rolling counter's column shows its ribbon of digits one line at a time and clips the
      // rest by design (counter-roll.ts): what a reader sees is the column, which must fit.
      if (node.matches('.roll .column')) {
        const column = node.getBoundingClientRect();
        if (
          column.left < host.left - 1 ||
          column.right > host.right + 1 ||
          column.top < host.top - 1 ||
          column.bottom > host.bottom + 1
        )
          found.push(
            `a rolling digit's column spans ${Math.round(column.left - host.left)}..${Math.round(column.right - host.left)}px of a ${Math.round(host.width)}px host`,
          );
        continue;
      }
      const style = getComputedStyle(node);
      const x = clipsX(style) && node.scrollWidth > node.clientWidth + 1;
      const y = clipsY(style) && node.scrollHeight > node.clientHeight + 1;
      if (x || y)
        found.push(
          `${describeControl(node)} clips its content: scroll ${node.scrollWidth}×${node.scrollHeight} > client ${node.clientWidth}×${node.clientHeight}`,
        );
    }
  }
  for (const text of textNodes(el)) {
    const ancestors: Element[] = [];
    let hidden = false;
    for (let a = flatParent(text); a && a !== el; a = flatParent(a)) {
      if (visuallyHidden(a)) hidden = true;
      ancestors.push(a);
    }
    // Text nobody sees (a visibility: hidden sizer) is not clipped text; its overflow shows in the host's scrollWidth.
    // A rolling digit's ribbon is checked as its column (above).
    if (hidden || getComputedStyle(text.parentElement!).visibility !== 'visible' || text.parentElement!.matches('.roll .ribbon'))
      continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const boxes = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    counts.zoomTextBoxes += boxes.length;
    const what = `text "${text.nodeValue!.trim().slice(0, 30)}" in <${text.parentElement?.localName}>`;
    for (const box of boxes) {
      if (box.left < host.left - 1 || box.right > host.right + 1 || box.top < host.top - 1 || box.bottom > host.bottom + 1) {
        found.push(
          `${what} spans ${Math.round(box.left - host.left)}..${Math.round(box.right - host.left)}px × ${Math.round(box.top - host.top)}..${Math.round(box.bottom - host.top)}px of a ${Math.round(host.width)}×${Math.round(host.height)}px host`,
        );
      }
      for (const a of ancestors) {
        const style = getComputedStyle(a);
        if (!clipsX(style) && !clipsY(style)) continue;
        const clip = a.getBoundingClientRect();
        if (
          (clipsX(style) && (box.left < clip.left - 1 || box.right > clip.right + 1)) ||
          (clipsY(style) && (box.top < clip.top - 1 || box.bottom > clip.bottom + 1))
        ) {
          found.push(`${what} is cut off by <${a.localName}${a.getAttribute('part') ? ` part=${a.getAttribute('part')}` : ''}>`);
        }
      }
    }
  }
  return Array.from(new Set(found));
}

describe('hostile pages: accessibility matrix', function () {
  this.timeout(120_000);
  let warnings: CapturedWarnings;
  before(async () => {
    await import('axe-core/axe.min.js' as string);
    axe = (window as unknown as { axe: Axe }).axe;
  });
  after(async () => {
    await setPageLanguage('en');
    console.log(
      `[a11y] ${axeRuns} axe runs; ${counts.zoomRuns} renderings at 200% text (${counts.zoomTextBoxes} text boxes checked); ` +
        `keyboard: ${counts.linkEnter} links with Enter, ${counts.buttonEnter} buttons with Enter, ${counts.buttonSpace} with Space`,
    );
  });
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  itCoversEveryElement();

  for (const { tag } of ELEMENTS) {
    describe(tag, () => {
      const variants = variantsOf(tag);
      for (const language of LANGUAGES) {
        it(`axe: ${variants.length} variants × light, dark in ${language}`, async () => {
          await setPageLanguage(language);
          const found: string[] = [];
          for (const variant of variants) {
            for (const theme of ['light', 'dark']) {
              const { el, stage } = render(tag, { ...variant, theme });
              try {
                await settleAll([el]);
                for (const v of await violations(el)) found.push(`${JSON.stringify({ ...variant, theme })}: ${v}`);
              } finally {
                stage.remove();
              }
            }
          }
          expect(found).to.deep.equal([]);
        });
      }

      it(`axe in forced-colors mode: ${variants.length} variants × light, dark`, async () => {
        await setPageLanguage('en');
        await emulateMedia({ forcedColors: 'active' });
        const found: string[] = [];
        try {
          for (const variant of variants) {
            for (const theme of ['light', 'dark']) {
              const { el, stage } = render(tag, { ...variant, theme });
              try {
                await settleAll([el]);
                for (const v of await violations(el, true)) found.push(`${JSON.stringify({ ...variant, theme })}: ${v}`);
              } finally {
                stage.remove();
              }
            }
          }
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
        expect(found).to.deep.equal([]);
      });

      it('every control is reachable with Tab and shows a focus ring', async () => {
        await setPageLanguage('en');
        for (const variant of variants) {
          const { el, stage, before } = renderAfterButton(tag, variant);
          try {
            await settleAll([el]);
            const controls = controlsOf(el);
            before.focus();
            const reached = new Set<Element>();
            for (let i = 0; i < controls.length; i++) {
              await sendKeys({ press: 'Tab' });
              const active = deepActive();
              if (!active) continue;
              reached.add(active);
              const style = getComputedStyle(active);
              const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
              expect(
                ring,
                `${tag} ${JSON.stringify(variant)}: focus ring on <${active.localName}> "${active.textContent?.trim().slice(0, 30)}"`,
              ).to.equal(true);
            }
            for (const control of controls)
              expect(
                reached.has(control),
                `${tag} ${JSON.stringify(variant)}: Tab reaches <${control.localName}> "${control.textContent?.trim().slice(0, 30)}"`,
              ).to.equal(true);
          } finally {
            stage.remove();
          }
        }
      });

      it('every control is operated with the keyboard: buttons with Enter and Space, links with Enter', async () => {
        await setPageLanguage('en');
        const clickEvents = ELEMENTS.find((e) => e.tag === tag)!.events.filter((name) => name.endsWith('-click'));
        for (const variant of variants) {
          const probe = render(tag, variant);
          await settleAll([probe.el]);
          const kinds = controlsOf(probe.el).map((c) => c.localName);
          probe.stage.remove();
          for (const [i, kind] of kinds.entries()) {
            // Space on a link scrolls the page (browser behaviour): links are followed with Enter only.
            for (const key of kind === 'a' ? (['Enter'] as const) : (['Enter', 'Space'] as const)) {
              // A fresh rendering for each press, so one press's effect does not hide the next one's.
              const { el, stage, before } = renderAfterButton(tag, variant);
              try {
                await settleAll([el]);
                const control = controlsOf(el)[i]!;
                const label = `${tag} ${JSON.stringify(variant)} ${describeControl(control)}`;
                before.focus();
                for (let n = 0; n <= i && deepActive() !== control; n++) await sendKeys({ press: 'Tab' });
                expect(deepActive(), `${label}: focused by Tab`).to.equal(control);
                await operate(el, control, key, clickEvents, label);
                // A disclosure closes again with the same key.
                if (control.hasAttribute('aria-expanded')) await operate(el, control, key, clickEvents, label);
              } finally {
                stage.remove();
              }
            }
          }
        }
      });

      it('200% text: nothing clipped at 640 and 320 px, in en and ar', async () => {
        const found: string[] = [];
        for (const language of ['en', 'ar']) {
          await setPageLanguage(language);
          for (const width of [640, 320]) {
            for (const variant of variants) {
              const { el, stage } = render(tag, variant, width);
              const where = `${language} ${width}px ${JSON.stringify(variant)}`;
              try {
                await settleAll([el]);
                const texts = textNodes(el);
                expect(texts.length, `${where}: text rendered`).to.be.above(0);
                const normal = fontSizes(texts);
                await setTextScale(2);
                counts.zoomRuns++;
                // The text really grows: a px font size ignoring the reader's setting stays at 1×. Not 2×
                // everywhere: a heading may step down in the layout that em-based container queries pick.
                for (const [text, size] of fontSizes(texts)) {
                  if (size < 1.5 * normal.get(text)!)
                    found.push(`${where}: text "${text.nodeValue!.trim().slice(0, 30)}" ${normal.get(text)}px -> ${size}px`);
                }
                for (const problem of clipping(el, stage, width)) found.push(`${where}: ${problem}`);
              } finally {
                await setTextScale(1);
                stage.remove();
              }
            }
          }
        }
        expect(found).to.deep.equal([]);
      });

      it('fits a 320 px column without horizontal overflow, in every language', async () => {
        const found: string[] = [];
        for (const language of LANGUAGES) {
          await setPageLanguage(language);
          for (const variant of variants) {
            const { el, stage } = render(tag, variant, 320);
            try {
              await settleAll([el]);
              const host = el.getBoundingClientRect();
              if (host.width > 320.5) found.push(`${language} ${JSON.stringify(variant)}: host ${host.width}px wide`);
              for (const root of shadowRoots(el)) {
                for (const node of root.querySelectorAll('*')) {
                  const rect = node.getBoundingClientRect();
                  if (rect.width && (rect.right > host.right + 1 || rect.left < host.left - 1)) {
                    found.push(
                      `${language} ${JSON.stringify(variant)}: <${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}> spans ${Math.round(rect.left - host.left)}..${Math.round(rect.right - host.left)}px`,
                    );
                  }
                }
              }
            } finally {
              stage.remove();
            }
          }
        }
        expect(found).to.deep.equal([]);
      });
    });
  }
});
