/**
 * Shared by the hostile-page suites (test/browser/hostile/*.test.ts): the
 * elements as custom-elements.json lists them, what each suite needs to know
 * about each element, and checks on what ends up in the shadow roots.
 *
 * The suites iterate over the manifest, not over a hand-written list, so a new
 * element is put through them as soon as it is in custom-elements.json; and
 * `PROFILES` must have an entry for every element of the manifest, so a new
 * element without one fails every suite until someone says how to test it.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { jointStatement22MSP } from '../../../src/data/joint-statement-22msp.full.js';

export interface ManifestElement {
  tag: string;
  className: string;
  /** Attribute names, as the manifest lists them. */
  attributes: string[];
  /** Slot names ('' is the default slot). */
  slots: string[];
  /** Event names the element fires, as the manifest lists them. */
  events: string[];
}

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  name: string;
  attributes?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
}

/** Every `mbc-` element of custom-elements.json (the dev server serves the repo root). */
export async function loadManifest(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status} (run \`npm run analyze\`)`);
  const manifest = (await response.json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName?.startsWith('mbc-'))
    .map((d) => ({
      tag: d.tagName!,
      className: d.name,
      attributes: Array.from(new Set((d.attributes ?? []).map((a) => a.name))),
      slots: Array.from(new Set((d.slots ?? []).map((s) => s.name ?? ''))),
      events: Array.from(new Set((d.events ?? []).map((e) => e.name))),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

export const ELEMENTS: ManifestElement[] = await loadManifest();

/** What a suite needs to know about an element beyond the manifest. */
export interface Profile {
  /** Attribute sets that change what is rendered (the accessibility matrix renders each). */
  variants: Array<Record<string, string>>;
  /** Whether the element renders a list (`ul`/`ol`) with the built-in statement. */
  rendersList: boolean;
}

export const PROFILES: Record<string, Profile> = {
  'mbc-achievement-counter': {
    variants: [
      { achievement: 'stockpiles-destroyed' },
      { value: '55000000', format: 'compact', label: 'stockpiled mines destroyed' },
      { value: '75', format: 'percent', label: 'of States Parties' },
      { value: '1234.5', decimals: '1', prefix: 'over ', suffix: ' km²', label: 'land released' },
    ],
    rendersList: false,
  },
  'mbc-achievement-list': {
    variants: [{}, { layout: 'list' }, { heading: 'What we achieved', 'heading-level': '3' }],
    rendersList: true,
  },
  'mbc-call-to-action': {
    variants: [{}, { href: 'https://example.org/join', label: 'Join the campaign' }],
    rendersList: false,
  },
  'mbc-commitment-list': {
    variants: [{}, { heading: 'Our commitments', 'heading-level': '4' }],
    rendersList: true,
  },
  'mbc-quote': {
    variants: [{}, { text: 'A world free of mines.', cite: 'The Champions', href: 'https://example.org/q' }],
    rendersList: false,
  },
  'mbc-signatory-list': {
    variants: [{}, { group: 'champions' }, { display: 'inline' }, { display: 'count' }],
    rendersList: true,
  },
  'mbc-statement-card': {
    variants: [{}, { variant: 'full' }, { href: 'https://example.org/statement' }],
    rendersList: false,
  },
};

/** One test per suite: every element of the manifest is defined and has a profile. */
export function itCoversEveryElement(): void {
  it('covers every element of custom-elements.json', () => {
    expect(ELEMENTS.length, 'elements in custom-elements.json').to.be.at.least(7);
    for (const { tag } of ELEMENTS) {
      expect(customElements.get(tag), `${tag} is defined by src/index.ts`).to.be.a('function');
      expect(PROFILES, `${tag} has a profile in test/browser/hostile/support.ts`).to.have.property(tag);
    }
  });
}

/** The element's shadow root and those of every element inside it, recursively. */
export function shadowRoots(root: Element | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    const shadow = node instanceof Element ? node.shadowRoot : node;
    if (shadow) {
      found.push(shadow);
      for (const child of shadow.querySelectorAll('*')) if (child.shadowRoot) visit(child);
    }
    if (node instanceof Element) for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child);
  };
  visit(root);
  return Array.from(new Set(found));
}

/**
 * The text a reader sees in the element: its shadow tree, with each `<slot>`
 * replaced by what is assigned to it (or its own fallback), nested widgets
 * included, whitespace folded.
 */
export function shadowText(el: Element): string {
  const parts: string[] = [];
  // nodeType rather than instanceof: the element may come from another realm (an iframe).
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName === 'style' || element.localName === 'script' || element.localName === 'template') return;
      if (element.localName === 'slot') {
        const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
        for (const child of assigned.length ? assigned : Array.from(element.childNodes)) visit(child);
        return;
      }
      if (element.shadowRoot) {
        visit(element.shadowRoot);
        return;
      }
    } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    for (const child of node.childNodes) visit(child);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const FORBIDDEN = 'script, iframe, frame, frameset, base, meta, object, embed, link, form, img, applet, portal';
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
export const CANARY = '__mbcXss';

