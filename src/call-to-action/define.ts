import { define } from '../shared/dom/define.js';
import { MbcCallToAction } from './call-to-action.js';

define(MbcCallToAction);

export { MbcCallToAction };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-call-to-action': MbcCallToAction;
  }
  interface HTMLElementEventMap {
    'mbc-cta-click': CustomEvent<import('./call-to-action.js').CtaClickDetail>;
  }
}
