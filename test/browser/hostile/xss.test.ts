/**
 * XSS corpus (test/fixtures/xss-payloads.json) against every element of
 * custom-elements.json: each payload in every attribute, every slot, and every
 * free-text string field of the statement JSON (inline and through `src`), then
 * every link and button clicked with navigation prevented. Nothing may execute
 * (window canary), and no shadow root may hold an event-handler attribute, a
 * script/iframe/base/meta/object/embed (…) or a URL that is not http(s)/mailto.
 */
import { expect } from '@open-wc/testing';
import { createLoader } from '../../../src/loader/core.js';
import { validateStatement } from '../../../src/shared/content/validate-statement.js';
import { captureWarnings, type CapturedWarnings } from '../helpers.js';
import {
  CANARY,
  ELEMENTS,
  clickEverything,
  hazards,
  itCoversEveryElement,
  quietFetch,
  settleAll,
  shadowText,
  stashUrl,
  statementWith,
} from './support.js';

interface Corpus {
  payloads: Array<{ class: string; payload: string }>;
}
const corpus = (await (await fetch('/test/fixtures/xss-payloads.json')).json()) as Corpus;
const PAYLOADS = corpus.payloads.map((p) => p.payload);

const FIELDS = statementWith('x').fields;
const counts: Record<string, number> = {};

async function check(elements: HTMLElement[], what: string): Promise<void> {
  const stage = document.createElement('div');
  document.body.append(stage);
  try {
    stage.append(...elements);
    await settleAll(elements);
    for (const el of elements) {
      const before = hazards(el);
      expect(before, `${what}: ${el.outerHTML.slice(0, 200)}`).to.deep.equal([]);
    }
    for (const el of elements) await clickEverything(el);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const el of elements) expect(hazards(el), `${what} after clicks: ${el.outerHTML.slice(0, 200)}`).to.deep.equal([]);
  } finally {
    stage.remove();
  }
}

