/**
 * Messages that vary with a number (@lit/localize has no ICU plurals). Each plural
 * category of `Intl.PluralRules` gets its own `msg()` with its own id
 * `<name>.<category>`, so a translation can give Russian its `few` and `many`
 * forms and Arabic all six, while English needs `one` and `other` only.
 *
 * The source must declare every category some target language uses (zero, one,
 * two, few, many, other: Arabic has all six, Russian one/few/many/other, French and
 * Spanish one/many/other, Chinese other), even where English says the same as
 * `other`: a translator can only fill in a `msg()` that exists. The translation
 * check (`npm run check:i18n`) fails when a `<name>.other` message lacks one of
 * its siblings. In a language whose rules never pick a category (English `few`),
 * its message is simply never shown.
 *
 * ```ts
 * const n = numberFormat(locale, {}).format(count);
 * plural(locale, count, {
 *   zero: () => msg(str`${n} States`, { id: 'states.zero' }),
 *   one: () => msg(str`${n} State`, { id: 'states.one' }),
 *   two: () => msg(str`${n} States`, { id: 'states.two' }),
 *   few: () => msg(str`${n} States`, { id: 'states.few' }),
 *   many: () => msg(str`${n} States`, { id: 'states.many' }),
 *   other: () => msg(str`${n} States`, { id: 'states.other' }),
 * });
 * ```
 *
 * Pass the element's `this.locale.tag`. (While a language's strings are still on
 * their way, the category is already the new language's and the message still
 * English: every English form reads correctly, so nothing looks broken.)
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

/** Every category of `Intl.PluralRules`, in CLDR order. */
export const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The category `count` takes in `locale` ("few" for 3 in Arabic, "many" for 18 in Russian). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}

export function plural(locale: string, count: number, forms: PluralForms): string {
  return (forms[pluralCategory(locale, count)] ?? forms.other)();
}
