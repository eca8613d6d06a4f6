import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/signatory-list/define.js';
import { attributeArgTypes, renderElement } from './support.js';

const TAG = 'mbc-signatory-list';

const inlineJson = (data: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  return script;
};

/** The States whose United Nations names differ from CLDR's. */
const UN_NAMED = {
  signatories: [
    {
      id: 'named',
      label: 'States named the United Nations way',
      states: ['CD', 'CG', 'CI', 'IR', 'KR', 'KP', 'RU', 'SY', 'TZ', 'TR', 'VN', 'BO', 'VE', 'MD', 'LA', 'GB', 'US', 'PS', 'VA'],
    },
  ],
};

const meta: Meta = {
  title: 'Elements/mbc-signatory-list',
  component: TAG,
  tags: ['autodocs'],
  argTypes: attributeArgTypes(TAG),
  args: { group: 'all', display: 'list', 'heading-level': 2, theme: 'light', src: '' },
  render: (args) => renderElement(TAG, args),
  parameters: {
    docs: {
      description: {
        component:
          "The States that joined the statement, by group, named in the page's language (United Nations names where CLDR's differ) and sorted for it. Takes any list of ISO 3166-1 codes from inline JSON or `src`.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** No attributes: both groups of the built-in statement, each under its heading. */
export const List: Story = {};

/** `group="champions"`: the Champions of the Secretary-General's Campaign only. */
export const Champions: Story = { args: { group: 'champions' } };

/** `group="supporters"`: the other States Parties only. */
export const Supporters: Story = { args: { group: 'supporters' } };

/** `display="inline"`: one sentence per group ("Algeria, Austria, … and Thailand"). */
export const Inline: Story = { args: { display: 'inline', group: 'champions' } };

/** `display="count"`: "18 States". */
export const Count: Story = { args: { display: 'count' } };

/** `heading-level="4"` for the group headings. */
export const HeadingLevel: Story = { args: { 'heading-level': 4 } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** Any codes from inline JSON: here the States the United Nations names otherwise than CLDR. */
export const UnitedNationsNames: Story = { render: (args) => renderElement(TAG, args, [inlineJson(UN_NAMED)]) };

/** An unknown code ("XX") shows as the code, with a warning and `mbc-data-error`. */
export const UnknownCode: Story = {
  render: (args) =>
    renderElement(TAG, args, [inlineJson({ signatories: [{ id: 'x', label: 'With a typo', states: ['FR', 'XX', 'DE'] }] })]),
};

/** A `src` that fails: the built-in statement shows and `mbc-data-error` is fired. */
export const FailingSrc: Story = { args: { src: '/no-such-feed.json' } };
