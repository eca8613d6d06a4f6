// Fills src/loader/registry.ts at build time with the elements the build ships and
// their attributes, from the element folders and the analyzer (scripts/manifest.js),
// so the loader knows every element without anyone editing it. Runs after the
// TypeScript plugin (which emits from disk) and replaces that one module's code.
import { analyze, describeElements, elementFolders, loaderRegistry } from './manifest.js';

const REGISTRY_MODULE = /[\\/]src[\\/]loader[\\/]registry\.ts$/;

export function mbcRegistry() {
  let registry;
  return {
    name: 'mbc-registry',
    async buildStart() {
      const { elements, problems } = describeElements(await analyze(), elementFolders());
      for (const problem of problems) this.warn(problem);
      registry = loaderRegistry(elements);
    },
    transform(_code, id) {
      if (!REGISTRY_MODULE.test(id)) return null;
      return { code: `export default ${JSON.stringify(registry)};\n`, map: { mappings: '' } };
    },
  };
}

/**
 * `mine-ban-widgets.classic.js`: for pages that can only add a classic
 * `<script src>` (no `type="module"`). A few bytes of IIFE that import the loader
 * from beside itself, so classic and module pages share the same chunks. Browsers
 * without `import()` ignore it (a syntax error in its own script) and keep the fallback text.
 */
export function classicBootstrap(fileName = 'mine-ban-widgets.classic.js', target = 'loader.js') {
  const source =
    `(function(){var s=document.currentScript;if(s&&s.src)import(new URL(${JSON.stringify(target)},s.src).href)` +
    `.catch(function(e){console.warn("[mine-ban-widgets] the loader could not be loaded:",e)})})();\n`;
  return {
    name: 'mbc-classic-bootstrap',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
