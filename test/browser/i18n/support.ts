/**
 * Shared by the language suites (test/browser/i18n/*.test.ts): the elements as
 * custom-elements.json lists them, rendering one at a fixed width and waiting for
 * it, the translations as the XLIFF files give them, and walks over the shadow
 * roots. The suites iterate over the manifest, so a new element fails them until
 * it has a profile there.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { SUPPORTED_LANGUAGES, intlTag, type Language } from '../../../src/shared/i18n/locale.js';

export const LANGUAGES = SUPPORTED_LANGUAGES;
export type { Language };

/** Every `mbc-` tag of custom-elements.json (the dev server serves the repo root). */
async function manifestTags(): Promise<string[]> {
  const response = await fetch('/custom-elements.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status} (run \`npm run analyze\`)`);
  const manifest = (await response.json()) as {
    modules: Array<{ declarations?: Array<{ customElement?: boolean; tagName?: string }> }>;
  };
  const tags = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName?.startsWith('mbc-'));
  return Array.from(new Set(tags.map((d) => d.tagName!))).sort();
}

export const TAGS: string[] = await manifestTags();

/** One test: every element of the manifest is defined and the suite has a profile for it. */
export function itCoversEveryElement(profiles: Record<string, unknown>, file: string): void {
  it('covers every element of custom-elements.json', () => {
    expect(TAGS.length, 'elements in custom-elements.json').to.be.at.least(7);
    for (const tag of TAGS) {
      expect(customElements.get(tag), `${tag} is defined by src/index.ts`).to.be.a('function');
      expect(profiles, `${tag} has a profile in ${file}`).to.have.property(tag);
    }
  });
}

/* Rendering. */

type Settling = { dataComplete?: Promise<unknown>; updateComplete?: Promise<unknown> };

/** The element's shadow root and those of the elements inside it, recursively. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** Resolves once the element and the elements in its shadow tree have their data and have rendered it. */
export async function settle(el: Element): Promise<void> {
  const wait = (node: Element) => (node as Settling).dataComplete ?? (node as Settling).updateComplete;
  await wait(el);
  // Nested elements (the list's counters) are created by the render just awaited.
  await Promise.all(shadowRoots(el).map((root) => wait(root.host)));
  await (el as Settling).updateComplete;
  // Layout and fonts of the rendered text, before anything is measured.
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Renders `<tag attrs>` in a stage of a fixed width (or the body's) and waits until it has settled. */
export async function renderElement(
  tag: string,
  attrs: Record<string, string> = {},
  width?: number,
): Promise<{ el: HTMLElement; stage: HTMLElement }> {
  const stage = document.createElement('div');
  if (width) stage.style.width = `${width}px`;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  stage.append(el);
  document.body.append(stage);
  await settle(el);
  return { el, stage };
}

/** The part of a shadow root (the element's own by default). */
export const part = (el: Element, name: string, root: ShadowRoot = el.shadowRoot!) =>
  root.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Text, whitespace folded. */
export const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/* Translations, from the XLIFF files the translators edit. */

interface Unit {
  id: string;
  /** With `{0}`, `{1}`… where the source has placeholders. */
  source: string;
  target: string;
}

/** `<source>`/`<target>` text with `<x id="0"/>` as `{0}`. */
function unitText(node: Element | null): string {
  let text = '';
  for (const child of node?.childNodes ?? []) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
    else if ((child as Element).localName === 'x') text += `{${(child as Element).getAttribute('id')}}`;
  }
  return text;
}

const units = new Map<Language, Unit[]>();

/** Loads the XLIFF files of the target languages (once). */
export async function loadTranslations(): Promise<void> {
  for (const language of LANGUAGES) {
    if (language === 'en' || units.has(language)) continue;
    const response = await fetch(`/xliff/${language}.xlf`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`xliff/${language}.xlf: HTTP ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    units.set(
      language,
      Array.from(doc.getElementsByTagName('trans-unit'), (unit) => ({
        id: unit.getAttribute('id')!,
        source: unitText(unit.getElementsByTagName('source')[0]),
        target: unitText(unit.getElementsByTagName('target')[0]),
      })),
    );
  }
}

/** Every unit of a target language (loadTranslations() first). */
export function translationUnits(language: Exclude<Language, 'en'>): Unit[] {
  const list = units.get(language);
  if (!list) throw new Error(`no XLIFF loaded for ${language}`);
  return list;
}

const fill = (template: string, values: readonly (string | number)[]) =>
  template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));

/**
 * A UI string in a language: the source (`"Read the full statement"`, `"{0}, {1}"`
 * with `values`) in English, its XLIFF target elsewhere; or the unit `{ id }`.
 */
export function t(language: Language, source: string | { id: string }, ...values: (string | number)[]): string {
  if (language === 'en' && typeof source === 'string') return fill(source, values);
  const all = language === 'en' ? translationUnits('fr') : translationUnits(language);
  const unit = all.find((u) => (typeof source === 'string' ? u.source === source : u.id === source.id));
  if (!unit) throw new Error(`no trans-unit for ${JSON.stringify(source)} in xliff/${language === 'en' ? 'fr' : language}.xlf`);
  if (!unit.target && language !== 'en') throw new Error(`trans-unit ${unit.id} has no target in xliff/${language}.xlf`);
  return fill(language === 'en' ? unit.source : unit.target, values);
}

/** "18 States" in a language: the plural form Intl.PluralRules picks, the number formatted by Intl. */
export function statesText(language: Language, count: number): string {
  const category = new Intl.PluralRules(language).select(count);
  return t(language, { id: `states.${category}` }, new Intl.NumberFormat(intlTag(language)).format(count));
}

/* Walks. */

/** The nearest `lang` of a node, across shadow boundaries ('' when none). */
export function langOf(node: Node): string {
  let at: Node | null = node;
  while (at) {
    if (at.nodeType === Node.ELEMENT_NODE && (at as Element).hasAttribute('lang')) return (at as Element).getAttribute('lang')!;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return '';
}

export const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** The text nodes of the element's shadow roots (nested ones too), without styles. */
export function shadowTextNodes(el: Element): Text[] {
  const nodes: Text[] = [];
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('style') || !node.nodeValue?.trim()) continue;
      nodes.push(node as Text);
    }
  }
  return nodes;
}

/** Whether an element takes part in layout (rendered, not visually hidden). */
export function isRendered(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return node.getClientRects().length > 0 && box.width > 1 && box.height > 1 && getComputedStyle(node).visibility === 'visible';
}
