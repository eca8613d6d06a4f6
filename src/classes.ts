/** Element classes without registering them, for sites that define their own tags. */
export { MbcCommitmentList } from './commitment-list/commitment-list.js';
export { MbcElement } from './shared/mbc-element.js';
export type { Statement, Text, Fact, Achievement, SignatoryGroup, Section, Commitment } from './shared/statement.js';
export type { DataErrorDetail } from './shared/diagnostics.js';
export type { ReadyDetail } from './shared/statement-controller.js';
export { validateStatement } from './shared/validate-statement.js';
export { jointStatement22MSP } from './data/joint-statement-22msp.js';
export { VERSION } from './shared/version.js';
