import { define } from '../shared/dom/define.js';
import { MbcSignatoryList } from './signatory-list.js';

define(MbcSignatoryList);

export { MbcSignatoryList };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-signatory-list': MbcSignatoryList;
  }
}
