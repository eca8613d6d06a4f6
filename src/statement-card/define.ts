import { define } from '../shared/dom/define.js';
import { MbcStatementCard } from './statement-card.js';

define(MbcStatementCard);

export { MbcStatementCard };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-statement-card': MbcStatementCard;
  }
}
