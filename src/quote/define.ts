import { define } from '../shared/dom/define.js';
import { MbcQuote } from './quote.js';

define(MbcQuote);

export { MbcQuote };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-quote': MbcQuote;
  }
}
