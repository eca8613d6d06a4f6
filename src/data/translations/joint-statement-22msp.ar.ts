/**
 * Arabic translations of the built-in statement's short texts, in the order
 * of TRANSLATED in ./apply.ts. Ours, not the signatories': unofficial. Loaded only
 * when the page is in Arabic and a widget shows the built-in statement.
 */
export const translations: readonly string[] = [
  'بيان مشترك', // kind
  'مناصرة نزع السلاح لأغراض إنسانية والإجراءات المتعلقة بالألغام: تأكيد التزامنا من جديد باتفاقية حظر الألغام المضادة للأفراد', // title
  'الاجتماع الثاني والعشرون للدول الأطراف في اتفاقية حظر الألغام المضادة للأفراد', // meeting
  'مناصرو حملة الأمين العام', // signatories.champions.label
  'الدول الأطراف الأخرى', // signatories.supporters.label
  'الإنجازات', // sections.achievements.heading
  'التحديات', // sections.challenges.heading
  'إجراءات ملموسة', // sections.concrete-actions.heading
  'دُمِّر أكثر من 55 مليون لغم مضاد للأفراد من المخزونات.', // achievements.stockpiles-destroyed.text
  'أكثر من', // achievements.stockpiles-destroyed.qualifier
  'لغم مضاد للأفراد من المخزونات تم تدميرها', // achievements.stockpiles-destroyed.label
  'انخفض إنتاج الألغام المضادة للأفراد ونشرها ونقلها انخفاضاً كبيراً.', // achievements.production-reduced.text
  'انخفض عدد الإصابات بأكثر من 75 في المائة منذ أواخر التسعينيات.', // achievements.casualties-fallen.text
  'أكثر من', // achievements.casualties-fallen.qualifier
  'انخفاضاً في عدد الإصابات منذ أواخر التسعينيات', // achievements.casualties-fallen.label
  'يحصل الناجون من الألغام على ما يستحقونه من رعاية ودعم وكرامة، بما في ذلك من خلال نُهُج مراعية للمنظور الجنساني.', // achievements.survivor-care.text
  'نُفِّذت تدابير مبتكرة للتوعية بالمخاطر.', // achievements.risk-education.text
  'طُهِّرت مساحات شاسعة من الأراضي وأُعيدت إلى الاستخدام الآمن والمنتج.', // achievements.land-cleared.text
  'أصبحت عشرات البلدان خالية من الألغام.', // achievements.mine-free-countries.text
  'والأهم من ذلك أن الاتفاقية رسّخت قاعدة عالمية قوية تَصِم أي استخدام للألغام المضادة للأفراد وتؤكد أن هذه الأسلحة لا مكان لها في الحروب الحديثة.', // achievements.global-norm.text
  'واليوم، أصبح أكثر من ثلاثة أرباع الدول الأعضاء في الأمم المتحدة ملزماً بأحكامها.', // achievements.member-states-bound.text
  'أكثر من', // achievements.member-states-bound.qualifier
  'من الدول الأعضاء في الأمم المتحدة ملزمة بأحكامها', // achievements.member-states-bound.label
  'على مدى السنوات الـ 25 الماضية، ظلت اتفاقية حظر الألغام المضادة للأفراد من أهم الإنجازات في مجال نزع السلاح لأغراض إنسانية.', // achievements.years-of-the-convention.text
  'عاماً من اتفاقية حظر الألغام المضادة للأفراد', // achievements.years-of-the-convention.label
  'في كل عام، تُزهق آلاف الأرواح أو تُدمَّر بفعل هذه الأسلحة ذات الآثار العشوائية، مع ارتفاع مأساوي في أعداد الإصابات في السنوات الأخيرة.', // humanCost.lives-lost-each-year.text
  'ولا يزال المدنيون يتحملون العبء الأكبر، إذ يمثلون أكثر من 80 في المائة من مجموع الإصابات.', // humanCost.civilian-casualties.text
  'أكثر من', // humanCost.civilian-casualties.qualifier
  'من مجموع الإصابات هم من المدنيين', // humanCost.civilian-casualties.label
  'ويعاني الناجون، وكثير منهم أطفال، من إصابات وصدمات تغيّر مجرى حياتهم.', // humanCost.survivors.text
  'ويستمر الإرث القاتل للألغام الأرضية لفترة طويلة بعد انتهاء النزاعات، فيعيق الإغاثة الإنسانية ويعرقل التنمية ويشكل تهديداً دائماً لمجتمعات محلية بأكملها.', // humanCost.lasting-legacy.text
  'الدفاع عن الالتزامات والقواعد المتعلقة بنزع السلاح لأغراض إنسانية.', // commitments.defend-norms.text
  'تعزيز الإجراءات المتعلقة بالألغام.', // commitments.strengthen-mine-action.text
  'وضع الإنسان في صميم الأمن', // commitments.people-at-the-centre.text
  'توعية الجمهور بالأضرار التي تسببها الألغام الأرضية المضادة للأفراد.', // commitments.raise-awareness.text
  'لا تزال الكلفة البشرية للألغام الأرضية المضادة للأفراد غير مقبولة.', // quote.text
];
