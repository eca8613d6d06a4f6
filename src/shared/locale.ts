import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The six official languages of the United Nations; English is the source. */
export const SUPPORTED_LANGUAGES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'en';

const RTL = new Set<string>(['ar']);

/** `fr-CA` → fr, `zh-Hant` → zh, `pt` → en. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : SOURCE_LANGUAGE;
}

/** The page's language as it is written, for `Intl` (keeps `-u-nu-arab` and the like). */
export function pageLanguageTag(): string {
  return document.documentElement.lang || SOURCE_LANGUAGE;
}

/** The locale `Intl` formats with: the page's own tag when it is valid and its language is one we speak. */
export function intlLocale(tag: string = pageLanguageTag()): string {
  const language = resolveLanguage(tag);
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical && resolveLanguage(canonical) === language) return canonical;
  } catch {
    // An invalid tag in <html lang> formats as the resolved language.
  }
  return language;
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return RTL.has(language) ? 'rtl' : 'ltr';
}

/* One observer on <html lang> for the whole page, shared by every widget. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function watchPageLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * Gives an element the page's language and re-renders it when `<html lang>`
 * changes. All widgets share one MutationObserver, released with the last one.
 */
export class LocaleController implements ReactiveController {
  private unwatch?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get tag(): string {
    return intlLocale();
  }

  get language(): Language {
    return resolveLanguage(pageLanguageTag());
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  hostConnected(): void {
    this.unwatch = watchPageLanguage(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
