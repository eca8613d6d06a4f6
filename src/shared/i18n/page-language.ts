import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SOURCE_LANGUAGE, dirOf, intlTag, numberingSystemOf, resolveLanguage, type Language } from './language.js';

/*
 * The page's language, for every widget: the one place that knows it.
 *
 * It is `<html lang>`, or the tag a site chose with `setLocale()` until `<html lang>`
 * changes again. One MutationObserver watches `<html lang>` for the whole page,
 * while anything listens (a widget, or locale.ts loading the UI strings). From the
 * tag follow the language (one of the six UN languages), the direction, the Intl
 * locale and its numbering system, read by every element, the counter included,
 * and by locale.ts, which loads @lit/localize's strings for the language. Nothing
 * here loads a translation, so a page with only counters stays small.
 */

export { dirOf } from './language.js';

/** A tag a site chose with `setLocale()`, and the `<html lang>` it overrides (until that changes). */
let chosen: string | undefined;
let chosenOver: string | undefined;

/** `<html lang>` (empty outside a browser, e.g. when Node imports the data). */
const htmlLang = (): string => globalThis.document?.documentElement.lang ?? '';

/** The page's language as it is written: the chosen tag, else `<html lang>`, else English. */
export function pageLanguageTag(): string {
  const lang = htmlLang();
  if (chosenOver !== lang) chosen = undefined;
  return chosen ?? (lang || SOURCE_LANGUAGE);
}

/** The page language, everything a widget needs of it. */
export interface PageLanguage {
  /** The Intl locale (`fr-CA`, `ar-u-nu-arab`, `en-u-nu-latn`). */
  tag: string;
  /** The language, resolved (`fr-CA` → `fr`, `pt` → `en`). */
  language: Language;
  dir: 'ltr' | 'rtl';
  /** The digits figures are written in (`latn`, or the page's `-u-nu-`: `arab`). */
  numberingSystem: string;
}

let last: { written: string; value: PageLanguage } | undefined;

/** The page language now (cheap: recomputed only when the tag changed). */
export function pageLanguage(): PageLanguage {
  const written = pageLanguageTag();
  if (last?.written !== written) {
    const language = resolveLanguage(written);
    const tag = intlTag(written, language);
    last = { written, value: { tag, language, dir: dirOf(language) as 'ltr' | 'rtl', numberingSystem: numberingSystemOf(tag) } };
  }
  return last.value;
}

/* Listeners to changes of the page language, and the one observer they share. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
const changed = () => listeners.forEach((listener) => listener());

/**
 * Tells every listener to read the page language again: locale.ts calls it when a
 * language's strings and content translations have arrived, so that widgets without
 * strings of their own (the counter) re-render with the translated content too.
 */
export const announcePageLanguage = (): void => changed();

/**
 * Calls `listener` on every change of the page language (`<html lang>` or
 * `chooseLanguage()`); returns the function that stops it. The observer runs while
 * anything listens.
 */
export function watchPageLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && globalThis.document) {
    observer = new MutationObserver(changed);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    observer?.disconnect();
    observer = undefined;
  };
}

/** Makes `tag` the page's language over the current `<html lang>` (what `setLocale()` does). */
export function chooseLanguage(tag: string): void {
  chosen = tag;
  chosenOver = htmlLang();
  changed();
}

/**
 * Gives an element the page language, re-rendering it when the language changes.
 * For elements without UI strings (the counter); the others use locale.ts's
 * LocaleController, which also waits for their strings.
 */
export class PageLanguageController implements ReactiveController {
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = watchPageLanguage(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
  }
}
