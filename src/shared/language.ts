/*
 * The language rules every widget follows, in one place: locale.ts (the elements,
 * with @lit/localize) and page-language.ts (the counter, without it) both use them.
 * Nothing here loads anything, so a page with only a counter stays small.
 */

/** The six official languages of the United Nations; English is the source. */
export const SUPPORTED_LANGUAGES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'en';

const primaryOf = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] as Language;

/** `fr-CA` → fr, `zh-Hant` → zh, `ES_mx` → es, `pt` → en. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = primaryOf(tag ?? '');
  return SUPPORTED_LANGUAGES.includes(primary) ? primary : SOURCE_LANGUAGE;
}

/**
 * The locale `Intl` formats `language` with: the page's own tag `written`,
 * canonical, when it is valid and of that language (`fr-ca` → `fr-CA`,
 * `ar-u-nu-arab`), else the language (`pt-BR` on an English page → `en`, so
 * figures read like the text around them; `@@` → `en`).
 */
export function intlTag(written: string, language: Language = resolveLanguage(written)): string {
  try {
    // A canonical tag's language subtag is lower case.
    const [canonical] = Intl.getCanonicalLocales(written);
    if (canonical?.split('-')[0] === language) return canonical;
  } catch {
    // An invalid tag formats as the language.
  }
  return language;
}

/** The direction of text in a language: `rtl` for Arabic, `ltr` for the other supported languages, `auto` for any other. */
export function dirOf(tag: string): 'ltr' | 'rtl' | 'auto' {
  const primary = primaryOf(tag);
  return primary === 'ar' ? 'rtl' : SUPPORTED_LANGUAGES.includes(primary) ? 'ltr' : 'auto';
}
