// Builds what a partner loads from a CDN, as two module graphs:
// - dist/mine-ban-widgets.js: every element in one file, with Lit and the built-in
//   statement, so the CDN one-liner costs one request instead of a waterfall of
//   shared chunks. What only some pages need (other languages, `src`/inline JSON,
//   the statement's long text) stays in lazily loaded chunks/.
// - dist/loader.js and dist/elements/<name>.js (one self-defining element each),
//   sharing Lit and the mechanisms through chunks/, so a page that loads two
//   elements loads them once. Lazily loaded: the built-in statement, locales/.
// A page that mixes the two graphs gets two copies of Lit, which the guarded define()
// and the configure-once locale runtime allow. npm users get dist/lib from tsc instead.
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
  const quoted =
    String.raw`(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|` + '`' + String.raw`(?:\\.|[^` + '`' + String.raw`\\])*` + '`)';
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

/**
 * A language's chunks, by name under locales/: its UI strings (src/locales/<lang>.ts as
 * <lang>.js) and the built-in statement's translation (src/data/translations/<lang>.ts
 * and <lang>.text.ts as joint-statement-22msp.<lang>.js and …<lang>.text.js).
 */
function languageChunkName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  if (/\/src\/locales\/[a-z]{2}\.ts$/.test(id)) return '[name].js';
  if (/\/src\/data\/translations\/[a-z]{2}(\.text)?\.ts$/.test(id)) return 'joint-statement-22msp.[name].js';
  return undefined;
}

const chunkFileNames = (folder) => (chunk) => {
  const language = languageChunkName(chunk);
  return language ? `${folder}/${language}` : 'chunks/[name]-[hash].js';
};

const shared = {
  // @lit/localize's modules do nothing on import: without this, its runtime (needed only
  // for a language other than English) would sit in every page's static chunk.
  treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/') },
  plugins: () => [
    resolve({ exportConditions: ['production'] }),
    stripMessageDescriptions(),
    // Whitespace and comments inside html`` and css`` templates, which terser leaves alone.
    minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { noEmit: false, declaration: false, sourceMap: true, outDir: OUT, types: [] },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
    }),
  ],
  terser: () => terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3 } }),
};

/** The elements graph: the loader and one module per element, sharing chunks. */
const elementsBuild = {
  input: {
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
    chunkFileNames: chunkFileNames('locales'),
  },
  treeshake: shared.treeshake,
  plugins: [
    ...shared.plugins(),
    mbcRegistry(), // the loader's list of elements and attributes, from the manifest
    classicBootstrap(),
    shared.terser(),
  ],
};

/**
 * The single-file bundle. Its lazy chunks import from it, so they are its own:
 * hashed names in chunks/ beside the elements graph's, languages in locales/bundle/.
 */
const bundleBuild = {
  input: { 'mine-ban-widgets': 'src/mine-ban-widgets.ts' },
  // The chunks it loads may import from it what they need (the built-in statement), so it stays one file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: OUT,
    format: 'es',
    sourcemap: 'hidden',
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileNames('locales/bundle'),
  },
  treeshake: shared.treeshake,
  plugins: [...shared.plugins(), shared.terser()],
};

export default [bundleBuild, elementsBuild];
