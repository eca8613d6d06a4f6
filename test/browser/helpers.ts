import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
/** Test helpers shared by the element suites. */

export interface CapturedWarnings {
  readonly messages: string[];
  restore(): void;
}

/** Records console.warn calls (and still lets them through quietly). */
export function captureWarnings(): CapturedWarnings {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Collects the `mbc-data-error` events that reach `target`. */
export function collectDataErrors(target: EventTarget = document): { events: CustomEvent[]; stop(): void } {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  target.addEventListener('mbc-data-error', listener);
  return { events, stop: () => target.removeEventListener('mbc-data-error', listener) };
}

/** A URL on the test server that answers with this JSON body (see test/routes.js). */
export function jsonUrl(body: unknown, options: { type?: string; delay?: number; status?: number } = {}): string {
  const params = new URLSearchParams({ body: typeof body === 'string' ? body : JSON.stringify(body) });
  if (options.type) params.set('type', options.type);
  if (options.delay) params.set('delay', String(options.delay));
  if (options.status) params.set('status', String(options.status));
  return `/test-api/json?${params}`;
}

/** The visible text of a shadow root's element, whitespace folded. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Payloads that must come out as text wherever they are put. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__mbcPwned=1">',
  '<script>window.__mbcPwned=1</script>',
  '"><svg onload=window.__mbcPwned=1>',
  '</title><script>window.__mbcPwned=1</script>',
  'javascript:window.__mbcPwned=1',
  '{{constructor.constructor("window.__mbcPwned=1")()}}',
];

/** Asserts no payload became markup: no handlers, no script/iframe/img in the shadow root. */
export function assertInert(root: ShadowRoot): void {
  const bad = root.querySelectorAll('script, iframe, img, base, meta, object, embed, style, link');
  if (bad.length) throw new Error(`unexpected elements in shadow root: ${Array.from(bad, (n) => n.localName).join(', ')}`);
  // The only SVG allowed is a static, hidden icon.
  for (const svg of root.querySelectorAll('svg')) {
    const shapes = Array.from(svg.querySelectorAll('*'), (n) => n.localName);
    if (
      svg.getAttribute('part') !== 'icon' ||
      svg.getAttribute('aria-hidden') !== 'true' ||
      shapes.some((name) => name !== 'path')
    ) {
      throw new Error(`unexpected svg in shadow root: ${svg.outerHTML.slice(0, 120)}`);
    }
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) throw new Error(`event handler attribute ${attr} on ${el.localName}`);
      if (attr === 'style') throw new Error(`style attribute on ${el.localName}`);
    }
  }
  for (const link of root.querySelectorAll('a')) {
    if (!['http:', 'https:', 'mailto:'].includes(link.protocol)) throw new Error(`unsafe link ${link.getAttribute('href')}`);
  }
  if ((window as unknown as Record<string, unknown>).__mbcPwned) throw new Error('a payload executed');
}

/** Renders a fixture and waits until its data (built-in chunk, `src`) has arrived and rendered. */
export async function readyFixture<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await (el as unknown as { dataComplete?: Promise<unknown> }).dataComplete;
  return el;
}

/**
 * Sets `<html lang>` (null removes it) and resolves once the language's strings
 * (a lazily loaded chunk) are active and widgets have been asked to re-render:
 * await this, then `el.updateComplete`, instead of waiting a fixed time.
 */
export async function setPageLanguage(tag: string | null): Promise<void> {
  if (tag === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = tag;
  const { localeReady } = await import('../../src/shared/i18n/locale.js');
  await localeReady();
}

/** Counts an element's renders from now on (its `render()` is wrapped); `count` can be set back to 0. */
export function countRenders(el: HTMLElement): { count: number } {
  const counter = { count: 0 };
  const target = el as unknown as { render: () => unknown };
  const render = target.render.bind(el);
  target.render = () => {
    counter.count++;
    return render();
  };
  return counter;
}

/**
 * Asserts that `block` shows English laid out left to right, as it must on a right-to-left
 * page: marked `lang="en" dir="ltr"`, its text starting at the block's left edge and, when
 * it ends with a full stop, that full stop at the right end of the text.
 */
export function expectEnglishLeftToRight(block: Element, name = block.localName): void {
  expect([block.getAttribute('lang'), block.getAttribute('dir'), getComputedStyle(block).direction], name).to.deep.equal([
    'en',
    'ltr',
    'ltr',
  ]);
  const range = document.createRange();
  range.selectNodeContents(block);
  const text = range.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  expect(text.left - box.left, `${name} starts at the left`).to.be.lessThan(box.right - text.right);
  const last = [...block.childNodes].reverse().find((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue!.trim());
  const end = last?.nodeValue!.trimEnd() ?? '';
  if (!end.endsWith('.')) return;
  const dot = document.createRange();
  dot.setStart(last!, end.length - 1);
  dot.setEnd(last!, end.length);
  expect(dot.getBoundingClientRect().right, `${name}: its full stop at the right`).to.be.closeTo(text.right, 1);
}
