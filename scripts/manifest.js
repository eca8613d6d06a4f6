// The element list and each element's public API, from the source of truth: the
// element folders (src/<name>/define.ts, as rollup.config.js builds them) and the
// Custom Elements Manifest the analyzer makes from their source (`npm run analyze`,
// same arguments, same plugins). Used by the loader's build (its registry of known
// elements and attributes), the IDE data and the tests, so a new element or
// attribute is covered without editing any of them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const TAG_PREFIX = 'mbc-';

/** Every folder of src/ with a define module is an element (the rule rollup.config.js uses). */
export function elementFolders(root = '.') {
  return readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared' && existsSync(join(root, 'src', entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** Splits a shell command line into words (enough for the package.json analyze script). */
function words(line) {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/**
 * Runs the analyzer on the sources now, with the arguments of `npm run analyze`,
 * without writing custom-elements.json (other work may be reading it).
 */
export async function analyze(root = '.') {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.analyze;
  const all = words(script);
  const end = all.findIndex((word) => ['&&', '||', ';', '|'].includes(word));
  const argv = all.slice(1, end === -1 ? undefined : end); // the cem command only, without "cem"
  const quietLog = console.log;
  console.log = () => {};
  try {
    return await cli({ argv: [...argv, '--quiet'], cwd: root, noWrite: true });
  } finally {
    console.log = quietLog;
  }
}

/** The values of a literal union type text ("'a' | 'b'"), or undefined when it is not one. */
export function unionValues(typeText) {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** Every custom element declared in the manifest, keyed by tag. */
export function declarationsByTag(manifest) {
  const byTag = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName)
        byTag.set(declaration.tagName, { ...declaration, modulePath: mod.path });
    }
  }
  return byTag;
}

/**
 * The elements the build ships (one per folder), each with its tag and public
 * attributes from the manifest. `problems` lists folders the manifest does not
 * describe as `mbc-<folder>` (their tags still load; their CMS forms take no attributes).
 */
export function describeElements(manifest, folders = elementFolders()) {
  const byTag = declarationsByTag(manifest);
  const problems = [];
  const elements = folders.map((name) => {
    const tag = TAG_PREFIX + name;
    const declaration = byTag.get(tag);
    if (!declaration) problems.push(`src/${name}/ has define.ts but the manifest has no <${tag}>`);
    const attributes = (declaration?.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      type: attribute.type?.text,
      values: unionValues(attribute.type?.text),
      default: attribute.default,
      description: attribute.description ?? '',
    }));
    return { name, tag, description: declaration?.description ?? '', declaration, attributes };
  });
  return { elements, problems };
}

/** The loader's registry: element name (tag without prefix) → its attribute names, space-separated. */
export function loaderRegistry(elements) {
  return Object.fromEntries(elements.map((element) => [element.name, element.attributes.map((a) => a.name).join(' ')]));
}
