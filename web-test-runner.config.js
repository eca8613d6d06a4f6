import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { BROWSER_ARGS, findBrowser } from './scripts/browser.js';
import { testRoutes } from './test/routes.js';
import { cdpCommandsPlugin } from './test/wtr-commands.js';

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
  // cdpCommandsPlugin: heap usage and text size through CDP for the hostile-page suites (test/wtr-commands.js).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), cdpCommandsPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        // window.gc() for the lifecycle suite's leak check (src/test-support/hostile/lifecycle.test.ts);
        // precise memory info kept for ad-hoc checks; the heap ratio itself is measured through CDP (test/wtr-commands.js).
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
