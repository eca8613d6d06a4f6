import { define } from '../shared/define.js';
import { MbcSignatoryList } from './signatory-list.js';

define(MbcSignatoryList);

export { MbcSignatoryList };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-signatory-list': MbcSignatoryList;
  }
}
