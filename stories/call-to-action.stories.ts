import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/call-to-action/define.js';
import { attributeArgTypes, renderElement } from './support.js';

const TAG = 'mbc-call-to-action';

/** A call of a site's own, given as inline JSON. */
const INLINE = {
  callToAction: {
    heading: 'Ask your parliament',
    text: 'Write to your member of parliament and ask them to keep our country in the Mine Ban Convention.',
    href: 'https://example.org/write',
    label: 'Write a letter',
  },
};

const meta: Meta = {
  title: 'Elements/mbc-call-to-action',
  component: TAG,
  tags: ['autodocs'],
  argTypes: attributeArgTypes(TAG),
  // Text attributes stay unset (an empty heading or text removes it); their controls are there.
  args: { 'heading-level': 2, theme: 'light', src: '' },
  render: (args) => renderElement(TAG, args),
  parameters: {
    docs: {
      description: {
        component:
          'The closing call to action of the Joint Statement, with a link button when `href` is given (http, https, mailto or relative URLs only). Fires `mbc-cta-click` before the browser follows the link, so a site can count it (or cancel it with `preventDefault()`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** No attributes: the built-in statement's call and its closing paragraph. The seed has no URL, so there is no button. */
export const Default: Story = {};

/** `href` and `label`: a link button to the site's own page. */
export const WithLink: Story = { args: { href: '/join', label: 'Join the campaign' } };

/** A link to another site gets `rel="noopener"`; the label defaults to "Take action". */
export const ExternalLink: Story = { args: { href: 'https://example.org/join' } };

/** A `mailto:` link. */
export const MailtoLink: Story = {
  args: { href: 'mailto:campaign@example.org?subject=Mine%20Ban%20Convention', label: 'Write to us' },
};

/** Everything from attributes, as a CMS editor would write it: the built-in statement is not even loaded. */
export const OwnText: Story = {
  args: {
    heading: 'Stand with survivors',
    text: 'Ask your government to fund mine action and survivor assistance.',
    href: '/act',
    label: 'Find out how',
  },
};

/** An empty `heading` removes the heading, when the page gives its own. */
export const NoHeading: Story = { args: { heading: '', href: '/join' } };

/** `heading-level` fits the widget into the page's outline (here an `h4`). */
export const HeadingLevel: Story = { args: { 'heading-level': 4 } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark', href: '/join' }, parameters: { backgrounds: { default: 'dark' } } };

/** `theme="auto"` follows the reader's system setting. */
export const Auto: Story = { args: { theme: 'auto', href: '/join' } };

/** A `javascript:` URL is refused: no button, a console warning and `mbc-data-error`. */
export const UnsafeHref: Story = { args: { href: 'javascript:alert(1)', label: 'Never shown' } };

/** The call from an inline `<script type="application/json">` child. */
export const InlineJson: Story = {
  render: (args) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(INLINE);
    return renderElement(TAG, args, [script]);
  },
};

/** Restyled with `--mbc-*` properties and `::part(link)`. */
export const Branded: Story = {
  args: { href: '/join', label: 'Join us' },
  render: (args) => {
    const wrapper = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = `
      .branded { --mbc-color-accent: #c8102e; --mbc-color-on-accent: #fff; --mbc-radius: 0; --mbc-font-family: Georgia, serif; }
      .branded::part(link) { text-transform: uppercase; letter-spacing: 0.05em; }
    `;
    const element = renderElement(TAG, args);
    element.className = 'branded';
    wrapper.append(style, element);
    return wrapper;
  },
};

/** Counting clicks: the page listens to `mbc-cta-click` (here it also cancels the navigation and shows the event's detail). */
export const Analytics: Story = {
  args: { href: 'https://example.org/join', label: 'Join us', id: 'footer-cta' },
  render: (args) => {
    const wrapper = document.createElement('div');
    const element = renderElement(TAG, args);
    element.id = String(args.id ?? '');
    const log = document.createElement('output');
    log.textContent = 'Click the button: the event is logged here instead of navigating.';
    element.addEventListener('mbc-cta-click', (event) => {
      event.preventDefault();
      log.textContent = `mbc-cta-click ${JSON.stringify((event as CustomEvent).detail)}`;
    });
    wrapper.append(element, log);
    return wrapper;
  },
};
