/**
 * Story helpers driven by the Custom Elements Manifest, so a story file only names
 * its element and variants: every attribute becomes an arg (enums as a select from
 * the manifest's union type, defaults shown), and the element is rendered with the
 * args as attribute strings, as a CMS editor would write them.
 */
import { getCustomElements, type ArgTypes } from '@storybook/web-components';

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}

/** The manifest's attributes of one element (empty when the manifest is stale). */
export function attributesOf(tag: string): ManifestAttribute[] {
  // Set by .storybook/preview.ts (setCustomElementsManifest) before any story loads.
  const manifest: unknown = getCustomElements();
  for (const mod of (manifest as { modules?: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] })
    .modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.tagName === tag) return declaration.attributes ?? [];
    }
  }
  return [];
}

/** The values of a literal union type ("'a' | 'b'"), or undefined. */
export function unionValues(text: string | undefined): string[] | undefined {
  const parts = (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const unquote = (value: string | undefined) => value?.replace(/^(['"])(.*)\1$/, '$2');

/** Arg types for every attribute of `tag`: selects for enums, numbers for numbers, text otherwise. */
export function attributeArgTypes(tag: string): ArgTypes {
  return Object.fromEntries(
    attributesOf(tag).map((attribute) => {
      const values = unionValues(attribute.type?.text);
      const numeric = /\bnumber\b/.test(attribute.type?.text ?? '') && !values;
      return [
        attribute.name,
        {
          name: attribute.name,
          description: attribute.description,
          control: values ? { type: 'select' } : numeric ? { type: 'number' } : { type: 'text' },
          options: values ? ['', ...values] : undefined,
          table: {
            category: 'attributes',
            type: { summary: attribute.type?.text ?? 'string' },
            defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default },
          },
        },
      ];
    }),
  );
}

/** Renders `tag` with every set arg that is one of its attributes, plus optional light-DOM children (text only). */
export function renderElement(tag: string, args: Record<string, unknown>, children: (Node | string)[] = []): HTMLElement {
  const element = document.createElement(tag);
  for (const attribute of attributesOf(tag)) {
    const value = args[attribute.name];
    if (value === undefined || value === null || (value === '' && unionValues(attribute.type?.text))) continue;
    element.setAttribute(attribute.name, String(value));
  }
  element.append(...children);
  return element;
}

/** The default shown for an attribute in the manifest, unquoted (for docs). */
export function defaultOf(tag: string, name: string): string | undefined {
  return unquote(attributesOf(tag).find((attribute) => attribute.name === name)?.default);
}
