import type { StatementTranslation } from './translate.js';

/**
 * Russian translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a Russian page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1': '',
  'sections.achievements.heading': 'Достижения',
  'sections.achievements.paragraphs.0': '',
  'sections.achievements.paragraphs.1': '',
  'sections.achievements.paragraphs.2': '',
  'sections.challenges.heading': 'Вызовы',
  'sections.challenges.paragraphs.0': '',
  'sections.challenges.paragraphs.1': '',
  'sections.concrete-actions.heading': 'Конкретные действия',
  'sections.concrete-actions.paragraphs.0': '',
  'sections.concrete-actions.paragraphs.1': '',
  'humanCost.lives-lost-each-year.text':
    'Ежегодно тысячи людей погибают или становятся калеками из-за этого оружия неизбирательного действия, а число жертв в последние годы, к несчастью, растет.',
  'humanCost.civilian-casualties.text':
    'Основное бремя по-прежнему несут мирные жители: на их долю приходится более 80 процентов всех жертв.',
  'humanCost.civilian-casualties.qualifier': 'Более',
  'humanCost.civilian-casualties.label': 'всех жертв — мирные жители',
  'humanCost.survivors.text': 'Выжившие, многие из которых — дети, получают увечья и травмы, меняющие всю их жизнь.',
  'humanCost.lasting-legacy.text':
    'Смертоносное наследие наземных мин сохраняется еще долго после окончания конфликтов, затрудняя оказание гуманитарной помощи, препятствуя развитию и создавая постоянную угрозу для целых общин.',
  'challenges.0': '',
  'challenges.1': '',
  'challenges.2': '',
};
