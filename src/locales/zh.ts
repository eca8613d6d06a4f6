
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0e50e8861849d410': `暂无可显示的联署国。`,
's1f6809a94593da3b': `我们承诺`,
's2b1a251e70590b48': `复制引文`,
's35b28ac3443b5470': `采取行动`,
's56bfcc7bcde39e46': str`“${0}”`,
's5c8b8db7949a85d2': `暂无可显示的成就。`,
's5f43af3669b1e098': `来源`,
's637592b39d66d0b3': `联署国`,
's65e6060a9ea991cc': `显示译文`,
's68b9c2819c21e158': str`${0}：显示原文`,
's7260493a9bf29e14': `暂无可显示的承诺。`,
's82df2c48e6dadde9': `非正式译文；部分内容仅有英文版`,
's82ff0cca5693354e': `收起声明全文`,
's89649937ddef97b1': str`${0}，${1}`,
's8ab2f95329602b46': `阅读声明全文`,
's8b488c73c54eca21': `复制失败`,
'sa9a9f85efac8839e': `响应呼吁`,
'sbd007d9e47e04731': `成就`,
'scb4d587ce9fed560': `非正式译文`,
'scbe36bf711761c5b': `仅有英文版`,
'sf4de3bfbfaca12e5': `已复制`,
'sfe14e69bedbabe7c': `分享引文`,
'states.exactly-one': `一个国家`,
'states.exactly-two': `两个国家`,
'states.few': str`${0}个国家`,
'states.many': str`${0}个国家`,
'states.one': str`${0}个国家`,
'states.other': str`${0}个国家`,
'states.two': str`${0}个国家`,
'states.zero': str`${0}个国家`,
    };
  