import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/commitment-list/define.js';
import { attributeArgTypes, renderElement } from './support.js';

const TAG = 'mbc-commitment-list';

/** A small statement given as inline JSON, as a site without a feed would. */
const INLINE = {
  title: 'Our own statement',
  commitments: [
    { id: 'clear', text: 'Clear every mined area in our district by 2030.' },
    { id: 'survivors', text: 'Support survivors and their families.' },
  ],
};

const slotted = (name: string, text: string) => Object.assign(document.createElement('p'), { slot: name, textContent: text });

const meta: Meta = {
  title: 'Elements/mbc-commitment-list',
  component: TAG,
  tags: ['autodocs'],
  argTypes: attributeArgTypes(TAG),
  render: (args) => renderElement(TAG, args),
  parameters: {
    docs: {
      description: {
        component:
          'The numbered commitments of the Joint Statement. Works with no attributes (the built-in statement), with attributes, with inline JSON or with `src`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** No attributes: the built-in statement's commitments under the default heading. */
export const Default: Story = {};

/** A heading of the site's own. */
export const CustomHeading: Story = { args: { heading: 'What the Champions commit to' } };

/** An empty `heading` removes the heading, when the page gives its own. */
export const NoHeading: Story = { args: { heading: '' } };

/** `heading-level` fits the widget into the page's outline (here an `h4`). */
export const HeadingLevel: Story = { args: { 'heading-level': 4 } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** `theme="auto"` follows the reader's system setting. */
export const Auto: Story = { args: { theme: 'auto' } };

/** Text the site shows between the heading and the list, and after it (`intro` and `footer` slots). */
export const IntroAndFooter: Story = {
  render: (args) =>
    renderElement(TAG, args, [
      slotted('intro', 'At the Twenty-Second Meeting of States Parties, the Champions said:'),
      slotted('footer', 'Read the full statement on the Convention’s site.'),
    ]),
};

/** Content from an inline `<script type="application/json">` child (no request). */
export const InlineJson: Story = {
  render: (args) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(INLINE);
    return renderElement(TAG, args, [script]);
  },
};

/** A `src` that fails: the built-in statement shows and `mbc-data-error` is fired. */
export const FailingSrc: Story = { args: { src: '/no-such-feed.json' } };
