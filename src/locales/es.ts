
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0e50e8861849d410': `No hay Estados que mostrar.`,
's1f6809a94593da3b': `Nos comprometemos a`,
's2b1a251e70590b48': `Copiar la cita`,
's35b28ac3443b5470': `Pase a la acción`,
's56bfcc7bcde39e46': str`«${0}»`,
's5c8b8db7949a85d2': `No hay logros que mostrar.`,
's5f43af3669b1e098': `Fuente`,
's637592b39d66d0b3': `Signatarios`,
's65e6060a9ea991cc': `Mostrar la traducción`,
's68b9c2819c21e158': str`${0}: mostrar el original`,
's7260493a9bf29e14': `No hay compromisos que mostrar.`,
's82df2c48e6dadde9': `Traducción no oficial; algunas partes solo están disponibles en inglés`,
's82ff0cca5693354e': `Ocultar la declaración completa`,
's89649937ddef97b1': str`${0}, ${1}`,
's8ab2f95329602b46': `Leer la declaración completa`,
's8b488c73c54eca21': `No se pudo copiar`,
'sa9a9f85efac8839e': `Súmese al llamamiento`,
'sbd007d9e47e04731': `Logros`,
'scb4d587ce9fed560': `Traducción no oficial`,
'scbe36bf711761c5b': `Disponible solo en inglés`,
'sf4de3bfbfaca12e5': `Cita copiada`,
'sfe14e69bedbabe7c': `Compartir la cita`,
'states.exactly-one': `un Estado`,
'states.exactly-two': `dos Estados`,
'states.few': str`${0} Estados`,
'states.many': str`${0} de Estados`,
'states.one': str`${0} Estado`,
'states.other': str`${0} Estados`,
'states.two': str`${0} Estados`,
'states.zero': str`${0} Estados`,
    };
  