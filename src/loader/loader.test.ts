import { expect } from '@open-wc/testing';
import { captureWarnings, textOf } from '../../test/browser/helpers.js';
import { createLoader, type Registry } from './core.js';

/**
 * The loader's logic with a test registry and import function (which elements it
 * asks for, how it treats each form). The built dist/loader.js, with the real
 * registry and real chunks, is tested by test/node/loader-dist.test.js.
 */

let run = 0;
/** Fresh element names per test: a registry cannot forget a definition. */
function names(...bases: string[]): string[] {
  run += 1;
  return bases.map((base) => `t${run}-${base}`);
}

/** An import function that defines a bare element for the name and records every call. */
function fakeImport(options: { fail?: string[] } = {}) {
  const calls: string[] = [];
  const importElement = async (name: string) => {
    calls.push(name);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (options.fail?.includes(name)) throw new Error(`chunk ${name} failed`);
    if (!customElements.get(`mbc-${name}`)) customElements.define(`mbc-${name}`, class extends HTMLElement {});
  };
  return { calls, importElement };
}

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

/** Lets the MutationObserver deliver and the imports settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

describe('loader', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let host: HTMLElement | undefined;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    host?.remove();
    host = undefined;
  });

  it('loads only the chunks of the elements on the page, once each', async () => {
    const [a, b] = names('a', 'b');
    const { calls, importElement } = fakeImport();
    host = mount(`<mbc-${a}></mbc-${a}><p><mbc-${a}></mbc-${a}></p>`);
    await createLoader({ [a!]: 'x', [b!]: 'y' }, importElement).load(host);
    expect(calls).to.deep.equal([a]);
    expect(host.querySelector(`mbc-${a}`)!.matches(':defined')).to.equal(true);
  });

  it('defines elements added later (one observer) and resolves load() when they are defined', async () => {
    const [a, b] = names('a', 'b');
    const { calls, importElement } = fakeImport();
    host = mount('');
    await createLoader({ [a!]: '', [b!]: '' }, importElement).load(host);
    expect(calls).to.deep.equal([]);
    host.insertAdjacentHTML('beforeend', `<section><mbc-${b}></mbc-${b}></section>`);
    await settle();
    expect(calls).to.deep.equal([b]);
    expect(host.querySelector(`mbc-${b}`)!.matches(':defined')).to.equal(true);
  });

  it('upgrades the link form: known attributes from the fragment, the text as fallback', async () => {
    const [a] = names('a');
    const { calls, importElement } = fakeImport();
    host = mount(
      `<p>Before <a href="https://example.org/statement#mbc=${a}&amp;value=55000000&amp;format=compact&amp;onclick=alert(1)">Over <b>55 million</b> destroyed</a> after</p>`,
    );
    await createLoader({ [a!]: 'value format label' }, importElement).load(host);
    const element = host.querySelector(`mbc-${a}`)!;
    expect(element, 'element in place of the link').to.exist;
    expect(host.querySelector('a')).to.equal(null);
    expect(element.getAttribute('value')).to.equal('55000000');
    expect(element.getAttribute('format')).to.equal('compact');
    expect(element.hasAttribute('onclick')).to.equal(false);
    expect(textOf(element)).to.equal('Over 55 million destroyed');
    expect(element.querySelector('b')).to.exist;
    expect(textOf(host)).to.equal('Before Over 55 million destroyed after');
    expect(calls).to.deep.equal([a]);
    expect(warnings.messages.join('\n')).to.contain('no attribute "onclick"');
  });

  it('leaves ordinary links and links to unknown elements untouched (with a warning)', async () => {
    const [a] = names('a');
    const { calls, importElement } = fakeImport();
    host = mount(
      `<a href="https://example.org/#top">top</a><a href="https://example.org/x#mbc=nope&amp;value=1">nope</a><a href="https://example.org/x#mbc=__proto__">proto</a><a href="https://example.org/?q=#mbcx=${a}">other</a>`,
    );
    await createLoader({ [a!]: 'value' }, importElement).load(host);
    expect(host.querySelectorAll('a').length).to.equal(4);
    expect(calls).to.deep.equal([]);
    expect(warnings.messages.join('\n')).to.contain('unknown element "nope"');
    expect(warnings.messages.join('\n')).to.contain('unknown element "__proto__"');
  });

  it('upgrades the data form on div, p, span and blockquote, and nothing else', async () => {
    const [a] = names('a');
    const { importElement } = fakeImport();
    host = mount(
      ['div', 'p', 'span', 'blockquote', 'section']
        .map((tag) => `<${tag} data-mbc="${a}" data-heading-level="3" data-unknown="1" class="x">${tag} text</${tag}>`)
        .join(''),
    );
    await createLoader({ [a!]: 'heading heading-level' }, importElement).load(host);
    const elements = [...host.querySelectorAll(`mbc-${a}`)];
    expect(elements.map((element) => textOf(element))).to.deep.equal(['div text', 'p text', 'span text', 'blockquote text']);
    for (const element of elements) {
      expect(element.getAttributeNames()).to.deep.equal(['heading-level']);
      expect(element.getAttribute('heading-level')).to.equal('3');
    }
    expect(host.querySelector('section[data-mbc]')).to.exist;
    expect(warnings.messages.join('\n')).to.contain('no attribute "unknown"');
  });

  it('treats every value as a string: markup in values stays text, nothing runs', async () => {
    const [a] = names('a');
    const { importElement } = fakeImport();
    const payload = '"><img src=x onerror="window.__mbcPwned=1">';
    host = mount(
      `<div data-mbc="${a}" data-label="${payload.replace(/"/g, '&quot;')}">x</div>` +
        `<a href="https://example.org/#mbc=${a}&amp;label=${encodeURIComponent(payload)}">y</a>`,
    );
    await createLoader({ [a!]: 'label' }, importElement).load(host);
    const elements = host.querySelectorAll(`mbc-${a}`);
    expect(elements.length).to.equal(2);
    for (const element of elements) expect(element.getAttribute('label')).to.equal(payload);
    expect(host.querySelector('img')).to.equal(null);
    await settle();
    expect((window as unknown as { __mbcPwned?: number }).__mbcPwned).to.equal(undefined);
  });

  it('warns once about an unknown mbc- tag and leaves it as it is', async () => {
    const [a] = names('a');
    const { calls, importElement } = fakeImport();
    host = mount('<mbc-no-such-thing>fallback</mbc-no-such-thing><mbc-no-such-thing></mbc-no-such-thing>');
    const loader = createLoader({ [a!]: '' }, importElement);
    await loader.load(host);
    await loader.load(host);
    expect(calls).to.deep.equal([]);
    expect(warnings.messages.filter((m) => m.includes('<mbc-no-such-thing>')).length).to.equal(1);
  });

  it('puts a form back when its chunk cannot be loaded, without looping', async () => {
    const [a] = names('a');
    const { calls, importElement } = fakeImport({ fail: [a!] });
    host = mount(`<a href="https://example.org/page#mbc=${a}">read the statement</a>`);
    await createLoader({ [a!]: '' }, importElement).load(host);
    await settle();
    const link = host.querySelector('a')!;
    expect(link, 'the link is back').to.exist;
    expect(link.textContent).to.equal('read the statement');
    expect(host.querySelector(`mbc-${a}`)).to.equal(null);
    expect(calls).to.deep.equal([a]);
    expect(warnings.messages.join('\n')).to.contain('could not be loaded');
  });

  it('does not look into shadow roots until the site asks with load(root), then watches them', async () => {
    const [a, b] = names('a', 'b');
    const { calls, importElement } = fakeImport();
    const loader = createLoader({ [a!]: '', [b!]: '' }, importElement);
    host = mount('');
    await loader.load(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<mbc-${a}></mbc-${a}>`;
    await settle();
    expect(calls).to.deep.equal([]);
    await loader.load(shadow);
    expect(calls).to.deep.equal([a]);
    shadow.append(document.createElement(`mbc-${b}`));
    await settle();
    expect(calls).to.deep.equal([a, b]);
  });

  it('leaves forms inside an editor (contenteditable) alone', async () => {
    const [a] = names('a');
    const { calls, importElement } = fakeImport();
    host = mount(
      `<div contenteditable="true"><p><a href="https://example.org/#mbc=${a}">link</a></p><div data-mbc="${a}">data</div></div>`,
    );
    await createLoader({ [a!]: '' }, importElement).load(host);
    expect(host.querySelector('a')).to.exist;
    expect(host.querySelector('[data-mbc]')).to.exist;
    expect(calls).to.deep.equal([]);
  });

  it('skips the import when the element is already defined (the full bundle is on the page too)', async () => {
    const [a] = names('a');
    customElements.define(`mbc-${a}`, class extends HTMLElement {});
    const { calls, importElement } = fakeImport();
    host = mount(`<div data-mbc="${a}">text</div>`);
    await createLoader({ [a!]: '' }, importElement).load(host);
    expect(calls).to.deep.equal([]);
    expect(host.querySelector(`mbc-${a}`)).to.exist;
  });

  it('turns a link form into a working mbc-commitment-list (real element)', async () => {
    const registry: Registry = { 'commitment-list': 'heading heading-level theme src' };
    host = mount(
      '<p><a href="https://example.org/statement#mbc=commitment-list&amp;heading=Our%20commitments&amp;heading-level=3&amp;theme=dark">We commit to defend the norms.</a></p>',
    );
    await createLoader(registry, () => import('../commitment-list/define.js')).load(host);
    const element = host.querySelector('mbc-commitment-list') as HTMLElement & { dataComplete: Promise<unknown> };
    await element.dataComplete;
    expect(element.getAttribute('theme')).to.equal('dark');
    const heading = element.shadowRoot!.querySelector('h3');
    expect(textOf(heading)).to.equal('Our commitments');
    expect(element.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(textOf(element)).to.equal('We commit to defend the norms.');
  });

  it("a counter's form keeps its text as the element's fallback, and sets no prefix or label of its own", async () => {
    const [a] = names('a');
    const { importElement } = fakeImport();
    host = mount(
      `<a href="https://example.org/#mbc=${a}&amp;value=55000000&amp;format=compact">Over 55 million stockpiled mines destroyed</a>`,
    );
    await createLoader({ [a!]: 'value format prefix label' }, importElement).load(host);
    const link = host.querySelector(`mbc-${a}`)!;
    expect(textOf(link), 'the sentence stays the fallback').to.equal('Over 55 million stockpiled mines destroyed');
    expect([link.hasAttribute('prefix'), link.hasAttribute('label')]).to.deep.equal([false, false]);
  });

  it('shows the real counter from a link form as the sentence once, not the figure and then the sentence', async () => {
    const registry: Registry = { 'achievement-counter': 'value format prefix label duration start' };
    host = mount(
      '<p><a href="https://example.org/#mbc=achievement-counter&amp;value=55000000&amp;format=compact&amp;duration=0&amp;start=load">Over 55 million stockpiled mines destroyed</a></p>',
    );
    await createLoader(registry, () => import('../achievement-counter/define.js')).load(host);
    const element = host.querySelector('mbc-achievement-counter') as HTMLElement & { updateComplete: Promise<unknown> };
    await element.updateComplete;
    await settle();
    const part = (name: string) => textOf(element.shadowRoot!.querySelector(`[part~="${name}"]`));
    expect([part('prefix'), part('label')]).to.deep.equal(['Over', 'stockpiled mines destroyed']);
    expect(part('label'), 'the label does not say the figure again').not.to.contain('55');
  });

  it('turns a form holding only JSON (its <script> stripped by the CMS) back into inline data, not text', async () => {
    const [a] = names('a');
    const { importElement } = fakeImport();
    const json = '{"commitments":[{"id":"one","text":"Clear the land"}]}';
    host = mount(`<div data-mbc="${a}">${json}</div><div data-mbc="${a}">{not json}</div>`);
    await createLoader({ [a!]: 'heading' }, importElement).load(host);
    const [data, text] = [...host.querySelectorAll(`mbc-${a}`)];
    const script = data!.querySelector(':scope > script[type="application/json"]');
    expect(script?.textContent).to.equal(json);
    expect(data!.childNodes.length).to.equal(1);
    expect(textOf(text), 'text that is not JSON stays the fallback').to.equal('{not json}');
    expect(text!.querySelector('script')).to.equal(null);
  });
});
