import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleModule } from '@lit/localize';
import type { LocalizationRuntime } from './localization.js';
import { SOURCE_LANGUAGE, resolveLanguage, type Language } from './language.js';
import { announcePageLanguage, chooseLanguage, pageLanguage, pageLanguageTag, watchPageLanguage } from './page-language.js';

/*
 * The UI strings of the page's language, for every widget that has strings.
 *
 * The page language itself (`<html lang>` or `setLocale()`'s tag, its direction,
 * Intl locale and digits) is page-language.ts's, the one place that knows it; this
 * module follows it and loads a language's UI strings (and @lit/localize's runtime,
 * in localization.ts, the first time); nothing else. When the resolved language
 * changes, every widget re-renders once, when its strings have arrived and what it
 * waits for in the new language (its content, which the StatementController
 * fetches meanwhile: LocaleController.waitFor()): `lang`, `dir`, the UI strings, the
 * content and the number formats all switch in the same render. English pages load
 * nothing more. On a page that starts in another language, a widget renders as
 * soon as its content is there, with the page's `lang`, `dir` and number formats
 * (so a counter never shifts), and once more when the UI strings arrive (a chunk of
 * at most 2 KB, fetched since the library loaded).
 *
 * How an element uses it (strings, direction, Intl, texts from the data): CONTRIBUTING.md.
 */

export { SUPPORTED_LANGUAGES, SOURCE_LANGUAGE, dirOf, intlTag, resolveLanguage, type Language } from './language.js';
export { pageLanguageTag } from './page-language.js';

/**
 * A value isolated from the text around it (U+2068 … U+2069), for strings that
 * cannot hold `<bdi>`: a figure or a Latin name keeps its order inside Arabic.
 */
export const isolate = (value: string | number): string => `\u2068${value}\u2069`;

/* Loading languages. */

/**
 * The UI strings of each language: literal imports, so the bundler makes one chunk
 * per language. Only target languages are ever asked for (@lit/localize and sync()
 * never load the source language).
 */
const templates: Record<string, () => Promise<LocaleModule>> = {
  ar: () => import('../../locales/ar.js'),
  es: () => import('../../locales/es.js'),
  fr: () => import('../../locales/fr.js'),
  ru: () => import('../../locales/ru.js'),
  zh: () => import('../../locales/zh.js'),
};

/** A language's UI strings, before @lit/localize makes it active. */
const loadLocale = (language: string): Promise<LocaleModule> => templates[language]();

/** @lit/localize's runtime and our configuration of it (localization.ts), fetched for the first non-English language. */
let runtime: LocalizationRuntime | undefined;
let runtimeLoading: Promise<LocalizationRuntime> | undefined;

/** The language whose strings are loaded and shown now (it trails the page while a language loads). */
export const activeLanguage = (): Language => resolveLanguage(runtime?.getLocale());

/*
 * Every widget with strings follows the page language (page-language.ts) while it is
 * connected. Each widget remembers what its last render depended on (the
 * language of the strings and the Intl locale: renderKey()); notify() re-renders
 * those that are behind, each once what it waits for in the new language (its
 * content: LocaleController.waitFor()) is there too.
 *
 * A language becomes active when its strings are there: @lit/localize fires
 * `lit-localize-status` ("ready") and the @localized() controllers re-render their
 * hosts at once; when setLocale() resolves, a microtask later, notify() finds them
 * up to date and re-renders only the widgets without @localized() (or all, when the
 * page configured @lit/localize itself and no event is ours). Either way each
 * widget renders the new language once.
 */
const controllers = new Set<LocaleController>();
const hosts = new WeakMap<ReactiveControllerHost, LocaleController>();
let stopWatching: (() => void) | undefined;

const renderKey = () => activeLanguage() + pageLanguage().tag;

/** Re-renders the widgets that are behind; resolves once each has been asked to (after what it waits for). */
function notify(): Promise<unknown> {
  const key = renderKey();
  const { language } = pageLanguage();
  const waiting: Promise<unknown>[] = [];
  controllers.forEach((controller) => {
    if (controller.key === key) return;
    const pending = controller.prepare(language);
    if (pending) waiting.push(pending.then(() => controller.host.requestUpdate()));
    else controller.host.requestUpdate();
  });
  return Promise.all(waiting);
}

