import { define } from '../shared/define.js';
import { MbcStatementCard } from './statement-card.js';

define(MbcStatementCard);

export { MbcStatementCard };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-statement-card': MbcStatementCard;
  }
}
