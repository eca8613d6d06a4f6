import type { Statement } from '../shared/content/statement.js';
import type { Language } from '../shared/i18n/language.js';
import { translateStatement, type StatementTranslation } from './translations/translate.js';

/*
 * The built-in statement in the page's language, as chunks: the English statement
 * without its long text (./joint-statement-22msp.ts), and on a page in another
 * language that language's short texts (./translations/<lang>.ts); the long text
 * (./joint-statement-22msp.text.ts, and ./translations/<lang>.text.ts) only for a
 * statement card that shows the full text. Each is fetched once, when first asked
 * for; each statement is made once per language and shared by every widget (a new
 * object: the English one is never changed).
 */

type Module = Promise<{ translation: StatementTranslation }>;

/** One chunk per language: literal imports, so the bundler splits them. */
const SHORT: Record<Exclude<Language, 'en'>, () => Module> = {
  ar: () => import('./translations/ar.js'),
  es: () => import('./translations/es.js'),
  fr: () => import('./translations/fr.js'),
  ru: () => import('./translations/ru.js'),
  zh: () => import('./translations/zh.js'),
};
const LONG: Record<Exclude<Language, 'en'>, () => Module> = {
  ar: () => import('./translations/ar.text.js'),
  es: () => import('./translations/es.text.js'),
  fr: () => import('./translations/fr.text.js'),
  ru: () => import('./translations/ru.text.js'),
  zh: () => import('./translations/zh.text.js'),
};

/** A language's translation; one that cannot be fetched leaves the statement in English (and says so in the console). */
function translation(language: Exclude<Language, 'en'>, which: typeof SHORT): Promise<StatementTranslation> {
  return which[language]().then(
    (module) => module.translation,
    (error: unknown) => {
      console.warn(`[mine-ban-widgets] no "${language}" translation of the built-in statement; showing English`, error);
      return {};
    },
  );
}

async function make(language: Language, full: boolean): Promise<Statement> {
  const [{ jointStatement22MSP: core }, text] = await Promise.all([
    import('./joint-statement-22msp.js'),
    full ? import('./joint-statement-22msp.text.js').then((module) => module.jointStatement22MSPText) : undefined,
  ]);
  const statement = { ...core, ...text };
  if (language === 'en') return statement;
  return translateStatement(
    statement,
    language,
    ...(await Promise.all([translation(language, SHORT), ...(full ? [translation(language, LONG)] : [])])),
  );
}

const loading = new Map<string, Promise<Statement>>();
const loaded = new Map<string, Statement>();
const keyOf = (language: Language, full: boolean) => (full ? `${language} full` : language);

/**
 * The built-in statement in `language` (`full`: with its long text), fetched once
 * for the page; a load that failed is tried again by the next caller.
 */
export function builtInStatement(language: Language, full = false): Promise<Statement> {
  const key = keyOf(language, full);
  let promise = loading.get(key);
  if (!promise) {
    promise = make(language, full).then(
      (statement) => {
        loaded.set(key, statement);
        return statement;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** The built-in statement in `language` when it has arrived (no waiting, no fetching), else undefined. */
export const loadedBuiltInStatement = (language: Language, full = false): Statement | undefined =>
  loaded.get(keyOf(language, full));
