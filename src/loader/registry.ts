/**
 * The elements the loader knows, each with its attribute names (space-separated).
 * This file is a stand-in: the build (scripts/rollup-plugin-mbc-registry.js) replaces
 * its code with the list made from the element folders and the Custom Elements
 * Manifest, so nobody edits it when an element or attribute is added.
 */
const registry: Readonly<Record<string, string>> = {};
export default registry;
