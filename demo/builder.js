// The embed builder (demo/builder.html). Everything about the elements comes from
// /custom-elements.json at run time: the list of elements, their descriptions,
// their attributes, types, allowed values and defaults. A new element or attribute
// appears here without an edit. The preview is a blank page in an iframe that
// loads the loader, as a partner page would.

const PREFIX = 'mbc-';
const FORMS = {
  tag: 'Paste the tag where your site takes raw HTML: WordPress’s Custom HTML block, Drupal with a text format that allows mbc- tags (or Full HTML), any static page. Leave out the script line if the loader is already on the site.',
  link: 'The link form survives every rich-text editor tried: Drupal’s CKEditor 5, WordPress’s classic (TinyMCE) and block editors. Insert it as a link in the visual editor (or paste it in the HTML/source view). The loader must be on the site once, e.g. in the theme.',
  data: 'The data form suits editors that keep data- attributes on div and p: WordPress’s classic editor (TinyMCE, Text tab). CKEditor 5 drops them in its default set-up: use the link form there. The loader must be on the site once.',
};

const $ = (id) => document.getElementById(id);
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const unquote = (value) => (value == null ? value : String(value).replace(/^(['"])(.*)\1$/, '$2'));

/**
 * A manifest description with its Markdown marks as elements: `code` as <code>,
 * **strong** as <strong>, the rest as text (never parsed as HTML), so a CMS editor
 * reads "55 million", not "**55 million**".
 */
export function withInlineMarks(text) {
  const fragment = document.createDocumentFragment();
  // split() with a group puts each mark at an odd index, the text between at even ones.
  String(text)
    .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
    .forEach((piece, i) => {
      if (i % 2 === 0) fragment.append(piece);
      else if (piece[0] === '`')
        fragment.append(Object.assign(document.createElement('code'), { textContent: piece.slice(1, -1) }));
      else fragment.append(Object.assign(document.createElement('strong'), { textContent: piece.slice(2, -2) }));
    });
  return fragment;
}

/** The values of a literal union type text ("'a' | 'b'"), or undefined. */
export function unionValues(text) {
  const parts = (text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** Every mbc- element in the manifest: tag, name, description, attributes. */
export function elementsFrom(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith(PREFIX)) continue;
      out.push({
        tag: declaration.tagName,
        name: declaration.tagName.slice(PREFIX.length),
        description: (declaration.description ?? '').split('\n\n')[0].replace(/\s+/g, ' ').trim(),
        attributes: (declaration.attributes ?? []).map((a) => ({
          name: a.name,
          type: a.type?.text ?? 'string',
          values: unionValues(a.type?.text),
          default: unquote(a.default),
          description: (a.description ?? '').replace(/\s+/g, ' ').trim(),
        })),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const shorten = (text, max) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text);

/** The three snippet forms for an element, its set attributes and fallback text. */
export function snippets({ element, attributes, fallback, loaderUrl, linkTarget }) {
  const text = escapeHtml(fallback);
  const script = `<script type="module" src="${escapeHtml(loaderUrl)}"></script>`;
  const tagAttributes = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const dataAttributes = attributes.map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`).join('');
  const target = (linkTarget || 'https://www.apminebanconvention.org/').split('#')[0];
  const fragment = new URLSearchParams([['mbc', element.name], ...attributes]).toString();
  return {
    tag: `${script}\n<${element.tag}${tagAttributes}>${text}</${element.tag}>`,
    // A link reads best short: its first 140 characters.
    link: `<a href="${escapeHtml(`${target}#${fragment}`)}">${escapeHtml(shorten(fallback, 140)) || escapeHtml(element.tag)}</a>`,
    data: `<div data-mbc="${element.name}"${dataAttributes}>${text}</div>`,
  };
}

/** A blank page showing `body` through the loader, in `lang`. */
export function previewPage({ lang, loaderUrl, body }) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${escapeHtml(lang)}" dir="${dir}"><head><meta charset="utf-8"><title>Preview</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}</style>
<script type="module" src="${escapeHtml(loaderUrl)}"></script></head><body>${body}</body></html>`;
}

/**
 * What a reader of the rendered widget gets, as one paragraph: its shadow root's
 * text as assistive technology reads it (aria-hidden visuals such as a counter's
 * running digits are left out, the final value they hide is in), without buttons
 * or the slotted fallback itself. This becomes the snippet's fallback text.
 */
export function readableText(element, max = 320) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE', 'SLOT', 'BUTTON'].includes(child.tagName)) continue;
        if (child.getAttribute('aria-hidden') === 'true' || child.hidden || child.checkVisibility?.() === false) continue;
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  const text = parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

async function main() {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
  const elements = elementsFrom(await response.json());
  if (!elements.length) throw new Error('custom-elements.json lists no mbc- element.');

  const form = $('builder');
  const select = $('element');
  const fieldset = $('attributes');
  const iframe = $('preview');
  const output = $('snippet');
  const status = $('copy-status');
  $('loader-url').value = new URL('/dist/loader.js', location.href).href;

  for (const element of elements) select.append(new Option(element.tag, element.name));
  const requested = new URLSearchParams(location.search).get('element');
  if (requested && elements.some((e) => e.name === requested || e.tag === requested)) {
    select.value = requested.replace(/^mbc-/, '');
  }

  let fallback = '';
  let renderCount = 0;
  const current = () => elements.find((e) => e.name === select.value);

  function buildFields() {
    const element = current();
    $('element-description').replaceChildren(withInlineMarks(element.description));
    fieldset.replaceChildren(Object.assign(document.createElement('legend'), { textContent: `Options of <${element.tag}>` }));
    for (const attribute of element.attributes) {
      const id = `attr-${attribute.name}`;
      const wrap = Object.assign(document.createElement('div'), { className: 'field' });
      const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: attribute.name });
      const hint = Object.assign(document.createElement('span'), { id: `${id}-hint`, className: 'hint' });
      hint.append(
        withInlineMarks(
          [
            attribute.description,
            attribute.default != null && attribute.default !== 'null' ? `Default: ${attribute.default}.` : '',
          ]
            .filter(Boolean)
            .join(' '),
        ),
      );
      let control;
      if (attribute.values) {
        control = document.createElement('select');
        const byDefault = attribute.default && attribute.default !== 'null' ? ` (${attribute.default})` : '';
        control.append(new Option(`Default${byDefault}`, ''));
        for (const value of attribute.values) control.append(new Option(value, value));
      } else if (/^boolean(\s*\|\s*(undefined|null))*$/.test(attribute.type)) {
        control = document.createElement('input');
        control.type = 'checkbox';
      } else {
        control = document.createElement('input');
        control.type = /\bnumber\b/.test(attribute.type)
          ? 'number'
          : attribute.name === 'src' || attribute.name === 'href'
            ? 'url'
            : 'text';
        if (attribute.default != null && attribute.default !== 'null') control.placeholder = attribute.default;
      }
      Object.assign(control, { id, name: id });
      control.dataset.attribute = attribute.name;
      control.setAttribute('aria-describedby', hint.id);
      wrap.append(label, control, hint);
      fieldset.append(wrap);
    }
  }

  const setAttributes = () =>
    [...fieldset.querySelectorAll('[data-attribute]')]
      .filter((control) => (control.type === 'checkbox' ? control.checked : control.value !== ''))
      .map((control) => [control.dataset.attribute, control.type === 'checkbox' ? '' : control.value]);

  const state = () => ({
    element: current(),
    attributes: setAttributes(),
    fallback,
    loaderUrl: $('loader-url').value,
    linkTarget: $('link-target').value,
  });

  function showSnippet() {
    const chosen = form.elements.form.value;
    output.value = snippets(state())[chosen];
    $('form-advice').textContent = FORMS[chosen];
  }

  /** Renders the tag on a blank page in the iframe, then takes its visible text as the fallback. */
  async function preview() {
    const run = ++renderCount;
    const { element, attributes, loaderUrl } = state();
    const tag = snippets({ ...state(), fallback: '' }).tag.split('\n')[1];
    fallback = '';
    showSnippet();
    iframe.srcdoc = previewPage({ lang: $('language').value, loaderUrl, body: tag });
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    if (run !== renderCount) return;
    const win = iframe.contentWindow;
    await win.customElements.whenDefined(element.tag);
    const widget = win.document.querySelector(element.tag);
    await (widget.dataComplete ?? widget.updateComplete);
    if (run !== renderCount) return;
    fallback = readableText(widget);
    showSnippet();
    iframe.dataset.rendered = JSON.stringify({ tag: element.tag, attributes });
  }

  async function copy() {
    const text = output.value;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      output.select();
      document.execCommand('copy');
    }
    status.textContent = `Copied the ${form.elements.form.value} snippet.`;
  }

  const changed = () => {
    status.textContent = '';
    preview().catch((error) => console.warn('[builder] preview failed', error));
  };
  select.addEventListener('change', () => {
    buildFields();
    changed();
  });
  form.addEventListener('input', (event) => {
    if (event.target === select) return;
    if (event.target.name === 'form') {
      status.textContent = '';
      showSnippet();
    } else changed();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', copy);

  buildFields();
  await preview();
  document.body.dataset.ready = 'true';
}

if (typeof document !== 'undefined' && document.getElementById('builder')) {
  main().catch((error) => {
    const alert = $('builder-error');
    alert.hidden = false;
    alert.textContent = `The builder could not start: ${error.message}`;
    console.error(error);
  });
}
