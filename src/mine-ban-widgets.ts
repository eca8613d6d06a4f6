/**
 * The CDN bundle: every element, self-defining. It imports the elements, not
 * ./index.js, so it does not pull in the classes' exports (the complete built-in
 * statement among them): the widgets load the statement's chunks when they need them.
 */
import './commitment-list/define.js';
import './achievement-counter/define.js';
import './achievement-list/define.js';
import './call-to-action/define.js';
import './quote/define.js';
import './statement-card/define.js';
import './signatory-list/define.js';

// Every page with the whole bundle shows the built-in statement: it comes in the same
// file (the widgets' dynamic imports of it resolve here) rather than as one more request.
// Exported, because a module imported only for its effects, with none, is left out.
export { jointStatement22MSP } from './data/joint-statement-22msp.js';
