import type { StatementTranslation } from './translate.js';

/**
 * Chinese translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a Chinese page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1': '',
  'sections.achievements.heading': '成就',
  'sections.achievements.paragraphs.0': '',
  'sections.achievements.paragraphs.1': '',
  'sections.achievements.paragraphs.2': '',
  'sections.challenges.heading': '挑战',
  'sections.challenges.paragraphs.0': '',
  'sections.challenges.paragraphs.1': '',
  'sections.concrete-actions.heading': '具体行动',
  'sections.concrete-actions.paragraphs.0': '',
  'sections.concrete-actions.paragraphs.1': '',
  'humanCost.lives-lost-each-year.text':
    '每年都有成千上万人因这些具有滥杀滥伤效果的武器而丧生或致残，近年来伤亡人数更是令人痛心地不断上升。',
  'humanCost.civilian-casualties.text': '平民继续承受绝大部分负担，占所有伤亡人数的80%以上。',
  'humanCost.civilian-casualties.qualifier': '超过',
  'humanCost.civilian-casualties.label': '的伤亡者是平民',
  'humanCost.survivors.text': '幸存者中许多是儿童，他们遭受改变一生的伤害和创伤。',
  'humanCost.lasting-legacy.text': '地雷的致命遗患在冲突结束后仍长期存在，阻碍人道主义救济，妨碍发展，并对整个社区构成持久威胁。',
  'challenges.0': '',
  'challenges.1': '',
  'challenges.2': '',
};
