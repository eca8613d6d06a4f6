import { LOCALE_STATUS_EVENT, msg, str, type LocaleStatusEventDetail } from '@lit/localize';
import type { PropertyValues } from 'lit';
import { loaders, type CountryNames } from '../../data/un-country-names.js';
import { resolveLanguage, type Language } from './locale.js';
import { reportDataError } from '../dom/diagnostics.js';
import { MbcElement } from '../dom/mbc-element.js';
import { plural } from './plural.js';

/*
 * Names of States in the page's language: Intl.DisplayNames (the browser's CLDR)
 * for every code, except where the United Nations' short name differs from
 * CLDR's ("Democratic Republic of the Congo", not "Congo - Kinshasa"): those come
 * from a small generated table (src/data/un-country-names*.ts), one chunk a
 * language, loaded for the page's language by the elements that name States.
 */

const tables: Partial<Record<Language, CountryNames>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};

/** Codes ISO 3166 leaves to private use (AA, QM-QZ, XA-XZ, ZZ), except XK, commonly Kosovo. */
const PRIVATE_USE = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/;

/** One Intl.DisplayNames a locale: it names every State of a list of 1,000. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** The UN table for a locale, or undefined while it loads (or for Traditional Chinese, which the UN does not use). */
function unTable(locale: string): CountryNames | undefined {
  const language = resolveLanguage(locale);
  if (language === 'zh') {
    try {
      if (new Intl.Locale(locale).maximize().script === 'Hant') return {};
    } catch {
      // an odd tag: Simplified, as the UN writes
    }
  }
  return tables[language];
}

/** True when the names for this locale can be given now (the UN table is here). */
export function countryNamesReady(locale: string): boolean {
  return unTable(locale) != null;
}

/**
 * Loads the UN names for a locale's language. Never rejects: if the chunk cannot
 * be loaded, CLDR's names are used.
 */
export function loadCountryNames(locale: string): Promise<void> {
  const language = resolveLanguage(locale);
  return (loading[language] ??= loaders[language]().then(
    (module) => void (tables[language] = module.names),
    () => void (tables[language] = {}),
  ));
}

/**
 * A State's name in a locale (`countryName('CD', 'fr')` → "République démocratique
 * du Congo"), or `undefined` for a code that names no country or area.
 */
export function countryName(code: string, locale: string): string | undefined {
  if (PRIVATE_USE.test(code)) return undefined;
  const un = unTable(locale)?.[code];
  if (un) return un;
  try {
    const names = displayNames.get(locale) ?? new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
    return names.of(code) || undefined;
  } catch {
    return undefined; // not a well-formed region code
  }
}

/**
 * How UN Arabic lists sort names: without the definite article (الأردن under أ) and with
 * every alif alike (أ، إ، آ، ا: الأردن before آيرلندا), where CLDR's collation sorts آ first.
 */
const arabicSortKey = (name: string) => name.replace(/^ال(?=\p{L})/u, '').replace(/[أإآٱ]/g, 'ا');

/**
 * The names of the codes, sorted for the locale with Intl.Collator (in Arabic as UN lists
 * sort them: see arabicSortKey). An unknown code keeps
 * its place as the code itself, and `unknown` hears of it.
 */
export function sortedCountryNames(
  codes: readonly string[],
  locale: string,
  unknown?: (code: string, index: number) => void,
): string[] {
  const collator = new Intl.Collator(locale);
  const key = resolveLanguage(locale) === 'ar' ? arabicSortKey : (name: string) => name;
  return codes
    .map((code, index) => {
      const name = countryName(code, locale);
      if (name === undefined) unknown?.(code, index);
      return name ?? code;
    })
    .sort((a, b) => collator.compare(key(a), key(b)) || collator.compare(a, b));
}

/**
 * "Algeria, Austria and Thailand" in the locale's words; English as the UN writes it, with
 * no comma before "and" (Intl's en-GB list, whatever the page's English).
 */
export function listOf(names: readonly string[], locale: string): string {
  const lists = resolveLanguage(locale) === 'en' ? 'en-GB' : locale;
  return new Intl.ListFormat(lists, { type: 'conjunction' }).format(names);
}

