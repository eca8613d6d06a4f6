import { define } from '../shared/dom/define.js';
import { MbcCommitmentList } from './commitment-list.js';

define(MbcCommitmentList);

export { MbcCommitmentList };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-commitment-list': MbcCommitmentList;
  }
}
