
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0e50e8861849d410': `Нет государств для отображения.`,
's1f6809a94593da3b': `Мы обязуемся`,
's2b1a251e70590b48': `Копировать цитату`,
's35b28ac3443b5470': `Действуйте`,
's56bfcc7bcde39e46': str`«${0}»`,
's5c8b8db7949a85d2': `Нет достижений для отображения.`,
's5f43af3669b1e098': `Источник`,
's637592b39d66d0b3': `Присоединились к заявлению`,
's65e6060a9ea991cc': `Показать перевод`,
's68b9c2819c21e158': str`${0}: показать оригинал`,
's7260493a9bf29e14': `Нет обязательств для отображения.`,
's82df2c48e6dadde9': `Неофициальный перевод; некоторые части доступны только на английском языке`,
's82ff0cca5693354e': `Скрыть полный текст заявления`,
's89649937ddef97b1': str`${0}, ${1}`,
's8ab2f95329602b46': `Прочитать полный текст заявления`,
's8b488c73c54eca21': `Не удалось скопировать`,
'sa9a9f85efac8839e': `Присоединяйтесь к призыву`,
'sbd007d9e47e04731': `Достижения`,
'scb4d587ce9fed560': `Неофициальный перевод`,
'scbe36bf711761c5b': `Доступно только на английском языке`,
'sf4de3bfbfaca12e5': `Скопировано`,
'sfe14e69bedbabe7c': `Поделиться цитатой`,
'states.exactly-one': `одно государство`,
'states.exactly-two': `два государства`,
'states.few': str`${0} государства`,
'states.many': str`${0} государств`,
'states.one': str`${0} государство`,
'states.other': str`${0} государства`,
'states.two': str`${0} государства`,
'states.zero': str`${0} государств`,
    };
  