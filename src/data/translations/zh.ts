import type { StatementTranslation } from './translate.js';

/**
 * Chinese translation of the built-in statement's short texts (what the card's summary,
 * the lists, the counters, the call to action and the quote show), keyed by path
 * (./translate.ts). Ours, not the signatories': unofficial. Loaded only on a
 * Chinese page that shows the built-in statement.
 */
export const translation: StatementTranslation = {
  kind: '联合声明',
  title: '倡导人道主义裁军和排雷行动：重申我们对《禁止杀伤人员地雷公约》的承诺',
  meeting: '《禁止杀伤人员地雷公约》缔约国第二十二届会议',
  'signatories.champions.label': '秘书长运动倡导国',
  'signatories.supporters.label': '其他缔约国',
  'sections.preamble.paragraphs.0':
    '我们支持秘书长关于人道主义裁军和排雷行动的运动，重申坚定不移地致力于《禁止杀伤人员地雷公约》及其最终目标：一劳永逸地终结杀伤人员地雷造成的苦难。',
  'achievements.stockpiles-destroyed.text': '逾5500万枚库存杀伤人员地雷已被销毁。',
  'achievements.stockpiles-destroyed.qualifier': '逾',
  'achievements.stockpiles-destroyed.label': '库存杀伤人员地雷已被销毁',
  'achievements.production-reduced.text': '杀伤人员地雷的生产、布设和转让大幅减少。',
  'achievements.casualties-fallen.text': '自二十世纪九十年代末以来，伤亡人数下降超过75%。',
  'achievements.casualties-fallen.qualifier': '超过',
  'achievements.casualties-fallen.label': '自二十世纪九十年代末以来伤亡人数的降幅',
  'achievements.survivor-care.text': '地雷幸存者获得应有的照护、支持和尊严，包括通过促进性别平等的方法。',
  'achievements.risk-education.text': '创新的风险教育措施已得到实施。',
  'achievements.land-cleared.text': '大片土地已清理完毕，重新投入安全的生产性使用。',
  'achievements.mine-free-countries.text': '数十个国家已实现无雷。',
  'achievements.global-norm.text':
    '最重要的是，《公约》牢固确立了一项强有力的全球规范，将任何使用杀伤人员地雷的行为污名化，并申明此类武器在现代战争中没有立足之地。',
  'achievements.member-states-bound.text': '如今，超过四分之三的联合国会员国受其条款约束。',
  'achievements.member-states-bound.qualifier': '超过',
  'achievements.member-states-bound.label': '联合国会员国受其条款约束',
  'achievements.years-of-the-convention.text': '25年来，《禁止杀伤人员地雷公约》一直是人道主义裁军领域最重要的成就之一。',
  'achievements.years-of-the-convention.label': '年《禁止杀伤人员地雷公约》历程',
  'commitments.defend-norms.text': '捍卫人道主义裁军义务和规范。',
  'commitments.strengthen-mine-action.text': '加强排雷行动。',
  'commitments.people-at-the-centre.text': '将人置于安全的核心',
  'commitments.raise-awareness.text': '提高公众对杀伤人员地雷所造成危害的认识。',
  'callToAction.text':
    '我们呼吁所有缔约国、联合国实体、国际和区域组织、民间社会、幸存者网络和学术界与我们一道发出这一行动呼吁，将人置于裁军的核心，并确保保护平民始终放在首位。',
  'callToAction.closing.0':
    '在当前充满挑战的时期，我们必须携手采取果断行动，维护和加强这项《公约》。现在正是我们保护已有成果、向无杀伤人员地雷世界大胆迈进的时刻。责任——还有机遇——属于我们。',
  'quote.text': '杀伤人员地雷造成的人员伤亡代价仍然令人无法接受。',
};