/** Whether a URL attribute's value is safe: it resolves to http(s) or mailto (relative URLs resolve to http). */
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** Everything found wrong in the element's shadow roots (empty when it is inert). */
export function hazards(el: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const bad of root.querySelectorAll(FORBIDDEN))
      found.push(`<${bad.localName}> in the shadow root of <${(root.host as Element).localName}>`);
    for (const node of root.querySelectorAll('*')) {
      for (const name of node.getAttributeNames()) {
        const value = node.getAttribute(name) ?? '';
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) found.push(`${lower} attribute on <${node.localName}>`);
        if (lower === 'srcdoc') found.push(`srcdoc on <${node.localName}>`);
        if (URL_ATTRIBUTES.includes(lower) && !isSafeUrl(value))
          found.push(`unsafe ${lower}="${value.slice(0, 80)}" on <${node.localName}>`);
        if (lower === 'style' && /url\(|expression\(|javascript:/i.test(value))
          found.push(`style="${value.slice(0, 80)}" on <${node.localName}>`);
      }
    }
  }
  if ((window as unknown as Record<string, unknown>)[CANARY]) found.push('a payload executed (window canary set)');
  return found;
}

/**
 * Clicks every link and button in the element's shadow roots with navigation
 * prevented (the default action of a click, form submission, window.open and
 * navigator.share are all stopped), then lets pending tasks run.
 */
export async function clickEverything(el: Element): Promise<number> {
  let clicks = 0;
  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop);
  window.addEventListener('submit', stop, true);
  const open = window.open;
  window.open = () => null;
  const nav = navigator as Navigator & { share?: unknown; canShare?: unknown };
  const share = Object.getOwnPropertyDescriptor(nav, 'share');
  Object.defineProperty(nav, 'share', { configurable: true, value: () => Promise.resolve() });
  try {
    for (const root of shadowRoots(el)) {
      for (const control of root.querySelectorAll<HTMLElement>('a, button, [role=button], [role=link], summary, input, area')) {
        control.click();
        clicks++;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('click', stop);
    window.removeEventListener('submit', stop, true);
    window.open = open;
    if (share) Object.defineProperty(nav, 'share', share);
    else delete (nav as { share?: unknown }).share;
  }
  return clicks;
}

/** Stores a body on the test server and returns the URL that serves it (test/routes.js `stash`). */
export async function stashUrl(body: unknown, type = 'application/json'): Promise<string> {
  const response = await fetch(`/test-api/stash?type=${encodeURIComponent(type)}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const { url } = (await response.json()) as { url: string };
  return url;
}

/** Renders many elements at once and waits until all have their data and have rendered. */
export async function settleAll(elements: Element[]): Promise<void> {
  await Promise.all(
    elements.map(
      (el) =>
        (el as unknown as { dataComplete?: Promise<unknown> }).dataComplete ??
        (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
  await Promise.all(elements.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
}

/** Console errors, uncaught errors and unhandled rejections while a test runs. */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Answers same-origin requests outside /test-api/ with a 404 in the page, as a
 * site would, so that garbage `src` values do not fill the dev server's log.
 * Returns the function that restores `fetch`.
 */
export function quietFetch(): () => void {
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin === location.origin && !url.pathname.startsWith('/test-api/'))
      return Promise.resolve(new Response('', { status: 404 }));
    return realFetch(input, init);
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** Keys whose strings are identifiers or codes with a fixed pattern (the validator refuses anything else). */
const PATTERNED = new Set(['id', 'date', 'states', 'officialLanguages', 'format', 'list']);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The built-in statement with every free-text string (titles, paragraphs, labels, href, url…) replaced by `payload`. */
export function statementWith(payload: string): { doc: Json; fields: number } {
  let fields = 0;
  const walk = (value: Json, key: string | undefined): Json => {
    if (typeof value === 'string') {
      if (key !== undefined && PATTERNED.has(key)) return value;
      fields++;
      return payload;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const doc = walk(JSON.parse(JSON.stringify(jointStatement22MSP)) as Json, undefined);
  return { doc, fields };
}

/* Colours as computed (forced colors included), for contrast checks. */
export type RGBA = [number, number, number, number];
export function parseColor(value: string): RGBA {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const m = getComputedStyle(probe)
    .color.match(/[\d.]+/g)!
    .map(Number);
  probe.remove();
  return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
}
export const rgba = (value: string): RGBA => {
  const m = value.match(/[\d.]+/g);
  if (!m || value.startsWith('color(') || value.includes('light-dark')) return parseColor(value);
  return [Number(m[0]), Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
};
export const luminance = ([r, g, b]: RGBA) => {
  const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
export const contrast = (a: RGBA, b: RGBA) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

/** The opaque background behind a node: up through its shadow ancestors, then the page's. */
export function backgroundOf(node: Element): RGBA {
  for (let current: Element | null = node; current;) {
    const bg = rgba(getComputedStyle(current).backgroundColor);
    if (bg[3] > 0.5) return bg;
    current = current.parentElement ?? (current.getRootNode() as ShadowRoot).host ?? null;
  }
  return rgba(getComputedStyle(document.body).backgroundColor);
}
