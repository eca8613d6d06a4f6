// Lets Storybook's builder (rollup for `build-storybook`, web-dev-server for
// `storybook`) read the sources as they are: TypeScript with Lit's decorators,
// `.js` specifiers that name `.ts` files (as tsc wants), and the JSON manifest.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

const tsconfigRaw = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));

export function typescriptSources() {
  return {
    name: 'mbc-storybook-typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const base = resolve(dirname(importer.split('?')[0]), source);
      if (existsSync(base)) return null;
      const ts = base.replace(/\.js$/, '.ts');
      return existsSync(ts) ? ts : null;
    },
    async transform(code, id) {
      const file = id.split('?')[0];
      if (file.endsWith('.json') && file.includes('custom-elements')) {
        return { code: `export default ${code};`, map: null };
      }
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: file,
        tsconfigRaw: { compilerOptions: tsconfigRaw.compilerOptions },
      });
      return { code: result.code, map: result.map };
    },
  };
}
