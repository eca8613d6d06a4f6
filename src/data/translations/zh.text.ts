import type { StatementTranslation } from './translate.js';

/**
 * Chinese translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a Chinese page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1':
    '杀伤人员地雷造成的人员伤亡代价仍然令人无法接受。每年都有数以千计的人因这些具有滥杀滥伤作用的武器而丧生或生活被毁，令人痛心的是，近年来伤亡人数不断上升。平民继续承受绝大部分负担，占全部伤亡人数的80%以上。幸存者中许多是儿童，他们面临改变一生的伤害和创伤。在冲突结束很久之后，地雷的致命遗患依然存在，阻碍人道主义救济，妨碍发展，并对整个社区构成持久威胁。杀伤人员地雷造成的人员、社会和经济后果远远超过任何所谓的军事优势。',
  'sections.achievements.heading': '成就',
  'sections.achievements.paragraphs.0':
    '25年来，《禁止杀伤人员地雷公约》一直是人道主义裁军领域最重要的成就之一。如今，超过四分之三的联合国会员国受其条款约束。',
  'sections.achievements.paragraphs.1':
    '尤为重要的是，这项《公约》体现了我们维护人的尊严、保护平民、将人道置于裁军核心的集体决心。',
  'sections.achievements.paragraphs.2': '其影响深远，不容否认：',
  'sections.challenges.heading': '挑战',
  'sections.challenges.paragraphs.0':
    '然而，如今《公约》正承受前所未有的压力。令人遗憾的是，日益加剧的地缘政治紧张局势和不安全状况已导致一些国家退出这一拯救生命的文书。我们关切这可能给《公约》和其他人道主义裁军文书带来连锁影响。本着建设性接触的精神，我们呼吁这些国家重新考虑并撤回此类举措。',
  'sections.challenges.paragraphs.1':
    '我们回顾，《公约》不允许暂停适用其条款。我们回顾，《公约》的设计初衷是在冲突时期与和平时期均予适用，以此确保即使在最困难的安全环境中，平民和社区也能得到保护。',
  'sections.concrete-actions.heading': '具体行动',
  'sections.concrete-actions.paragraphs.0':
    '我们表示大力支持秘书长为重振国际社会对人道主义裁军的承诺、在全世界加快排雷行动而开展的全球运动。缔约国第二十二届会议提供了一个关键契机，可以动员所有利益攸关方支持这一愿景——重申我们维护《公约》的共同决心，并按照《暹粒-吴哥行动计划》，通过切实、以人为本的行动推进《公约》的执行。',
  'sections.concrete-actions.paragraphs.1': '我们承诺：',
  'humanCost.lives-lost-each-year.text':
    '每年都有数以千计的人因这些具有滥杀滥伤作用的武器而丧生或生活被毁，令人痛心的是，近年来伤亡人数不断上升。',
  'humanCost.civilian-casualties.text': '平民继续承受绝大部分负担，占全部伤亡人数的80%以上。',
  'humanCost.civilian-casualties.qualifier': '超过',
  'humanCost.civilian-casualties.label': '伤亡者为平民',
  'humanCost.survivors.text': '幸存者中许多是儿童，他们面临改变一生的伤害和创伤。',
  'humanCost.lasting-legacy.text':
    '在冲突结束很久之后，地雷的致命遗患依然存在，阻碍人道主义救济，妨碍发展，并对整个社区构成持久威胁。',
  'challenges.0': '令人遗憾的是，日益加剧的地缘政治紧张局势和不安全状况已导致一些国家退出这一拯救生命的文书。',
  'challenges.1': '我们关切这可能给《公约》和其他人道主义裁军文书带来连锁影响。',
  'challenges.2': '我们回顾，《公约》不允许暂停适用其条款。',
};
