import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components';
// Made by `npm run analyze` (the storybook scripts run it first).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** The UN languages the widgets speak; the page language is `<html lang>`. */
const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'fr', title: 'Français' },
  { value: 'es', title: 'Español' },
  { value: 'ar', title: 'العربية' },
  { value: 'ru', title: 'Русский' },
  { value: 'zh', title: '中文' },
];

/** Sets the page language (as a host page would) and, when the toolbar picks one, every story's `theme`. */
const withLanguageAndTheme: Decorator = (story, context) => {
  const { locale = 'en', theme } = context.globals as { locale?: string; theme?: string };
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  if (theme) context.args.theme = theme;
  document.body.style.background = theme === 'dark' ? '#111418' : '';
  return story();
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
    theme: {
      description: 'The theme attribute of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: '', title: 'As the story says' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
          { value: 'auto', title: 'auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: '' },
  decorators: [withLanguageAndTheme],
  parameters: {
    controls: { expanded: true },
    a11y: { config: {}, options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
  },
};

export default preview;