describe('hostile pages: XSS corpus', function () {
  this.timeout(120_000);
  let warnings: CapturedWarnings;
  const alert = window.alert;
  const confirm = window.confirm;
  const prompt = window.prompt;
  before(() => {
    const trip = () => {
      (window as unknown as Record<string, unknown>)[CANARY] = 1;
      return null;
    };
    window.alert = trip;
    window.confirm = trip as unknown as typeof window.confirm;
    window.prompt = trip;
  });
  after(() => {
    Object.assign(window, { alert, confirm, prompt });
    console.log(
      `[xss] ${PAYLOADS.length} payloads; ${FIELDS} free-text fields per statement; placements: ${JSON.stringify(counts)}`,
    );
  });
  beforeEach(() => {
    warnings = captureWarnings();
    delete (window as unknown as Record<string, unknown>)[CANARY];
  });
  afterEach(() => {
    warnings.restore();
    expect((window as unknown as Record<string, unknown>)[CANARY], 'window canary').to.equal(undefined);
  });

  itCoversEveryElement();

  it('has at least 100 distinct payloads covering the OWASP evasion classes', () => {
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
    expect(PAYLOADS.length).to.be.at.least(100);
    const classes = new Set(corpus.payloads.map((p) => p.class));
    for (const needed of [
      'polyglot',
      'javascript: URL, mixed case',
      'HTML entities with and without semicolons',
      'embedded tab, newline, NUL and leading control characters',
      'data: and vbscript: URLs',
      'svg onload',
      'img onerror and other handlers',
      '</script> and </title> breakouts',
      'base href',
      'meta refresh',
      'style with url(javascript:)',
    ]) {
      expect(classes, needed).to.include(needed);
    }
  });

  it('the hazard checks catch what they are meant to catch', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<a href="java&#9;script:void 0">x</a><span onclick="void 0"></span><base href="/"><a href="/ok">ok</a><a href="mailto:a@b.c">m</a>';
    const found = hazards(host);
    expect(found.join('\n'))
      .to.match(/unsafe href/)
      .and.match(/onclick/)
      .and.match(/<base>/);
    expect(found).to.have.length(3);
  });

  it('every payloaded statement passes validation, so it is rendered rather than refused', () => {
    for (const payload of PAYLOADS) {
      const result = validateStatement(statementWith(payload).doc);
      expect(result.ok, JSON.stringify(payload)).to.equal(true);
    }
  });

  for (const { tag, attributes, slots } of ELEMENTS) {
    describe(tag, () => {
      it(`each payload in each of its ${attributes.length} attributes`, async () => {
        // Relative payloads in `src` are answered 404 in the page, not by the dev server.
        const restoreFetch = quietFetch();
        try {
          await eachAttribute();
        } finally {
          restoreFetch();
        }
        async function eachAttribute() {
          for (const attribute of attributes) {
            const elements = PAYLOADS.map((payload) => {
              const el = document.createElement(tag);
              el.setAttribute(attribute, payload);
              return el;
            });
            await check(elements, `${tag} [${attribute}]`);
            counts[`${tag} attributes`] = (counts[`${tag} attributes`] ?? 0) + elements.length;
          }
        }
      });

      it(`each payload in all ${attributes.length} attributes at once, through the loader's link and data forms`, async () => {
        // The loader's registry is built from custom-elements.json; here, the same from the manifest.
        const registry = Object.fromEntries(ELEMENTS.map((e) => [e.tag.slice('mbc-'.length), e.attributes.join(' ')]));
        const name = tag.slice('mbc-'.length);
        const restoreFetch = quietFetch();
        const host = document.createElement('div');
        document.body.append(host);
        try {
          for (const payload of PAYLOADS) {
            const link = document.createElement('a');
            link.href = `https://example.org/statement#mbc=${name}&${attributes.map((a) => `${a}=${encodeURIComponent(payload)}`).join('&')}`;
            link.textContent = 'Link form fallback';
            const data = document.createElement('div');
            data.dataset.mbc = name;
            for (const attribute of attributes) data.setAttribute(`data-${attribute}`, payload);
            data.textContent = 'Data form fallback';
            host.append(link, data);
          }
          await createLoader(registry, () => Promise.resolve()).load(host);
          const elements = Array.from(host.querySelectorAll<HTMLElement>(tag));
          expect(elements.length, 'every form upgraded').to.equal(PAYLOADS.length * 2);
          expect(host.querySelectorAll('a, [data-mbc]').length, 'no form left').to.equal(0);
          for (const [i, el] of elements.entries()) {
            const payload = PAYLOADS[Math.floor(i / 2)]!;
            for (const attribute of attributes)
              expect(el.getAttribute(attribute), `${attribute} kept as a string`).to.equal(payload);
          }
          await settleAll(elements);
          for (const el of elements) expect(hazards(el), `loader form: ${el.outerHTML.slice(0, 200)}`).to.deep.equal([]);
          for (const el of elements) await clickEverything(el);
          for (const el of elements)
            expect(hazards(el), `loader form after clicks: ${el.outerHTML.slice(0, 200)}`).to.deep.equal([]);
          const stray = host.querySelectorAll(
            'script, iframe, img, svg, base, meta, object, embed, [onerror], [onload], [onclick]',
          );
          expect(stray.length, 'markup created in the light DOM').to.equal(0);
          counts[`${tag} loader forms`] = elements.length * attributes.length;
        } finally {
          restoreFetch();
          host.remove();
        }
      });

      it(`each payload in each of its ${slots.length} slots`, async () => {
        const elements = slots.flatMap((slot) =>
          PAYLOADS.map((payload) => {
            const el = document.createElement(tag);
            if (slot === '') el.append(payload);
            else {
              const child = document.createElement('span');
              child.slot = slot;
              child.textContent = payload;
              child.title = payload;
              el.append(child);
            }
            return el;
          }),
        );
        await check(elements, `${tag} slots`);
        counts[`${tag} slots`] = elements.length;
      });

      it(`each payload in every free-text field of inline JSON (${FIELDS} fields)`, async () => {
        const elements = PAYLOADS.map((payload) => {
          const el = document.createElement(tag);
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = JSON.stringify(statementWith(payload).doc);
          el.append(script);
          return el;
        });
        await check(elements, `${tag} inline JSON`);
        counts[`${tag} inline fields`] = elements.length * FIELDS;
        expect(warnings.messages, 'the payloaded data was accepted').to.deep.equal([]);
      });

      it(`each payload in every free-text field of JSON loaded through src (${FIELDS} fields)`, async () => {
        const urls = await Promise.all(PAYLOADS.map((payload) => stashUrl(statementWith(payload).doc)));
        const elements = urls.map((url) => {
          const el = document.createElement(tag);
          el.setAttribute('src', url);
          return el;
        });
        await check(elements, `${tag} src JSON`);
        counts[`${tag} src fields`] = elements.length * FIELDS;
        expect(warnings.messages, 'the payloaded data was accepted').to.deep.equal([]);
        // Not vacuous: the element shows data from the feed, payloads included, as text.
        const shown = elements.filter((el, i) => shadowText(el).includes(PAYLOADS[i]!.replace(/\s+/g, ' ').trim().slice(0, 12)));
        expect(shown.length, 'elements that show a payload as text').to.be.greaterThan(0);
      });
    });
  }
});