/**
 * Brings the active language in line with the page, and checks again when a
 * language has arrived (the page may have moved on meanwhile). A language that
 * cannot be loaded shows English.
 */
function sync(): Promise<unknown> {
  const wanted = resolveLanguage(pageLanguageTag());
  if (wanted === activeLanguage()) return notify(); // same language, maybe another tag (`ar` → `ar-u-nu-arab`)
  // The first time, the runtime and the language's strings are fetched in parallel
  // (without a runtime the active language is English, so `wanted` is not).
  if (!runtime) loadLocale(wanted).catch(() => undefined);
  return (runtimeLoading ??= import('./localization.js').then((module) => (runtime = module.configure(loadLocale))))
    .then((localization) => localization.setLocale(wanted))
    .then(
      () => {
        // Widgets without strings (the counter) re-render too.
        announcePageLanguage();
        return sync();
      },
      (error: unknown) => {
        console.warn(`[mine-ban-widgets] no "${wanted}" translations; showing English`, error);
        chooseLanguage(SOURCE_LANGUAGE);
        return sync();
      },
    );
}

/**
 * Sets the widgets' language for sites that switch language without changing
 * `<html lang>` (a later change of `<html lang>` takes over again). Takes any BCP 47
 * tag (`fr-CA`, `ar-u-nu-arab`); unsupported languages show English. Resolves once
 * the widgets can render in it.
 */
export function setLocale(tag: string): Promise<unknown> {
  chooseLanguage(String(tag));
  return sync();
}

/** Resolves when the language the page asks for is active: its strings loaded, and every widget re-rendered in it (or asked to). */
export const localeReady = (): Promise<unknown> => sync();

/* Start loading the page's language as soon as the library is evaluated, not at the first render (a no-op outside a browser). */
sync();

/**
 * Gives an element the page's language and re-renders it once when the language
 * changes (see the top of this module).
 */
export class LocaleController implements ReactiveController {
  /** What the last render depended on (see renderKey()). */
  key?: string;
  #waitFor?: (language: Language) => Promise<unknown> | undefined;

  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
    hosts.set(host, this);
  }

  /** The host's LocaleController, if it has one. */
  static of(host: ReactiveControllerHost): LocaleController | undefined {
    return hosts.get(host);
  }

  /**
   * Makes the host's switch to a new language wait for `prepare(language)` too (what
   * else it shows in the language: its content, which the StatementController
   * fetches), so that the widget re-renders once, all in the new language. `prepare`
   * returns what is still on its way, or undefined when all is here.
   */
  waitFor(prepare: (language: Language) => Promise<unknown> | undefined): void {
    this.#waitFor = prepare;
  }

  /** What the host waits for before it renders `language` (see waitFor()); a failure does not hold it. */
  prepare(language: Language): Promise<unknown> | undefined {
    return this.#waitFor?.(language)?.catch(() => undefined);
  }

  /** The locale for `Intl`: the page's tag (`fr-CA`, `ar-u-nu-arab`) when we speak its language, else `en`. */
  get tag(): string {
    return pageLanguage().tag;
  }

  /** The page's language, resolved (`fr-CA` → `fr`); `msg()` strings follow once loaded. */
  get language(): Language {
    return pageLanguage().language;
  }

  get dir(): 'ltr' | 'rtl' {
    return pageLanguage().dir;
  }

  /** The digits figures are written in (`latn`, or the page's `-u-nu-`: `arab`); lists number in them too (`<ol data-digits>`). */
  get numberingSystem(): string {
    return pageLanguage().numberingSystem;
  }

  /** Resolves when the page's language is active. */
  get ready(): Promise<unknown> {
    return localeReady();
  }

  hostConnected(): void {
    stopWatching ??= watchPageLanguage(sync);
    controllers.add(this);
    // <html lang> may have changed while no widget was watching, or this one was
    // moved after a switch it did not see: sync() catches it up.
    sync();
  }

  hostUpdate(): void {
    this.key = renderKey();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      stopWatching?.();
      stopWatching = undefined;
    }
  }
}
