import type { Statement } from '../../shared/content/statement.js';

/*
 * Applying the built-in statement's translations: needed only on a page in
 * another language than English, so it is a chunk of its own, loaded with the
 * language's texts (./joint-statement-22msp.<lang>.ts).
 */

/**
 * The texts that have translations, by path (`title`, `commitments.defend-norms.text`:
 * a list's item by its id), in the order of the arrays in ./joint-statement-22msp.<lang>.ts.
 */
export const TRANSLATED: readonly string[] = [
  'kind',
  'title',
  'meeting',
  'signatories.champions.label',
  'signatories.supporters.label',
  'sections.achievements.heading',
  'sections.challenges.heading',
  'sections.concrete-actions.heading',
  'achievements.stockpiles-destroyed.text',
  'achievements.stockpiles-destroyed.qualifier',
  'achievements.stockpiles-destroyed.label',
  'achievements.production-reduced.text',
  'achievements.casualties-fallen.text',
  'achievements.casualties-fallen.qualifier',
  'achievements.casualties-fallen.label',
  'achievements.survivor-care.text',
  'achievements.risk-education.text',
  'achievements.land-cleared.text',
  'achievements.mine-free-countries.text',
  'achievements.global-norm.text',
  'achievements.member-states-bound.text',
  'achievements.member-states-bound.qualifier',
  'achievements.member-states-bound.label',
  'achievements.years-of-the-convention.text',
  'achievements.years-of-the-convention.label',
  'humanCost.lives-lost-each-year.text',
  'humanCost.civilian-casualties.text',
  'humanCost.civilian-casualties.qualifier',
  'humanCost.civilian-casualties.label',
  'humanCost.survivors.text',
  'humanCost.lasting-legacy.text',
  'commitments.defend-norms.text',
  'commitments.strengthen-mine-action.text',
  'commitments.people-at-the-centre.text',
  'commitments.raise-awareness.text',
  'quote.text',
];

/**
 * Adds a language's texts to the statement in place: a string becomes
 * `{ en: string, <language>: translation }`; a map gains the language.
 */
export function addTranslations(statement: Statement, language: string, translations: readonly string[]): void {
  TRANSLATED.forEach((path, index) => {
    const translation = translations[index];
    const keys = path.split('.');
    const field = keys.pop()!;
    let target: Record<string, unknown> | undefined = statement as unknown as Record<string, unknown>;
    for (let i = 0; i < keys.length && target; i++) {
      const next: unknown = target[keys[i]];
      if (Array.isArray(next)) {
        const id = keys[++i];
        target = (next as Record<string, unknown>[]).find((item) => item.id === id);
      } else target = next as Record<string, unknown> | undefined;
    }
    if (!target || !translation) return;
    const current = target[field];
    if (typeof current === 'string') target[field] = { en: current, [language]: translation };
    else if (current && typeof current === 'object') (current as Record<string, string>)[language] = translation;
  });
}
