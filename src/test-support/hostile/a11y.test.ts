/**
 * Accessibility matrix: every element of custom-elements.json × every variant of
 * its profile × the six UN languages × light and dark, and forced colors, through
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and no rule disabled. Also:
 * every control reachable with Tab and showing a focus ring, and a 320 px wide
 * column without horizontal overflow.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
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
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ').slice(0, 400)}`,
  );
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

describe('hostile pages: accessibility matrix', function () {
  this.timeout(120_000);
  let warnings: CapturedWarnings;
  before(async () => {
    await import('axe-core/axe.min.js' as string);
    axe = (window as unknown as { axe: Axe }).axe;
  });
  after(async () => {
    await setPageLanguage('en');
    console.log(`[a11y] ${axeRuns} axe runs`);
  });
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  itCoversEveryElement();

  for (const { tag } of ELEMENTS) {
    describe(tag, () => {
      const variants = PROFILES[tag]?.variants ?? [{}];
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
          const { el, stage } = render(tag, variant);
          const before = document.createElement('button');
          before.textContent = 'before';
          stage.prepend(before);
          try {
            await settleAll([el]);
            const controls = shadowRoots(el).flatMap((root) =>
              Array.from(root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])')).filter(
                (c) => c.getClientRects().length > 0,
              ),
            );
            before.focus();
            const reached = new Set<Element>();
            for (let i = 0; i < controls.length; i++) {
              await sendKeys({ press: 'Tab' });
              let active: Element | null = document.activeElement;
              while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
              if (!active) continue;
              reached.add(active);
              const style = getComputedStyle(active);
              const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
              expect(ring, `${tag} ${JSON.stringify(variant)}: focus ring on <${active.localName}> "${active.textContent?.trim().slice(0, 30)}"`).to.equal(true);
            }
            for (const control of controls) expect(reached.has(control), `${tag} ${JSON.stringify(variant)}: Tab reaches <${control.localName}> "${control.textContent?.trim().slice(0, 30)}"`).to.equal(true);
          } finally {
            stage.remove();
          }
        }
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
                    found.push(`${language} ${JSON.stringify(variant)}: <${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}> spans ${Math.round(rect.left - host.left)}..${Math.round(rect.right - host.left)}px`);
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
