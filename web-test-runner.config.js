import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { BROWSER_ARGS, findBrowser } from './scripts/browser.js';
import { testRoutes } from './test/routes.js';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium or Chrome found: run `node scripts/ensure-browser.js` or set CHROME_PATH.');
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [testRoutes],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        // window.gc() for the lifecycle suite's leak check (src/test-support/hostile/lifecycle.test.ts);
        // precise memory info for its heap ratio, where this Chromium still updates performance.memory.
        args: [...BROWSER_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
      },
    }),
  ],
  coverage: true,
  coverageConfig: {
    report: true,
    reportDir: 'coverage',
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test-support/**', 'node_modules/**'],
  },
};
