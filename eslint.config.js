// Lint for readable source: typescript-eslint's recommended rules, strict equality, and
// the Lit and web-components rules. Formatting is Prettier's (.prettierrc.json);
// `npm run lint` checks both, `npm run format` rewrites.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'src/locales/', '.engines/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['src/**/*.ts', 'stories/**/*.ts'], ...wc.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'stories/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `x == null` (null or undefined) stays allowed: the one idiom where loose equality says more.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Arguments and bindings named _x are unused on purpose (a signature to keep).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts, benches and their tests (which also hand functions to the browser).
    files: ['scripts/**/*.js', 'bench/**/*.js', 'test/**/*.js', '*.js', '*.mjs', '.storybook/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions.
    files: ['**/*.test.ts', 'test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
