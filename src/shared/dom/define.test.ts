import { expect } from '@open-wc/testing';
import { define } from './define.js';
import { VERSION } from '../version.js';
import { captureWarnings } from '../../../test/browser/helpers.js';

const tag = () => `mbc-test-${Math.random().toString(36).slice(2)}`;

describe('define', () => {
  it('registers the element once; the same class again is a silent no-op', () => {
    const warnings = captureWarnings();
    try {
      const is = tag();
      const Element = class extends HTMLElement {
        static is = is;
        static version = VERSION;
      };
      define(Element);
      define(Element);
      expect(customElements.get(is)).to.equal(Element);
      expect(warnings.messages).to.be.empty;
    } finally {
      warnings.restore();
    }
  });

  it('a second copy of the same version (another class object) is silent too', () => {
    const warnings = captureWarnings();
    try {
      const is = tag();
      const First = class extends HTMLElement {
        static is = is;
        static version = VERSION;
      };
      const Copy = class extends HTMLElement {
        static is = is;
        static version = VERSION;
      };
      define(First);
      expect(() => define(Copy)).to.not.throw();
      expect(customElements.get(is)).to.equal(First);
      expect(warnings.messages).to.be.empty;
    } finally {
      warnings.restore();
    }
  });

  it('another version holding the tag gives one warning and no throw', () => {
    const warnings = captureWarnings();
    try {
      const is = tag();
      const Old = class extends HTMLElement {
        static is = is;
        static version = '0.0.1';
      };
      const Ours = class extends HTMLElement {
        static is = is;
        static version = VERSION;
      };
      define(Old);
      expect(() => define(Ours)).to.not.throw();
      expect(customElements.get(is)).to.equal(Old);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<${is}>`).and.contain('0.0.1');
    } finally {
      warnings.restore();
    }
  });

  it('a refused definition warns instead of throwing', () => {
    const warnings = captureWarnings();
    try {
      const Bad = class extends HTMLElement {
        static is = 'not-valid-Name';
      };
      expect(() => define(Bad)).to.not.throw();
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
