/**
 * Chinese translations of the built-in statement's short texts, in the order
 * of TRANSLATED in ./apply.ts. Ours, not the signatories': unofficial. Loaded only
 * when the page is in Chinese and a widget shows the built-in statement.
 */
export const translations: readonly string[] = [
  '联合声明', // kind
  '倡导人道主义裁军和排雷行动：重申我们对《禁止杀伤人员地雷公约》的承诺', // title
  '《禁止杀伤人员地雷公约》第二十二届缔约国会议', // meeting
  '秘书长运动倡导者', // signatories.champions.label
  '其他缔约国', // signatories.supporters.label
  '成就', // sections.achievements.heading
  '挑战', // sections.challenges.heading
  '具体行动', // sections.concrete-actions.heading
  '已销毁逾5500万枚库存杀伤人员地雷。', // achievements.stockpiles-destroyed.text
  '逾', // achievements.stockpiles-destroyed.qualifier
  '枚库存杀伤人员地雷已被销毁', // achievements.stockpiles-destroyed.label
  '杀伤人员地雷的生产、布设和转让大幅减少。', // achievements.production-reduced.text
  '自1990年代末以来，伤亡人数下降了75%以上。', // achievements.casualties-fallen.text
  '超过', // achievements.casualties-fallen.qualifier
  '的伤亡人数降幅（与1990年代末相比）', // achievements.casualties-fallen.label
  '地雷幸存者获得应有的照护、支持和尊严，包括通过促进性别平等的方法。', // achievements.survivor-care.text
  '实施了创新的风险教育措施。', // achievements.risk-education.text
  '大片土地已完成清理，重新得到安全、有效的利用。', // achievements.land-cleared.text
  '数十个国家已实现无雷。', // achievements.mine-free-countries.text
  '最重要的是，《公约》确立了一项强有力的全球规范，谴责任何使用杀伤人员地雷的行为，并申明此类武器在现代战争中没有立足之地。', // achievements.global-norm.text
  '如今，超过四分之三的联合国会员国受其条款约束。', // achievements.member-states-bound.text
  '超过', // achievements.member-states-bound.qualifier
  '的联合国会员国受其条款约束', // achievements.member-states-bound.label
  '25年来，《禁止杀伤人员地雷公约》一直是人道主义裁军领域最重要的成就之一。', // achievements.years-of-the-convention.text
  '年《禁止杀伤人员地雷公约》历程', // achievements.years-of-the-convention.label
  '每年都有成千上万人因这些具有滥杀滥伤效果的武器而丧生或致残，近年来伤亡人数更是令人痛心地不断上升。', // humanCost.lives-lost-each-year.text
  '平民继续承受绝大部分负担，占所有伤亡人数的80%以上。', // humanCost.civilian-casualties.text
  '超过', // humanCost.civilian-casualties.qualifier
  '的伤亡者是平民', // humanCost.civilian-casualties.label
  '幸存者中许多是儿童，他们遭受改变一生的伤害和创伤。', // humanCost.survivors.text
  '地雷的致命遗患在冲突结束后仍长期存在，阻碍人道主义救济，妨碍发展，并对整个社区构成持久威胁。', // humanCost.lasting-legacy.text
  '捍卫人道主义裁军义务和规范。', // commitments.defend-norms.text
  '加强排雷行动。', // commitments.strengthen-mine-action.text
  '把人置于安全的核心', // commitments.people-at-the-centre.text
  '提高公众对杀伤人员地雷所造成危害的认识。', // commitments.raise-awareness.text
  '杀伤人员地雷造成的人员伤亡代价仍然令人无法接受。', // quote.text
];
