/**
 * `src` faults for every element of custom-elements.json, through the test
 * server (test/routes.js): the element shows its fallback (here the inline JSON
 * child), fires exactly one `mbc-data-error`, and nothing throws or rejects
 * unhandled. Also: the URL changed mid-flight (only the latest response renders)
 * and the element removed mid-flight (the request is aborted, no event).
 */
import { expect } from '@open-wc/testing';
import { captureWarnings, type CapturedWarnings } from '../helpers.js';
import { ELEMENTS, itCoversEveryElement, settleAll, shadowText, stashUrl, statementWith, watchErrors } from './support.js';

const INLINE = 'Inline fallback text';
const SHORT_TIMEOUT = 300;

type Host = HTMLElement & {
  src: string | null;
  srcTimeout?: number;
  updateComplete: Promise<unknown>;
  dataComplete: Promise<unknown>;
};

let unique = 0;
const FAULTS: Array<{ name: string; url: () => string; timeout?: number }> = [
  { name: '404', url: () => `/test-api/status?code=404&n=${unique++}` },
  { name: '500', url: () => `/test-api/status?code=500&n=${unique++}` },
  { name: 'network error', url: () => `http://127.0.0.1:9/feed.json?n=${unique++}` },
  { name: 'invalid JSON', url: () => `/test-api/json?body=${encodeURIComponent('{"title": [}')}&n=${unique++}` },
  {
    name: 'wrong shape',
    url: () => `/test-api/json?body=${encodeURIComponent('{"achievements": {"id": 1}, "commitments": "none"}')}&n=${unique++}`,
  },
  { name: 'not an object', url: () => `/test-api/json?body=${encodeURIComponent('[1,2,3]')}&n=${unique++}` },
  {
    name: 'HTML instead of JSON',
    url: () => `/test-api/json?type=text/html&body=${encodeURIComponent('<h1>Not found</h1>')}&n=${unique++}`,
  },
  { name: 'a body that never ends (short srcTimeout)', url: () => `/test-api/endless?n=${unique++}`, timeout: SHORT_TIMEOUT },
  { name: 'a 30 s stall (short srcTimeout)', url: () => `/test-api/stall?ms=30000&n=${unique++}`, timeout: SHORT_TIMEOUT },
  { name: 'a javascript: URL', url: () => `javascript:window.__mbcXss=${unique++}` },
];

function withInline(tag: string): Host {
  const el = document.createElement(tag) as Host;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(statementWith(INLINE).doc);
  el.append(script);
  return el;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('hostile pages: src faults', function () {
  this.timeout(20_000);
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = watchErrors();
  });
  afterEach(() => {
    errors.stop();
    warnings.restore();
  });

  itCoversEveryElement();

  for (const { tag } of ELEMENTS) {
    describe(tag, () => {
      it('shows the inline JSON when there is no src (the baseline the faults fall back to)', async () => {
        const el = withInline(tag);
        document.body.append(el);
        try {
          await settleAll([el]);
          expect(shadowText(el)).to.contain(INLINE);
        } finally {
          el.remove();
        }
      });

      for (const fault of FAULTS) {
        it(`${fault.name}: shows the fallback, one mbc-data-error, nothing unhandled`, async () => {
          const el = withInline(tag);
          if (fault.timeout) el.srcTimeout = fault.timeout;
          el.src = fault.url();
          const events: CustomEvent[] = [];
          el.addEventListener('mbc-data-error', (event) => events.push(event as CustomEvent));
          document.body.append(el);
          try {
            await settleAll([el]);
            await sleep(50);
            await el.updateComplete;
            expect(events, 'mbc-data-error events').to.have.length(1);
            expect(events[0]!.detail.element).to.equal(tag);
            expect(events[0]!.detail.source).to.equal('src');
            expect(shadowText(el), 'fallback content').to.contain(INLINE);
            expect(errors.errors).to.deep.equal([]);
            expect((window as unknown as Record<string, unknown>).__mbcXss).to.equal(undefined);
          } finally {
            el.remove();
          }
        });
      }

      it('the URL changed mid-flight: only the latest response renders', async () => {
        const oldUrl = `${await stashUrl(statementWith('Old feed text').doc)}&delay=400`;
        const newUrl = await stashUrl(statementWith('New feed text').doc);
        const el = withInline(tag);
        el.src = oldUrl;
        const events: CustomEvent[] = [];
        el.addEventListener('mbc-data-error', (event) => events.push(event as CustomEvent));
        document.body.append(el);
        try {
          await el.updateComplete;
          el.src = newUrl;
          // dataComplete read in the same task as the change would still be the superseded request's.
          await el.updateComplete;
          await settleAll([el]);
          expect(shadowText(el), `after the change; warnings: ${warnings.messages.join(' | ')}`).to.contain('New feed text');
          await sleep(600);
          await el.updateComplete;
          expect(shadowText(el)).to.contain('New feed text').and.not.contain('Old feed text');
          expect(events).to.deep.equal([]);
          expect(errors.errors).to.deep.equal([]);
        } finally {
          el.remove();
        }
      });

      it('removed mid-flight: the request is aborted, no event, nothing unhandled', async () => {
        const url = `/test-api/stall?ms=3000&n=${unique++}`;
        const signals: AbortSignal[] = [];
        const realFetch = window.fetch;
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          if (String(input instanceof Request ? input.url : input).includes(url) && init?.signal) signals.push(init.signal);
          return realFetch(input, init);
        };
        const el = withInline(tag);
        el.src = url;
        const events: CustomEvent[] = [];
        el.addEventListener('mbc-data-error', (event) => events.push(event as CustomEvent));
        try {
          document.body.append(el);
          await el.updateComplete;
          const started = performance.now();
          while (!signals.length && performance.now() - started < 2000) await sleep(10);
          expect(signals, 'the element requested its src').to.have.length(1);
          el.remove();
          await sleep(50);
          expect(signals[0]!.aborted, 'request aborted on removal').to.equal(true);
          await sleep(200);
          expect(events).to.deep.equal([]);
          expect(errors.errors).to.deep.equal([]);
        } finally {
          window.fetch = realFetch;
          el.remove();
        }
      });
    });
  }
});
