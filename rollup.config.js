// Builds what a partner loads from a CDN, as one module graph with shared chunks:
// dist/mine-ban-widgets.js (every element), dist/elements/<name>.js (one
// self-defining element each) and lazily loaded chunks (the built-in statement,
// locales). A page that loads two of these shares Lit and the mechanisms instead
// of loading them twice. npm users get dist/lib from tsc instead.
import { existsSync, readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Where the build goes; DIST=/tmp/somewhere builds elsewhere (e.g. to measure without touching dist/). */
const OUT = process.env.DIST ?? 'dist';

/** Every folder of src/ with a define module is an element. */
export const elements = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);

export default {
  input: {
    'mine-ban-widgets': 'src/mine-ban-widgets.ts',
    ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/${name}/define.ts`])),
  },
  output: {
    dir: OUT,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.includes('/src/locales/') ? 'locales/[name].js' : 'chunks/[name]-[hash].js',
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { noEmit: false, declaration: false, sourceMap: true, outDir: OUT, types: [] },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/test-support/**'],
    }),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
};
