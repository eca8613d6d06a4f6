import type { StatementTranslation } from './translate.js';

/**
 * Arabic translation of the built-in statement's short texts (what the card's summary,
 * the lists, the counters, the call to action and the quote show), keyed by path
 * (./translate.ts). Ours, not the signatories': unofficial. Loaded only on a
 * Arabic page that shows the built-in statement.
 */
export const translation: StatementTranslation = {
  kind: 'بيان مشترك',
  title:
    'مناصرة نزع السلاح لأغراض إنسانية والإجراءات المتعلقة بالألغام: إعادة تأكيد التزامنا باتفاقية حظر الألغام المضادة للأفراد',
  meeting: 'الاجتماع الثاني والعشرون للدول الأطراف في اتفاقية حظر الألغام المضادة للأفراد',
  'signatories.champions.label': 'مناصرو حملة الأمين العام',
  'signatories.supporters.label': 'الدول الأطراف الأخرى',
  'sections.preamble.paragraphs.0':
    'إننا، دعماً لحملة الأمين العام بشأن نزع السلاح لأغراض إنسانية والإجراءات المتعلقة بالألغام، نؤكد من جديد التزامنا الذي لا يتزعزع باتفاقية حظر الألغام المضادة للأفراد وبهدفها النهائي: إنهاء المعاناة التي تسببها الألغام الأرضية المضادة للأفراد، مرة واحدة وإلى الأبد.',
  'achievements.stockpiles-destroyed.text': 'دُمِّر أكثر من 55 مليون لغم من مخزونات الألغام المضادة للأفراد.',
  'achievements.stockpiles-destroyed.qualifier': 'أكثر من',
  'achievements.stockpiles-destroyed.label': 'لغم دُمِّر من مخزونات الألغام المضادة للأفراد',
  'achievements.production-reduced.text': 'انخفض إنتاج الألغام المضادة للأفراد ونشرها ونقلها انخفاضاً حاداً.',
  'achievements.casualties-fallen.text': 'انخفض عدد الإصابات بأكثر من 75 في المائة منذ أواخر التسعينيات.',
  'achievements.casualties-fallen.qualifier': 'أكثر من',
  'achievements.casualties-fallen.label': 'انخفاض في عدد الإصابات منذ أواخر التسعينيات',
  'achievements.survivor-care.text':
    'يحصل الناجون من الألغام على ما يستحقونه من رعاية ودعم وكرامة، بما في ذلك من خلال نُهُج مراعية للاعتبارات الجنسانية.',
  'achievements.risk-education.text': 'نُفِّذت تدابير مبتكرة للتوعية بالمخاطر.',
  'achievements.land-cleared.text': 'طُهِّرت مساحات شاسعة من الأراضي وأُعيدت إلى الاستخدام الآمن والمنتج.',
  'achievements.mine-free-countries.text': 'أصبحت عشرات البلدان خالية من الألغام.',
  'achievements.global-norm.text':
    'والأهم من ذلك أن الاتفاقية رسّخت قاعدة عالمية قوية تَصِم أي استخدام للألغام المضادة للأفراد وتؤكد أن هذه الأسلحة لا مكان لها في الحروب الحديثة.',
  'achievements.member-states-bound.text': 'اليوم، باتت أحكامها ملزمة لأكثر من ثلاثة أرباع الدول الأعضاء في الأمم المتحدة.',
  'achievements.member-states-bound.qualifier': 'أكثر من',
  'achievements.member-states-bound.label': 'من الدول الأعضاء في الأمم المتحدة ملزمة بأحكامها',
  'achievements.years-of-the-convention.text':
    'على مدى السنوات الـ 25 الماضية، ظلت اتفاقية حظر الألغام المضادة للأفراد من أهم الإنجازات في مجال نزع السلاح لأغراض إنسانية.',
  'achievements.years-of-the-convention.label': 'عاماً من عمر اتفاقية حظر الألغام المضادة للأفراد',
  'commitments.defend-norms.text': 'الدفاع عن الالتزامات والقواعد المتعلقة بنزع السلاح لأغراض إنسانية.',
  'commitments.strengthen-mine-action.text': 'تعزيز الإجراءات المتعلقة بالألغام.',
  'commitments.people-at-the-centre.text': 'وضع الناس في صميم الأمن',
  'commitments.raise-awareness.text': 'توعية الجمهور بالأضرار التي تسببها الألغام الأرضية المضادة للأفراد.',
  'callToAction.text':
    'نهيب بجميع الدول الأطراف، وكيانات الأمم المتحدة، والمنظمات الدولية والإقليمية، والمجتمع المدني، وشبكات الناجين، والأوساط الأكاديمية، أن تنضم إلينا في هذه الدعوة إلى العمل من أجل وضع الناس في صميم نزع السلاح وضمان أن تسود حماية المدنيين دائماً.',
  'callToAction.closing.0':
    'يجب علينا أن نعمل معاً بحزم من أجل التمسك بهذه الاتفاقية وتعزيزها في هذه الأوقات الصعبة. فهذه هي لحظتنا لحماية ما حققناه واتخاذ خطوات جريئة نحو عالم خالٍ من الألغام المضادة للأفراد. فالمسؤولية - والفرصة - بين أيدينا.',
  'quote.text': 'لا تزال الكلفة البشرية للألغام الأرضية المضادة للأفراد غير مقبولة.',
};
