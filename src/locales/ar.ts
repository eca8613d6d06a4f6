
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0e50e8861849d410': `لا توجد دول لعرضها.`,
's1f6809a94593da3b': `نلتزم بما يلي`,
's2b1a251e70590b48': `نسخ الاقتباس`,
's35b28ac3443b5470': `بادروا بالتحرك`,
's56bfcc7bcde39e46': str`«${0}»`,
's5c8b8db7949a85d2': `لا توجد إنجازات لعرضها.`,
's5f43af3669b1e098': `المصدر`,
's637592b39d66d0b3': `الدول الموقِّعة على البيان`,
's65e6060a9ea991cc': `عرض الترجمة`,
's68b9c2819c21e158': str`${0}: عرض النص الأصلي`,
's7260493a9bf29e14': `لا توجد التزامات لعرضها.`,
's82df2c48e6dadde9': `ترجمة غير رسمية؛ بعض الأجزاء متاحة باللغة الإنكليزية فقط`,
's82ff0cca5693354e': `إخفاء البيان الكامل`,
's89649937ddef97b1': str`${0}، ${1}`,
's8ab2f95329602b46': `قراءة البيان كاملاً`,
's8b488c73c54eca21': `تعذّر النسخ`,
'sa9a9f85efac8839e': `انضموا إلى الدعوة`,
'sbd007d9e47e04731': `الإنجازات`,
'scb4d587ce9fed560': `ترجمة غير رسمية`,
'scbe36bf711761c5b': `متاح باللغة الإنكليزية فقط`,
'sf4de3bfbfaca12e5': `تم النسخ`,
'sfe14e69bedbabe7c': `مشاركة الاقتباس`,
'states.exactly-one': `دولة واحدة`,
'states.exactly-two': `دولتان`,
'states.few': str`${0} دول`,
'states.many': str`${0} دولة`,
'states.one': str`${0} دولة`,
'states.other': str`${0} دولة`,
'states.two': str`${0} دولتان`,
'states.zero': str`${0} دولة`,
    };
  