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
 * module follows it and loads what a language needs: its strings (and
 * @lit/localize's runtime, in localization.ts, the first time) and the content
 * translations registered with it. When the resolved language changes, every widget
 * re-renders once, when its texts have arrived: `lang`, `dir`, the UI strings, the
 * content and the number formats all switch in the same render. English pages load
 * nothing more. On a page that starts in another language, a widget renders at once
 * with the page's `lang`, `dir`, number formats and content (so a counter never
 * shifts), and once more when the UI strings arrive (a chunk of at most 2 KB,
 * fetched since the library loaded); the built-in statement waits for its
 * translations.
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

type ContentLoader = (language: string) => Promise<unknown>;

/** Loaders of content translations (the built-in statement registers one). */
const contentLoaders = new Set<ContentLoader>();

/** Runs content loaders for a language; a failing one leaves its content in English. */
const loadContent = (language: string, loaders: Iterable<ContentLoader> = contentLoaders) =>
  Promise.all(
    Array.from(loaders, (load) =>
      load(language).catch((error: unknown) => console.warn(`[mine-ban-widgets] no "${language}" content translations`, error)),
    ),
  );

/**
 * A language arrives whole: its UI strings and the content translations, before
 * @lit/localize makes it active, so widgets render it once, all in the language.
 * (`sync()` may start it in parallel with the runtime, which then asks again: the
 * browser fetches each chunk once, and content loaders may run twice.)
 */
const loadLocale = (language: string): Promise<LocaleModule> =>
  Promise.all([templates[language](), loadContent(language)]).then(([module]) => module);

/** @lit/localize's runtime and our configuration of it (localization.ts), fetched for the first non-English language. */
let runtime: LocalizationRuntime | undefined;
let runtimeLoading: Promise<LocalizationRuntime> | undefined;

/** The language whose strings are loaded and shown now (it trails the page while a language loads). */
export const activeLanguage = (): Language => resolveLanguage(runtime?.getLocale());

/*
 * Every widget with strings follows the page language (page-language.ts) while it is
 * connected. Each widget remembers what its last render depended on (the
 * language of the strings and the Intl locale: renderKey()); notify() re-renders
 * those that are behind, or all of them when new content translations arrived.
 *
 * A language becomes active when its strings are there: @lit/localize fires
 * `lit-localize-status` ("ready") and the @localized() controllers re-render their
 * hosts at once; when setLocale() resolves, a microtask later, notify() finds them
 * up to date and re-renders only the widgets without @localized() (or all, when the
 * page configured @lit/localize itself and no event is ours). Either way each
 * widget renders the new language once.
 */
const controllers = new Set<LocaleController>();
let stopWatching: (() => void) | undefined;

const renderKey = () => activeLanguage() + pageLanguage().tag;

function notify(all?: boolean): void {
  const key = renderKey();
  controllers.forEach((controller) => (all || controller.key !== key) && controller.host.requestUpdate());
}

/**
 * Brings the active language in line with the page, and checks again when a
 * language has arrived (the page may have moved on meanwhile). A language that
 * cannot be loaded shows English.
 */
function sync(): Promise<unknown> {
  const wanted = resolveLanguage(pageLanguageTag());
  if (wanted === activeLanguage()) return Promise.resolve(notify()); // same language, maybe another tag (`ar` → `ar-u-nu-arab`)
  // The first time, the runtime and the language's strings are fetched in parallel
  // (without a runtime the active language is English, so `wanted` is not).
  if (!runtime) loadLocale(wanted).catch(() => undefined);
  return (runtimeLoading ??= import('./localization.js').then((module) => (runtime = module.configure(loadLocale))))
    .then((localization) => localization.setLocale(wanted))
    .then(
      () => {
        // Widgets without strings (the counter) re-render too, with the content translations now here.
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

/** Settles when content translations that arrived after their language are applied. */
let contentReady: Promise<unknown> = Promise.resolve();

/**
 * Registers a loader of content translations (as the built-in statement does when
 * its chunk arrives): it runs with the UI strings on every language switch, and at
 * once for the language on show and the one loading, re-rendering the widgets when
 * it is done.
 */
export function registerContentTranslations(loader: ContentLoader): void {
  contentLoaders.add(loader);
  const languages = new Set([activeLanguage(), resolveLanguage(pageLanguageTag())]);
  languages.delete(SOURCE_LANGUAGE);
  if (languages.size)
    contentReady = Promise.all([contentReady, ...Array.from(languages, (language) => loadContent(language, [loader]))]).then(() =>
      notify(true),
    );
}

/** Resolves when the language the page asks for is active (its strings and content translations loaded). */
export const localeReady = (): Promise<unknown> => Promise.all([sync(), contentReady]);

/* Start loading the page's language as soon as the library is evaluated, not at the first render (a no-op outside a browser). */
sync();

/**
 * Gives an element the page's language and re-renders it once when the language
 * changes (see the top of this module).
 */
export class LocaleController implements ReactiveController {
  /** What the last render depended on (see renderKey()). */
  key?: string;

  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
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
