import { esbuildPlugin } from '@web/dev-server-esbuild';
import { EXCEPTIONS } from './test/engine-exceptions.js';
import { CONCURRENCY, ENGINES, launcherFor } from './test/engines.js';
import { testRoutes } from './test/routes.js';
import { engineCommandsPlugin } from './test/wtr-commands.js';

// One engine per run: `npm test` is Chromium; `MBC_ENGINE=firefox` or `webkit` picks another
// (`npm run test:all-browsers` runs the three in turn). See test/engines.js.
const engine = process.env.MBC_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`MBC_ENGINE must be one of ${ENGINES.join(', ')}, not "${engine}".`);
const chromium = engine === 'chromium';
for (const { title, reason } of EXCEPTIONS[engine]) console.log(`Not run in ${engine}: "${title}": ${reason}.`);

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // A port of its own when engines run side by side (scripts/test-engines.js); else the first free from 8000.
  ...(process.env.MBC_TEST_PORT ? { port: Number(process.env.MBC_TEST_PORT) } : {}),
  nodeResolve: true,
  concurrency: CONCURRENCY[engine],
  testFramework: { config: { timeout: 10000 } },
  // Firefox ESR 140 runs one file at a time (test/engines.js): its whole run takes about 10 minutes on 2 cores.
  testsFinishTimeout: 25 * 60 * 1000,
  middleware: [testRoutes],
  // engineCommandsPlugin: media, text size, heap, viewport and keys in every engine (test/wtr-commands.js).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), engineCommandsPlugin({ engine })],
  browsers: [
    launcherFor(engine, {
      // window.gc() for the lifecycle suite's leak check (test/browser/hostile/lifecycle.test.ts);
      // the heap ratio itself is measured through CDP (test/wtr-commands.js).
      chromiumArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
    }),
  ],
  // V8 coverage needs the DevTools protocol: Chromium only.
  coverage: chromium,
  coverageConfig: {
    report: true,
    reportDir: 'coverage',
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'node_modules/**'],
  },
};
