import type { StatementTranslation } from './translate.js';

/**
 * Arabic translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a Arabic page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1': '',
  'sections.achievements.heading': 'الإنجازات',
  'sections.achievements.paragraphs.0': '',
  'sections.achievements.paragraphs.1': '',
  'sections.achievements.paragraphs.2': '',
  'sections.challenges.heading': 'التحديات',
  'sections.challenges.paragraphs.0': '',
  'sections.challenges.paragraphs.1': '',
  'sections.concrete-actions.heading': 'إجراءات ملموسة',
  'sections.concrete-actions.paragraphs.0': '',
  'sections.concrete-actions.paragraphs.1': '',
  'humanCost.lives-lost-each-year.text':
    'في كل عام، تُزهق آلاف الأرواح أو تُدمَّر بفعل هذه الأسلحة ذات الآثار العشوائية، مع ارتفاع مأساوي في أعداد الإصابات في السنوات الأخيرة.',
  'humanCost.civilian-casualties.text':
    'ولا يزال المدنيون يتحملون العبء الأكبر، إذ يمثلون أكثر من 80 في المائة من مجموع الإصابات.',
  'humanCost.civilian-casualties.qualifier': 'أكثر من',
  'humanCost.civilian-casualties.label': 'من مجموع الإصابات هم من المدنيين',
  'humanCost.survivors.text': 'ويعاني الناجون، وكثير منهم أطفال، من إصابات وصدمات تغيّر مجرى حياتهم.',
  'humanCost.lasting-legacy.text':
    'ويستمر الإرث القاتل للألغام الأرضية لفترة طويلة بعد انتهاء النزاعات، فيعيق الإغاثة الإنسانية ويعرقل التنمية ويشكل تهديداً دائماً لمجتمعات محلية بأكملها.',
  'challenges.0': '',
  'challenges.1': '',
  'challenges.2': '',
};
