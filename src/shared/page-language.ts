import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dirOf, intlTag, resolveLanguage } from './language.js';

/*
 * The page's language for the counter, which shows no UI strings of its own (its
 * translation note comes with the data it loads): the Intl locale, language and
 * direction, without loading @lit/localize or any translation, so a page with only
 * counters stays small. It follows `<html lang>` and, when
 * the rest of the library switches language with `setLocale()`, the
 * `lit-localize-status` event that @lit/localize fires on window.
 *
 * The rules are those of locale.ts (six UN languages, others → English; Arabic is
 * right to left; the tag keeps extensions such as `-u-nu-arab`).
 */

export { dirOf } from './language.js';

/** The language last made active by @lit/localize on this page, if any, and the `<html lang>` it was made over. */
let activeLocale: string | undefined;
let activeOver: string | undefined;

/** The page language: Intl tag (valid and in a supported language), language and direction. */
export interface PageLanguage {
  tag: string;
  language: string;
  dir: 'ltr' | 'rtl';
}

/** The page language now (read it once per update: it is not cached). */
export function pageLanguage(): PageLanguage {
  const lang = document.documentElement.lang;
  const written = lang || 'en';
  // The language @lit/localize made active wins until <html lang> changes (as in locale.ts);
  // the tag keeps <html lang>'s extensions when it agrees.
  const language = resolveLanguage((activeOver === lang && activeLocale) || written);
  const tag = intlTag(written, language);
  return { tag, language, dir: dirOf(language) as 'ltr' | 'rtl' };
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
const update = () => hosts.forEach((host) => host.requestUpdate());
const onStatus = (event: Event) => {
  const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail?.status !== 'ready') return;
  activeLocale = detail.readyLocale;
  activeOver = document.documentElement.lang;
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
    // One observer for the page while a counter is on it. The listener stays once added
    // (it runs only when @lit/localize switches), so a switch made while no counter was
    // on the page is still known to the next one.
    (observer = new MutationObserver(update)).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    addEventListener('lit-localize-status', onStatus);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size) return;
    observer?.disconnect();
    observer = undefined;
  }
}
