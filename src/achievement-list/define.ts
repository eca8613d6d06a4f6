import { define } from '../shared/dom/define.js';
import { MbcAchievementList } from './achievement-list.js';

define(MbcAchievementList);

export { MbcAchievementList };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-achievement-list': MbcAchievementList;
  }
}
