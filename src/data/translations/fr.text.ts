import type { StatementTranslation } from './translate.js';

/**
 * French translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a French page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1': '',
  'sections.achievements.heading': 'Réalisations',
  'sections.achievements.paragraphs.0': '',
  'sections.achievements.paragraphs.1': '',
  'sections.achievements.paragraphs.2': '',
  'sections.challenges.heading': 'Défis',
  'sections.challenges.paragraphs.0': '',
  'sections.challenges.paragraphs.1': '',
  'sections.concrete-actions.heading': 'Mesures concrètes',
  'sections.concrete-actions.paragraphs.0': '',
  'sections.concrete-actions.paragraphs.1': '',
  'humanCost.lives-lost-each-year.text':
    'Chaque année, des milliers de vies sont perdues ou brisées par ces armes aux effets indiscriminés, et le nombre de victimes est tragiquement en hausse ces dernières années.',
  'humanCost.civilian-casualties.text':
    "Les civils continuent de supporter l'essentiel du fardeau et représentent plus de 80 % de l'ensemble des victimes.",
  'humanCost.civilian-casualties.qualifier': 'Plus de',
  'humanCost.civilian-casualties.label': 'des victimes sont des civils',
  'humanCost.survivors.text':
    'Les survivants, dont beaucoup sont des enfants, subissent des blessures et des traumatismes qui bouleversent leur vie.',
  'humanCost.lasting-legacy.text':
    "L'héritage meurtrier des mines terrestres perdure bien après la fin des conflits : il entrave les secours humanitaires, freine le développement et fait peser une menace durable sur des communautés entières.",
  'challenges.0': '',
  'challenges.1': '',
  'challenges.2': '',
};
