/**
 * Attribute fuzzing: every attribute of every element of custom-elements.json set
 * to odd values, and changed 100 times in a row. No throw, no console.error, no
 * uncaught error or unhandled rejection, and a sane rendering: the shadow root has
 * text, and no `undefined`, `null`, `NaN`, `Infinity`, `∞`, `-0` or `[object Object]` that the
 * value itself did not bring.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings, type CapturedWarnings } from '../helpers.js';
import { ELEMENTS, itCoversEveryElement, quietFetch, settleAll, shadowText, watchErrors } from './support.js';

export const FUZZ_VALUES: Array<[string, string]> = [
  ['empty', ''],
  ['NaN', 'NaN'],
  ['1e309', '1e309'],
  ['-0', '-0'],
  ['false', 'false'],
  ['10,000 characters', 'w'.repeat(10_000)],
  ['right-to-left text', 'الألغام المضادة للأفراد עברית'],
  ['emoji', '💣🧨👩🏽‍🦯🇺🇳🏳️‍🌈'],
  ['invalid JSON', '{"value": [1, 2,'],
  ['whitespace', ' \t\n '],
  ['negative', '-12345678901234567890'],
  ['object-ish', '[object Object]'],
];

/** The light-DOM text a CMS editor writes inside the tag: the fallback the design promises to show. */
const FALLBACK = 'Over 55 million stockpiled mines destroyed';

const INSANE = /\bundefined\b|\bNaN\b|\bInfinity\b|∞|\[object Object\]|\bnull\b|(?<![\w-])-0(?![\d.,])/;

/** What the reader sees, with the fuzz value's own text (a label of "NaN" is the site's choice) taken out. */
function insanity(el: Element, value: string): string | undefined {
  let text = shadowText(el);
  if (!text) return 'the shadow root has no text';
  const shown = value.replace(/\s+/g, ' ').trim();
  if (shown) text = text.split(shown).join(' ');
  const match = INSANE.exec(text);
  return match ? `shows "${match[0]}" in: ${text.slice(Math.max(0, match.index - 60), match.index + 60)}` : undefined;
}

describe('hostile pages: attribute fuzzing', function () {
  this.timeout(60_000);
  let warnings: CapturedWarnings;
  let errors: ReturnType<typeof watchErrors>;
  let restoreFetch: () => void;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = watchErrors();
    restoreFetch = quietFetch();
  });
  afterEach(() => {
    restoreFetch();
    errors.stop();
    warnings.restore();
  });

  itCoversEveryElement();

  for (const { tag, attributes } of ELEMENTS) {
    describe(tag, () => {
      for (const [name, value] of FUZZ_VALUES) {
        it(`every attribute set to ${name}`, async () => {
          const stage = document.createElement('div');
          document.body.append(stage);
          try {
            const elements = attributes.map((attribute) => {
              const el = document.createElement(tag);
              el.textContent = FALLBACK;
              el.setAttribute(attribute, value);
              return el;
            });
            stage.append(...elements);
            await settleAll(elements);
            expect(errors.errors).to.deep.equal([]);
            attributes.forEach((attribute, i) => {
              expect(insanity(elements[i]!, value), `${tag} ${attribute}="${value.slice(0, 40)}"`).to.equal(undefined);
            });
          } finally {
            stage.remove();
          }
        });
      }

      it('every attribute changed 100 times in a row (synchronously, then each rendered)', async () => {
        const stage = document.createElement('div');
        document.body.append(stage);
        try {
          for (const attribute of attributes) {
            const el = document.createElement(tag);
            el.textContent = FALLBACK;
            stage.append(el);
            for (let i = 0; i < 100; i++) el.setAttribute(attribute, FUZZ_VALUES[i % FUZZ_VALUES.length]![1]);
            await settleAll([el]);
            for (let i = 0; i < 100; i++) {
              const value = FUZZ_VALUES[(i * 7) % FUZZ_VALUES.length]![1];
              if (i % 10 === 9) el.removeAttribute(attribute);
              else el.setAttribute(attribute, value);
              await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            }
            el.removeAttribute(attribute);
            await settleAll([el]);
            expect(errors.errors, `${tag} ${attribute}`).to.deep.equal([]);
            expect(insanity(el, ''), `${tag} after ${attribute} was removed`).to.equal(undefined);
          }
        } finally {
          stage.remove();
        }
      });
    });
  }
});
