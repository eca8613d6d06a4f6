// Storybook 8 for web components, built by @web/storybook-builder (rollup / web-dev-server).
// `npm run storybook` (dev server, port 6006) and `npm run build-storybook` (storybook-static/).
// The manifest is made first (`npm run analyze`) so every attribute is a documented control.
import { typescriptSources } from './typescript-plugin.js';

/** @type { import('@web/storybook-framework-web-components').StorybookConfig } */
const config = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-essentials', '@storybook/addon-a11y'],
  framework: { name: '@web/storybook-framework-web-components', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { autodocs: true },
  async rollupFinal(config) {
    config.plugins = [typescriptSources(), ...(config.plugins ?? [])];
    return config;
  },
  async wdsFinal(config) {
    const { fromRollup } = await import('@web/dev-server-rollup');
    config.plugins = [fromRollup(typescriptSources)(), ...(config.plugins ?? [])];
    config.mimeTypes = { ...config.mimeTypes, '**/*.ts': 'js', '**/custom-elements.json': 'js' };
    return config;
  },
};
export default config;
