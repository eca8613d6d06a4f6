/*
 * The language rules every widget follows, in one place: locale.ts (the elements,
 * with @lit/localize) and page-language.ts (the page language, for every element) use them.
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
 * The numbering system figures are written in when the page's tag names none: Western
 * digits (0-9) in every language, as United Nations documents write them in all six.
 * Engines disagree without it (WebKit writes Arabic figures in Arabic-Indic digits,
 * Chromium and Firefox in Western ones) while the statement's texts write theirs in
 * Western digits: one rule keeps every figure of a widget in one script.
 */
export const DEFAULT_NUMBERING_SYSTEM = 'latn';

/**
 * The locale `Intl` formats `language` with: the page's own tag `written`,
 * canonical, when it is valid and of that language (`fr-ca` → `fr-CA`,
 * `ar-u-nu-arab`), else the language (`pt-BR` on an English page → `en`, so
 * figures read like the text around them; `@@` → `en`); with the page's numbering
 * system when the tag names one (`-u-nu-arab`), else DEFAULT_NUMBERING_SYSTEM.
 */
export function intlTag(written: string, language: Language = resolveLanguage(written)): string {
  let tag: string = language;
  try {
    // A canonical tag's language subtag is lower case.
    const [canonical] = Intl.getCanonicalLocales(written);
    if (canonical?.split('-')[0] === language) tag = canonical;
  } catch {
    // An invalid tag formats as the language.
  }
  const locale = new Intl.Locale(tag);
  return locale.numberingSystem ? tag : new Intl.Locale(tag, { numberingSystem: DEFAULT_NUMBERING_SYSTEM }).toString();
}

/** The numbering system of an Intl tag (`ar-u-nu-arab` → `arab`). */
export const numberingSystemOf = (tag: string): string => new Intl.Locale(tag).numberingSystem ?? DEFAULT_NUMBERING_SYSTEM;

const digitSets = new Map<string, string[]>();

/**
 * A text with its Western digits written in the tag's numbering system, so that the
 * numbers a text writes by hand ("55 million", "75 percent") look like the figures
 * Intl formats beside them. Unchanged for Western digits.
 */
export function localDigits(text: string, tag: string): string {
  const system = numberingSystemOf(tag);
  if (system === 'latn' || !/[0-9]/.test(text)) return text;
  let digits = digitSets.get(system);
  if (!digits) {
    const format = new Intl.NumberFormat(tag, { useGrouping: false });
    digitSets.set(system, (digits = Array.from({ length: 10 }, (_, digit) => format.format(digit))));
  }
  return text.replace(/[0-9]/g, (digit) => digits[Number(digit)]);
}

/** The direction of text in a language: `rtl` for Arabic, `ltr` for the other supported languages, `auto` for any other. */
export function dirOf(tag: string): 'ltr' | 'rtl' | 'auto' {
  const primary = primaryOf(tag);
  return primary === 'ar' ? 'rtl' : SUPPORTED_LANGUAGES.includes(primary) ? 'ltr' : 'auto';
}
