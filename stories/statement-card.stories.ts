import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/statement-card/define.js';
import { attributeArgTypes, renderElement } from './support.js';

const TAG = 'mbc-statement-card';

/** A short statement of a site's own, given as inline JSON. */
const INLINE = {
  kind: 'Declaration',
  title: 'Our district against landmines',
  meeting: 'Annual meeting of the district council',
  signatories: [
    { id: 'champions', label: 'Champions', states: ['NO', 'TH', 'CD'] },
    { id: 'supporters', label: 'Supporters', states: ['VN', 'LA'] },
  ],
  sections: [
    { id: 'intro', paragraphs: ['We stand with the Anti-Personnel Mine Ban Convention.', 'We will do our part.'] },
    { id: 'commitments', heading: 'What we will do', paragraphs: ['We commit to:'], list: 'commitments' },
  ],
  achievements: [],
  commitments: [
    { id: 'clear', text: 'Clear every mined area by 2030.' },
    { id: 'care', text: 'Support survivors.' },
  ],
  callToAction: { text: 'Join us.' },
};

const meta: Meta = {
  title: 'Elements/mbc-statement-card',
  component: TAG,
  tags: ['autodocs'],
  argTypes: attributeArgTypes(TAG),
  args: { variant: 'summary', href: '', 'heading-level': 2, theme: 'light', src: '' },
  render: (args) => renderElement(TAG, args),
  parameters: {
    docs: {
      description: {
        component:
          'The Joint Statement as a card: a summary whose "Read the full statement" opens the full text in place (or links to `href`), or the full text (`variant="full"`). Works with no attributes (the built-in statement), with inline JSON or with `src`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** No attributes: the summary of the built-in statement; the button opens the full text in place. */
export const Summary: Story = {};

/** `variant="full"`: the whole statement, its sections one heading level below the title. */
export const Full: Story = { args: { variant: 'full' } };

/** `href`: "Read the full statement" is a link instead of the disclosure. */
export const WithLink: Story = { args: { href: 'https://www.apminebanconvention.org/' } };

/** An unsafe `href` (`javascript:`) renders no link: a warning, `mbc-data-error`, and the disclosure instead. */
export const UnsafeLink: Story = { args: { href: 'javascript:alert(1)' } };

/** In a 280 px sidebar: the layout follows the widget's width (container queries). */
export const Sidebar: Story = {
  render: (args) => {
    const sidebar = document.createElement('div');
    sidebar.style.inlineSize = '280px';
    sidebar.append(renderElement(TAG, args));
    return sidebar;
  },
};

/** `heading-level="4"`: the title is an `h4`, the sections `h5`. */
export const HeadingLevel: Story = { args: { variant: 'full', 'heading-level': 4 } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** Another statement from an inline `<script type="application/json">` child. */
export const InlineJson: Story = {
  args: { variant: 'full' },
  render: (args) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(INLINE);
    return renderElement(TAG, args, [script]);
  },
};

/** A `src` that fails: the built-in statement shows and `mbc-data-error` is fired. */
export const FailingSrc: Story = { args: { src: '/no-such-feed.json' } };
