/**
 * The autoloader's logic, apart from how chunks are found (src/loader.ts) so tests
 * can give it their own registry and import function.
 *
 * It upgrades three things into `mbc-` elements, loading only the chunks of
 * the elements it meets:
 * - the tags themselves, `<mbc-commitment-list>`;
 * - the link form, `<a href="…#mbc=commitment-list&heading=…">text</a>`;
 * - the data form, `<div data-mbc="commitment-list" data-heading="…">text</div>`
 *   (also `p`, `span`, `blockquote`).
 * Only known elements and their known attributes are taken; values are set as
 * attribute strings (never parsed as HTML); anything else is left as it is, with a
 * warning. The text inside a form stays inside the element as its fallback.
 * Forms inside something being edited (`contenteditable`) are left alone.
 */

/** Element name (tag without `mbc-`) → its attribute names, space-separated. */
export type Registry = Readonly<Record<string, string>>;
/** Loads (and so defines) one element's module. */
export type ImportElement = (name: string) => Promise<unknown>;

export interface Loader {
  /** Upgrades what is in `root` now and watches it for more; resolves when the elements found are defined. */
  load(root?: Node): Promise<void>;
}

const PREFIX = 'mbc-';
const LINK = 'a[href*="#mbc="]';
const DATA = ':is(div,p,span,blockquote)[data-mbc]';

/** A form holding only JSON text: inline data whose `<script type="application/json">` the CMS removed. */
function inlineJson(source: Element, text: string): boolean {
  if (source.children.length || !text.startsWith('{') || !text.endsWith('}')) return false;
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
}

const warn = (...args: unknown[]) => console.warn('[mine-ban-widgets]', ...args);

export function createLoader(registry: Registry, importElement: ImportElement): Loader {
  const chunks = new Map<string, Promise<boolean>>();
  const warned = new Set<string>();
  const watched = new WeakSet<Node>();
  const failed = new WeakSet<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });

  const known = (name: string | null): name is string => !!name && Object.prototype.hasOwnProperty.call(registry, name);

  const warnOnce = (key: string, ...args: unknown[]) => {
    if (!warned.has(key)) {
      warned.add(key);
      warn(...args);
    }
  };

  /** Loads an element's chunk once; false (with a warning) when it fails. */
  const need = (name: string): Promise<boolean> => {
    let chunk = chunks.get(name);
    if (!chunk) {
      chunk = customElements.get(PREFIX + name)
        ? Promise.resolve(true)
        : importElement(name).then(
            () => true,
            (error) => (warn(`<${PREFIX}${name}> could not be loaded:`, error), false),
          );
      chunks.set(name, chunk);
    }
    return chunk;
  };

  /** Replaces a CMS-safe form with its element; puts the form back if the element cannot load. */
  const upgrade = (source: Element, name: string | null, params: [string, string][]): Promise<boolean> | void => {
    // Never rewrite what an editor is editing (a CMS may load the site's scripts in its admin).
    if (failed.has(source) || (source as HTMLElement).isContentEditable) return;
    if (!known(name)) return warnOnce(`?${name}`, `unknown element "${name}": left as it is`, source);
    const allowed = registry[name]!.split(' ');
    const element = document.createElement(PREFIX + name);
    for (const [key, value] of params) {
      if (allowed.includes(key)) element.setAttribute(key, value);
      else warnOnce(`${name}?${key}`, `<${PREFIX}${name}> has no attribute "${key}": ignored`);
    }
    const text = source.textContent!.replace(/\s+/g, ' ').trim();
    if (inlineJson(source, text)) {
      // Inline JSON whose <script> a CMS stripped (kses for an Author): data again, not text for readers.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      element.append(script);
    } else {
      // Its text is the widget's fallback (a counter takes its prefix and label from the words around the figure).
      element.append(...source.childNodes);
    }
    source.replaceWith(element);
    return need(name).then((ok) => {
      if (!ok && element.parentNode) {
        failed.add(source);
        source.append(...element.childNodes);
        element.replaceWith(source);
      }
      return ok;
    });
  };

  function scan(root: Node): Promise<unknown> {
    if (!(root instanceof Element || root instanceof Document || root instanceof DocumentFragment)) return Promise.resolve();
    const all = (selector: string) => [
      ...(root instanceof Element && root.matches(selector) ? [root] : []),
      ...root.querySelectorAll(selector),
    ];
    const found: (Promise<boolean> | void)[] = [];
    for (const link of all(LINK) as HTMLAnchorElement[]) {
      const hash = link.hash;
      if (!hash.startsWith('#mbc=')) continue;
      const params = [...new URLSearchParams(hash.slice(1))];
      found.push(upgrade(link, params[0]![1], params.slice(1)));
    }
    for (const element of all(DATA)) {
      const params = element
        .getAttributeNames()
        .filter((attribute) => attribute.startsWith('data-') && attribute !== 'data-mbc')
        .map((attribute): [string, string] => [attribute.slice(5), element.getAttribute(attribute)!]);
      found.push(upgrade(element, element.getAttribute('data-mbc'), params));
    }
    for (const element of all(':not(:defined)')) {
      const tag = element.localName;
      if (!tag.startsWith(PREFIX)) continue;
      const name = tag.slice(PREFIX.length);
      if (known(name)) found.push(need(name));
      else warnOnce(tag, `<${tag}> is not an element of this version: left as it is`);
    }
    return Promise.all(found);
  }

  return {
    load(root: Node = document) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { childList: true, subtree: true });
      }
      return scan(root).then(() => undefined);
    },
  };
}
