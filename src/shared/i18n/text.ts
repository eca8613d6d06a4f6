import type { Text } from '../content/statement.js';
// Types only: this module (which the counter loads on its own) needs no code of locale.ts.
import type { Language } from './locale.js';

export interface LocalText {
  /** The string to show. */
  value: string;
  /** The language it is in. */
  language: string;
  /** True when the page's language was not available and another was shown. */
  fallback: boolean;
}

/**
 * Picks a text in the page's language: the exact language, else English (the
 * statement's source), else the first language the data has. A plain string is
 * in `sourceLanguage`; no text at all is the empty string, no fallback.
 */
export function localText(text: Text | undefined, language: Language, sourceLanguage = 'en'): LocalText {
  const texts: Record<string, string> = typeof text === 'object' ? text : text === undefined ? {} : { [sourceLanguage]: text };
  const keys = Object.keys(texts);
  const languageOf = (key?: string) => key?.toLowerCase().split('-')[0];
  const key = keys.find((k) => languageOf(k) === language) ?? keys.find((k) => languageOf(k) === 'en') ?? keys[0];
  return {
    value: key ? texts[key] : '',
    language: key ?? sourceLanguage,
    fallback: text !== undefined && languageOf(key) !== language,
  };
}
