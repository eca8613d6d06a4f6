import { VERSION } from '../version.js';

/** An element class that knows its own tag, as every mbc- element does. */
export interface DefinableElement extends CustomElementConstructor {
  readonly is: string;
  readonly version?: string;
}

/**
 * Registers an element once. A second copy of the same version (the bundle loaded
 * twice, or bundle and loader together) is a no-op; another version already
 * holding the tag keeps it, and we say so once instead of throwing into the page.
 */
export function define(element: DefinableElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const tag = element.is;
  const existing = registry.get(tag) as DefinableElement | undefined;
  if (existing) {
    if (existing !== element && existing.version !== element.version) {
      console.warn(
        `[mine-ban-widgets] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `version ${element.version ?? VERSION} on this page is not used for it.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    // A scoped or polyfilled registry may still refuse; the page must not break.
    console.warn(`[mine-ban-widgets] <${tag}> could not be defined:`, error);
  }
}
