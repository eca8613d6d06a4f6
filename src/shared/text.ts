import type { Text } from './statement.js';
import { SOURCE_LANGUAGE, type Language } from './locale.js';

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
 * statement's source), else the first language the data has.
 */
export function localText(text: Text | undefined, language: Language, sourceLanguage: string = SOURCE_LANGUAGE): LocalText {
  if (text === undefined) return { value: '', language: sourceLanguage, fallback: false };
  if (typeof text === 'string') return { value: text, language: sourceLanguage, fallback: language !== sourceLanguage };
  for (const candidate of [language, SOURCE_LANGUAGE]) {
    const key = Object.keys(text).find((k) => k.toLowerCase().split('-')[0] === candidate);
    if (key) return { value: text[key], language: key, fallback: candidate !== language };
  }
  const [first] = Object.keys(text);
  return { value: first ? text[first] : '', language: first ?? sourceLanguage, fallback: true };
}
