import { define } from '../shared/dom/define.js';
import { MbcAchievementCounter } from './achievement-counter.js';

define(MbcAchievementCounter);

export { MbcAchievementCounter };

declare global {
  interface HTMLElementTagNameMap {
    'mbc-achievement-counter': MbcAchievementCounter;
  }
}
