import { expect } from '@open-wc/testing';
import { figure } from './format.js';

describe('figure frames', () => {
  it('on the way to a negative compact figure, a frame that rounds to 0 reads 0, not another unit', () => {
    const fig = figure('en', 'compact', -55000000);
    expect(fig.final).to.equal('-55 million');
    expect(fig.frame(-300000)).to.equal('0');
    expect(fig.frame(-3000000)).to.match(/^-3 million$/);
  });
});
