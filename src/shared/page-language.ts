import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * The page's language for elements that show no UI strings (the counter): the Intl
 * locale, language and direction, without loading @lit/localize or any translation,
 * so a page with only such an element stays small. It follows `<html lang>` and, when
 * the rest of the library switches language with `setLocale()`, the
 * `lit-localize-status` event that @lit/localize fires on window.
 *
 * The rules are those of locale.ts (six UN languages, others → English; Arabic is
 * right to left; the tag keeps extensions such as `-u-nu-arab`).
 */

const SUPPORTED = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];

/** `fr-CA` → fr, `pt` → en. */
function languageOf(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.includes(primary) ? primary : 'en';
}

/** The language last made active by @lit/localize on this page, if any. */
let activeLocale: string | undefined;

/** The page language: Intl tag (valid and in a supported language), language and direction. */
export interface PageLanguage {
  tag: string;
  language: string;
  dir: 'ltr' | 'rtl';
}

/** The page language now (read it once per update: it is not cached). */
export function pageLanguage(): PageLanguage {
  const written = document.documentElement.lang || 'en';
  // The language @lit/localize made active wins; the tag keeps <html lang>'s extensions when it agrees.
  const language = languageOf(activeLocale || written);
  let tag = language;
  try {
    const [canonical] = Intl.getCanonicalLocales(written);
    // The tag's own language, not languageOf() (which makes `pt-BR` English): `pt-BR` formats as `en`.
    if (canonical?.split('-')[0] === language) tag = canonical;
  } catch {
    // An invalid tag formats as its language.
  }
  return { tag, language, dir: language === 'ar' ? 'rtl' : 'ltr' };
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
const update = () => hosts.forEach((host) => host.requestUpdate());
const onStatus = (event: Event) => {
  const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail?.status !== 'ready') return;
  activeLocale = detail.readyLocale;
  update();
};

/** Re-renders its host when the page language changes (read it with pageLanguage()); all hosts share one observer. */
export class PageLanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (observer) return;
    observer = new MutationObserver(() => {
      activeLocale = undefined; // <html lang> takes over again, as in locale.ts
      update();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    addEventListener('lit-localize-status', onStatus);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size || !observer) return;
    observer.disconnect();
    observer = undefined;
    removeEventListener('lit-localize-status', onStatus);
  }
}
