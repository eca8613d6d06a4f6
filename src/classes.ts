/** Element classes without registering them, for sites that define their own tags. */
export { MbcCommitmentList } from './commitment-list/commitment-list.js';
export { MbcAchievementCounter, type CounterEndDetail, type CounterStart } from './achievement-counter/achievement-counter.js';
export { MbcAchievementList, type AchievementLayout } from './achievement-list/achievement-list.js';
export { MbcCallToAction, type CtaClickDetail } from './call-to-action/call-to-action.js';
export { MbcQuote } from './quote/quote.js';
export { MbcStatementCard, type StatementVariant } from './statement-card/statement-card.js';
export { MbcSignatoryList, type SignatoryDisplay, type SignatoryGroupChoice } from './signatory-list/signatory-list.js';
export { MbcElement } from './shared/dom/mbc-element.js';
export type { Statement, Text, Fact, Achievement, SignatoryGroup, Section, Commitment } from './shared/content/statement.js';
export type { DataErrorDetail } from './shared/dom/diagnostics.js';
export type { ReadyDetail } from './shared/content/statement-controller.js';
export { validateStatement } from './shared/content/validate-statement.js';
/** The complete built-in statement (the widgets load it in two chunks). */
export { jointStatement22MSP } from './data/joint-statement-22msp.full.js';
export { VERSION } from './shared/version.js';
/** Sets the widgets' language for sites that switch language without changing `<html lang>`. */
export { setLocale, SUPPORTED_LANGUAGES, type Language } from './shared/i18n/locale.js';
