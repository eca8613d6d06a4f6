// Builds what a partner loads from a CDN, as one module graph with shared chunks:
// dist/mine-ban-widgets.js (every element), dist/elements/<name>.js (one
// self-defining element each) and lazily loaded chunks (the built-in statement,
// locales). A page that loads two of these shares Lit and the mechanisms instead
// of loading them twice. npm users get dist/lib from tsc instead.
import { existsSync, readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { classicBootstrap, mbcRegistry } from './scripts/rollup-plugin-mbc-registry.js';

/** Where the build goes; DIST=/tmp/somewhere builds elsewhere (e.g. to measure without touching dist/). */
const OUT = process.env.DIST ?? 'dist';

/** Every folder of src/ with a define module is an element. */
export const elements = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);

/**
 * Drops the translator notes (`desc: '…'`) from msg() calls: lit-localize reads them
 * from the source into the XLIFF files, and the page never needs them.
 */
function stripMessageDescriptions() {
  const quoted = String.raw`(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|` + '`' + String.raw`(?:\\.|[^` + '`' + String.raw`\\])*` + '`)';
  const afterComma = new RegExp(String.raw`,\s*desc:\s*` + quoted, 'g'); // { id: 'x', desc: '…' }
  const leading = new RegExp(String.raw`\bdesc:\s*` + quoted + String.raw`\s*,?`, 'g'); // { desc: '…' }
  return {
    name: 'mbc-strip-message-descriptions',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: code.replace(afterComma, '').replace(leading, ''), map: null };
    },
  };
}

export default {
  input: {
    'mine-ban-widgets': 'src/mine-ban-widgets.ts',
    // The autoloader (issue 6): imports no element, loads each from elements/ on demand.
    loader: 'src/loader.ts',
    ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/${name}/define.ts`])),
  },
  output: {
    dir: OUT,
    format: 'es',
    // Maps are shipped beside the files for debugging, but not referenced: the comment costs every reader bytes.
    sourcemap: 'hidden',
    // Each element module lists only the chunks it uses itself, not every transitive one.
    hoistTransitiveImports: false,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) =>
      // One chunk per language: UI strings (src/locales/) and the built-in statement's texts (src/data/translations/).
      /\/src\/(locales|data\/translations\/joint-statement)/.test(chunk.facadeModuleId ?? '') ? 'locales/[name].js' : 'chunks/[name]-[hash].js',
  },
  // @lit/localize's modules do nothing on import: without this, its runtime (needed only
  // for a language other than English) would sit in every page's static chunk.
  treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/') },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    stripMessageDescriptions(),
    // Whitespace and comments inside html`` and css`` templates, which terser leaves alone.
    minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { noEmit: false, declaration: false, sourceMap: true, outDir: OUT, types: [] },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/test-support/**'],
    }),
    mbcRegistry(), // the loader's list of elements and attributes, from the manifest
    classicBootstrap(),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
};
