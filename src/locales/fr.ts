
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0e50e8861849d410': `Aucun État à afficher.`,
's1f6809a94593da3b': `Nous nous engageons à`,
's2b1a251e70590b48': `Copier la citation`,
's35b28ac3443b5470': `Passez à l’action`,
's56bfcc7bcde39e46': str`« ${0} »`,
's5c8b8db7949a85d2': `Aucune réalisation à afficher.`,
's5f43af3669b1e098': `Source`,
's637592b39d66d0b3': `Signataires`,
's65e6060a9ea991cc': `Afficher la traduction`,
's68b9c2819c21e158': str`${0} : afficher l’original`,
's7260493a9bf29e14': `Aucun engagement à afficher.`,
's82df2c48e6dadde9': `Traduction non officielle ; certaines parties ne sont disponibles qu’en anglais`,
's82ff0cca5693354e': `Masquer la déclaration complète`,
's89649937ddef97b1': str`${0}, ${1}`,
's8ab2f95329602b46': `Lire la déclaration complète`,
's8b488c73c54eca21': `Échec de la copie`,
'sa9a9f85efac8839e': `Joignez-vous à l’appel`,
'sbd007d9e47e04731': `Réalisations`,
'scb4d587ce9fed560': `Traduction non officielle`,
'scbe36bf711761c5b': `Disponible en anglais uniquement`,
'sf4de3bfbfaca12e5': `Citation copiée`,
'sfe14e69bedbabe7c': `Partager la citation`,
'states.exactly-one': `un État`,
'states.exactly-two': `deux États`,
'states.few': str`${0} États`,
'states.many': str`${0} États`,
'states.one': str`${0} État`,
'states.other': str`${0} États`,
'states.two': str`${0} États`,
'states.zero': str`${0} État`,
    };
  