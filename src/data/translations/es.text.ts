import type { StatementTranslation } from './translate.js';

/**
 * Spanish translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a Spanish page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1': '',
  'sections.achievements.heading': 'Logros',
  'sections.achievements.paragraphs.0': '',
  'sections.achievements.paragraphs.1': '',
  'sections.achievements.paragraphs.2': '',
  'sections.challenges.heading': 'Desafíos',
  'sections.challenges.paragraphs.0': '',
  'sections.challenges.paragraphs.1': '',
  'sections.concrete-actions.heading': 'Medidas concretas',
  'sections.concrete-actions.paragraphs.0': '',
  'sections.concrete-actions.paragraphs.1': '',
  'humanCost.lives-lost-each-year.text':
    'Cada año, miles de vidas se pierden o quedan destrozadas por estas armas de efectos indiscriminados, y las cifras de víctimas han aumentado trágicamente en los últimos años.',
  'humanCost.civilian-casualties.text':
    'La población civil sigue soportando la inmensa mayoría de la carga, pues representa más del 80 % de todas las víctimas.',
  'humanCost.civilian-casualties.qualifier': 'Más del',
  'humanCost.civilian-casualties.label': 'de las víctimas son civiles',
  'humanCost.survivors.text': 'Los supervivientes, muchos de ellos niños, sufren lesiones y traumas que les cambian la vida.',
  'humanCost.lasting-legacy.text':
    'El legado mortífero de las minas terrestres perdura mucho después del fin de los conflictos, obstaculiza el socorro humanitario, frena el desarrollo y constituye una amenaza duradera para comunidades enteras.',
  'challenges.0': '',
  'challenges.1': '',
  'challenges.2': '',
};
