import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.js';

/**
 * The library's one configuration of @lit/localize (runtime mode), in a chunk of
 * its own: locale.ts loads it only when the page asks for a language other than
 * English, so English pages never fetch the runtime nor any translation.
 * Translations come from `xliff/<lang>.xlf`, built by `npm run localize` into
 * `src/locales/<lang>.ts`, one lazily loaded chunk per language
 * (`dist/locales/<lang>.js`).
 */
export interface LocalizationRuntime {
  /** The language whose strings `msg()` returns now. */
  getLocale(): string;
  /** Loads a language's strings and makes it active; resolves once widgets can render it. */
  setLocale(language: string): Promise<void>;
  /** False when another configuration of the same @lit/localize was there first (a site's own). */
  readonly owned: boolean;
}

/**
 * @lit/localize throws when it is configured twice. That happens when two copies
 * of this library (two versions bundled by a site, or the bundle next to the npm
 * package) share one copy of @lit/localize, or when the site configures it too.
 * So the configuration is recorded per @lit/localize copy (its
 * `configureLocalization` function is the key) under one `Symbol.for` key on
 * `globalThis`, and no other global; a second copy of this module reuses the first
 * one's. Copies of the library bundled with their own @lit/localize are separate
 * keys and configure their own.
 */
const REGISTRY_KEY = Symbol.for('mine-ban-widgets.localization');

/** Configures @lit/localize once per copy of it (see above) and returns how to drive it. */
export function configure(loadLocale: (language: string) => Promise<LocaleModule>): LocalizationRuntime {
  const registry = ((globalThis as unknown as Record<symbol, WeakMap<object, LocalizationRuntime>>)[REGISTRY_KEY] ??=
    new WeakMap());
  let runtime = registry.get(configureLocalization);
  if (!runtime) {
    try {
      runtime = { ...configureLocalization({ sourceLocale, targetLocales, loadLocale }), owned: true };
    } catch {
      // The page configured this @lit/localize itself: its configuration decides the
      // strings (ours show in English unless its catalogues have them); the language
      // of content, `lang` and `dir` still follow the page.
      let active: string = sourceLocale;
      runtime = {
        getLocale: () => active,
        setLocale: (language) =>
          Promise.resolve(language !== sourceLocale && loadLocale(language)).then(() => void (active = language)),
        owned: false,
      };
    }
    registry.set(configureLocalization, runtime);
  }
  return runtime;
}
