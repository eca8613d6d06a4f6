import type { Statement } from '../shared/content/statement.js';
import { jointStatement22MSP as core } from './joint-statement-22msp.js';
import { jointStatement22MSPText } from './joint-statement-22msp.text.js';

/**
 * The complete built-in statement: ./joint-statement-22msp.ts (everything but
 * the long text) with ./joint-statement-22msp.text.ts (every section in full, the
 * human-cost facts, the challenges). The widgets load the two halves as separate
 * chunks; this is the one the package exports, and the one the tests hold to the
 * seed text.
 */
export const jointStatement22MSP: Statement = { ...core, ...jointStatement22MSPText };