/**
 * "18 States", with the number in the locale's digits; one and two States in words
 * ("one State", "two States"), as UN style writes small numbers and as Arabic must:
 * its singular and dual carry the number themselves ("دولة واحدة", "دولتان", never
 * "2 دولتان"). They are messages of their own because a plural category can span
 * other numbers in other languages (Russian "one" is also 21, French "one" also 0).
 */
export function statesCount(count: number, locale: string): string {
  if (count === 1) return msg('one State', { id: 'states.exactly-one', desc: 'Exactly one State (country), in words.' });
  if (count === 2)
    return msg('two States', {
      id: 'states.exactly-two',
      desc: 'Exactly two States (countries), in words (Arabic: the dual alone, دولتان).',
    });
  const n = new Intl.NumberFormat(locale).format(count);
  return plural(locale, count, {
    // Every category some UN language uses (see plural.ts): Arabic has all six, Russian one/few/many/other.
    zero: () =>
      msg(str`${n} States`, { id: 'states.zero', desc: 'A number of States (countries), plural form "zero" (Arabic: 0).' }),
    one: () => msg(str`${n} State`, { id: 'states.one', desc: 'A number of States (countries), plural form "one".' }),
    two: () =>
      msg(str`${n} States`, { id: 'states.two', desc: 'A number of States (countries), plural form "two" (Arabic: 2).' }),
    few: () =>
      msg(str`${n} States`, {
        id: 'states.few',
        desc: 'A number of States (countries), plural form "few" (Russian: 2-4, 22-24; Arabic: 3-10).',
      }),
    many: () =>
      msg(str`${n} States`, {
        id: 'states.many',
        desc: 'A number of States (countries), plural form "many" (Russian: 5-20, 25-30; Arabic: 11-99; French, Spanish: millions).',
      }),
    other: () => msg(str`${n} States`, { id: 'states.other', desc: 'A number of States (countries), plural form "other".' }),
  });
}

/**
 * What the elements that name States share: they wait for the page language's
 * UN names before they render, so a widget never shows half one language, half
 * another (the first render goes ahead: it shows the light-DOM fallback until
 * the names are here), and they name, join and count a group's States.
 */
export abstract class CountryNamesElement extends MbcElement {
  /** True when the page language's names are here; otherwise loads them and updates after. */
  protected get namesReady(): boolean {
    const locale = this.locale.tag;
    if (countryNamesReady(locale)) return true;
    void loadCountryNames(locale).then(() => this.requestUpdate());
    return false;
  }

  override get dataComplete(): Promise<boolean> {
    return super.dataComplete.then(() => loadCountryNames(this.locale.tag)).then(() => this.updateComplete);
  }

  /** Asked before every update, the first one included, so the names start loading at once. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return (this.namesReady || !this.hasUpdated) && super.shouldUpdate(changed);
  }

  /**
   * The names of a signatory group's States (`$.signatories[index]`), sorted; an
   * unknown code shows as the code and is reported once.
   */
  protected stateNames(states: readonly string[], index: number): string[] {
    return sortedCountryNames(states, this.locale.tag, (code, i) =>
      reportDataError(this, {
        field: `$.signatories[${index}].states[${i}]`,
        source: 'data',
        message: `unknown ISO 3166-1 code "${code}", shown as is`,
      }),
    );
  }

  /** "Algeria, Austria and Thailand": a group's States, sorted and joined. */
  protected joinedNames(states: readonly string[], index: number): string {
    return listOf(this.stateNames(states, index), this.locale.tag);
  }

  /** "18 States": how many different States the codes name. */
  protected countStates(states: readonly string[]): string {
    return statesCount(new Set(states).size, this.locale.tag);
  }
}

// A language switch loads the names beside the UI strings, not after them.
globalThis.addEventListener?.(LOCALE_STATUS_EVENT, (event) => {
  const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
  if (detail.status === 'loading') void loadCountryNames(detail.loadingLocale);
});
