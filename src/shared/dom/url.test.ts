import { expect } from '@open-wc/testing';
import { captureWarnings, collectDataErrors } from '../../../test/browser/helpers.js';
import { checkedUrl, isExternal, safeUrl } from './url.js';

const BASE = 'https://partner.example/news/article.html';

/** Strings a script may hand us directly (entities are not decoded here). */
const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'jAvAsCrIpT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript\t:alert(1)',
  '\tjavascript:alert(1)',
  ' javascript:alert(1)',
  '   \n javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0008\u001fjavascript:alert(1)',
  '\u000bjavascript:alert(1)',
  'javascript:alert(1)\u0000',
  'j\ta\nv\ra\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'blob:https://partner.example/0b5f',
  'about:blank',
  'chrome://settings',
  'ws://example.org/socket',
  'tel:+41000000000',
  'http://exa\u0001mple.org/',
  '',
  '   ',
  '\u0000',
  'http://[::1',
  'https://',
];

describe('safeUrl', () => {
  for (const value of UNSAFE) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value, BASE)).to.equal(undefined);
    });
  }

  it('refuses what HTML parsing makes of entity-encoded schemes', () => {
    // The parser decodes entities before the attribute reaches us: &#x09; is a tab,
    // &#10; a newline, &colon; a colon, &#x01; a control character.
    const host = document.createElement('div');
    host.innerHTML = [
      'java&#x09;script:alert(1)',
      'java&#10;script:alert(1)',
      'java&#13;script:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#x01;javascript:alert(1)',
      '&#32;&#9;javascript:alert(1)',
      'JaVa&Tab;ScRiPt:alert(1)',
      'data&colon;text/html,x',
      'vbscript&#58;msgbox(1)',
    ]
      .map((href) => `<a href="${href}"></a>`)
      .join('');
    const links = host.querySelectorAll('a');
    expect(links).to.have.length(10);
    for (const link of links) {
      const value = link.getAttribute('href')!;
      expect(value).to.not.contain('&');
      expect(safeUrl(value, BASE), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('leaves undecoded entities as a harmless relative path (a script handing us "java&#x09;script:")', () => {
    for (const value of ['java&#x09;script:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)']) {
      const result = safeUrl(value, BASE);
      expect(result, value).to.be.a('string');
      // The browser resolves it against the page, never as a javascript: URL.
      expect(new URL(result!, BASE).protocol, value).to.equal('https:');
    }
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org'], new URL('https://example.org'), true]) {
      expect(safeUrl(value, BASE)).to.equal(undefined);
    }
  });

  const SAFE: Array<[string, string]> = [
    ['https://example.org/join', 'https://example.org/join'],
    ['HTTPS://EXAMPLE.ORG/Join', 'HTTPS://EXAMPLE.ORG/Join'],
    ['http://example.org/', 'http://example.org/'],
    ['mailto:campaign@example.org?subject=Mine%20ban', 'mailto:campaign@example.org?subject=Mine%20ban'],
    ['MailTo:campaign@example.org', 'MailTo:campaign@example.org'],
    ['/join', '/join'],
    ['join.html', 'join.html'],
    ['../join', '../join'],
    ['?ref=widget', '?ref=widget'],
    ['#call', '#call'],
    ['//example.org/join', '//example.org/join'],
    ['  https://example.org/join  ', 'https://example.org/join'],
    ['\u0000\u001f https://example.org/join\n', 'https://example.org/join'],
    ['https://exa\tmple.org/jo\nin', 'https://example.org/join'],
    ['https://example.org/?q=javascript:alert(1)', 'https://example.org/?q=javascript:alert(1)'],
    ['https:javascript:alert(1)', 'https:javascript:alert(1)'],
  ];
  for (const [value, expected] of SAFE) {
    it(`accepts ${JSON.stringify(value)}`, () => {
      const result = safeUrl(value, BASE);
      expect(result).to.equal(expected);
      expect(['http:', 'https:', 'mailto:']).to.include(new URL(result!, BASE).protocol);
    });
  }

  it('resolves relative URLs against the document by default', () => {
    expect(safeUrl('/join')).to.equal('/join');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
  });

  it('refuses relative URLs when the base cannot take them', () => {
    expect(safeUrl('/join', 'about:blank')).to.equal(undefined);
    expect(safeUrl('https://example.org/', 'about:blank')).to.equal('https://example.org/');
  });

  it('what it returns is what an anchor navigates to', () => {
    const a = document.createElement('a');
    for (const [value] of SAFE) {
      a.setAttribute('href', safeUrl(value, document.baseURI)!);
      expect(['http:', 'https:', 'mailto:'], value).to.include(a.protocol);
    }
  });
});

describe('isExternal', () => {
  it('is true for another origin, false for the same origin, relative URLs and mailto', () => {
    expect(isExternal('https://example.org/join', BASE)).to.be.true;
    expect(isExternal('//example.org/join', BASE)).to.be.true;
    expect(isExternal('http://partner.example/join', BASE)).to.be.true; // another scheme is another origin
    expect(isExternal('https://partner.example/join', BASE)).to.be.false;
    expect(isExternal('/join', BASE)).to.be.false;
    expect(isExternal('join.html', BASE)).to.be.false;
    expect(isExternal('mailto:campaign@example.org', BASE)).to.be.false;
  });

  it('is false for what cannot be parsed', () => {
    expect(isExternal('http://[::1', BASE)).to.be.false;
    expect(isExternal('/join', 'about:blank')).to.be.false;
  });
});

describe('checkedUrl', () => {
  it('returns a safe URL without reporting anything', () => {
    const host = document.createElement('mbc-test-host');
    const warnings = captureWarnings();
    const errors = collectDataErrors(host);
    try {
      expect(checkedUrl(host, ' https://example.org/join ', 'href', 'attribute')).to.equal('https://example.org/join');
      expect(checkedUrl(host, '/join', 'href', 'attribute')).to.equal('/join');
      expect(warnings.messages).to.deep.equal([]);
      expect(errors.events.length).to.equal(0);
    } finally {
      warnings.restore();
      errors.stop();
    }
  });

  it('treats blank and missing values as no link, silently', () => {
    const host = document.createElement('mbc-test-host');
    const warnings = captureWarnings();
    try {
      for (const value of [undefined, null, '', '   ', '\n\t']) {
        expect(checkedUrl(host, value, 'href', 'attribute')).to.equal(undefined);
      }
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('refuses an unsafe URL with one warning and one mbc-data-error naming the field and source', () => {
    const host = document.createElement('mbc-test-host');
    const warnings = captureWarnings();
    const errors = collectDataErrors(host);
    try {
      expect(checkedUrl(host, 'JaVaScRiPt:alert(1)', '$.callToAction.href', 'data')).to.equal(undefined);
      expect(checkedUrl(host, 'JaVaScRiPt:alert(1)', '$.callToAction.href', 'data')).to.equal(undefined);
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('<mbc-test-host>').and.contain('$.callToAction.href').and.contain('no link');
      expect(errors.events.length).to.equal(1);
      expect(errors.events[0].detail).to.deep.include({ element: 'mbc-test-host', field: '$.callToAction.href', source: 'data' });
      expect(errors.events[0].bubbles && errors.events[0].composed).to.be.true;
    } finally {
      warnings.restore();
      errors.stop();
    }
  });

  it('shortens a long refused value in the message', () => {
    const host = document.createElement('mbc-test-host');
    const warnings = captureWarnings();
    try {
      checkedUrl(host, `javascript:${'x'.repeat(500)}`, 'href', 'attribute');
      expect(warnings.messages[0].length).to.be.below(300);
    } finally {
      warnings.restore();
    }
  });
});
