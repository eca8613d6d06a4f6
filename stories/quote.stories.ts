import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/quote/define.js';
import { attributeArgTypes, renderElement } from './support.js';

const TAG = 'mbc-quote';

/** A quote of a site's own statement, given as inline JSON. */
const INLINE = {
  kind: 'Declaration',
  meeting: 'Annual meeting of the district council',
  url: 'https://example.org/declaration',
  quote: { text: 'No child in our district should grow up next to a minefield.' },
};

const meta: Meta = {
  title: 'Elements/mbc-quote',
  component: TAG,
  tags: ['autodocs'],
  argTypes: attributeArgTypes(TAG),
  // Text attributes stay unset (an empty cite removes the caption); their controls are there.
  args: { 'heading-level': 2, theme: 'light', src: '' },
  render: (args) => renderElement(TAG, args),
  parameters: {
    docs: {
      description: {
        component:
          'A pull quote from the Joint Statement in a `figure` with its citation, and a button that shares it (Web Share API) or, where the browser cannot share, copies it with its source and link to the clipboard and says "Copied".',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** No attributes: the statement's pull quote, cited as the Joint Statement of the Twenty-Second Meeting. */
export const Default: Story = {};

/** `href`: the citation links to the source. */
export const WithSource: Story = { args: { href: 'https://example.org/statement' } };

/** A line of the statement chosen by the editor; the citation stays the statement. */
export const OtherLine: Story = {
  args: { text: 'Survivors, many of them children, face life-changing injuries and trauma.' },
};

/** A quote from someone else: give `cite` whenever `text` is not from the statement. */
export const OwnQuote: Story = {
  args: { text: 'Every mine cleared is a field given back.', cite: 'A deminer in the field', href: '/interviews/deminer' },
};

/** An empty `cite` removes the caption. */
export const NoCaption: Story = { args: { cite: '' } };

/** An optional `heading`, at `heading-level`. */
export const WithHeading: Story = { args: { heading: 'In their words', 'heading-level': 3 } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** `theme="auto"` follows the reader's system setting. */
export const Auto: Story = { args: { theme: 'auto' } };

/** A `vbscript:` source URL is refused: no link, a console warning and `mbc-data-error`. */
export const UnsafeHref: Story = { args: { href: 'vbscript:msgbox(1)' } };

/** Quote, citation and source from an inline `<script type="application/json">` child. */
export const InlineJson: Story = {
  render: (args) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(INLINE);
    return renderElement(TAG, args, [script]);
  },
};

/** Restyled with `--mbc-*` properties and `::part()`. */
export const Branded: Story = {
  render: (args) => {
    const wrapper = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = `
      .branded { --mbc-color-accent: #c8102e; --mbc-heading-font-family: Georgia, serif; --mbc-radius: 0; }
      .branded::part(quote) { font-style: italic; }
      .branded::part(share) { text-transform: uppercase; }
    `;
    const element = renderElement(TAG, args);
    element.className = 'branded';
    wrapper.append(style, element);
    return wrapper;
  },
};
