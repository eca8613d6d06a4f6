import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/achievement-list/define.js';

interface ListArgs {
  layout?: 'grid' | 'list';
  motion?: 'count' | 'roll';
  heading?: string;
  'heading-level'?: number;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<ListArgs> = {
  title: 'Elements/mbc-achievement-list',
  component: 'mbc-achievement-list',
  tags: ['autodocs'],
  argTypes: {
    layout: {
      control: { type: 'select' },
      options: ['', 'grid', 'list'],
      description: 'Tiles that reflow to one column (grid, default) or a list.',
      table: { category: 'attributes' },
    },
    motion: {
      control: { type: 'select' },
      options: ['', 'count', 'roll'],
      description: "How the counters' figures move: count (default) or roll.",
      table: { category: 'attributes' },
    },
    heading: {
      control: { type: 'text' },
      description: 'Replaces the heading; empty removes it.',
      table: { category: 'attributes' },
    },
    'heading-level': {
      control: { type: 'number', min: 1, max: 6 },
      description: '1 to 6 (default 2).',
      table: { category: 'attributes' },
    },
    src: { control: { type: 'text' }, description: 'URL of a statement JSON document.', table: { category: 'attributes' } },
    theme: { control: { type: 'select' }, options: ['', 'light', 'dark', 'auto'], table: { category: 'attributes' } },
  },
  render: (a) =>
    html`<mbc-achievement-list
      layout=${ifDefined(a.layout || undefined)}
      motion=${ifDefined(a.motion || undefined)}
      heading=${ifDefined(a.heading)}
      heading-level=${ifDefined(a['heading-level'])}
      src=${ifDefined(a.src || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></mbc-achievement-list>`,
  parameters: {
    docs: {
      description: {
        component:
          "The statement's achievements: figures as animated counters, the others as text, in a semantic list that reflows to one column at 320 px.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

/** No attributes: the built-in statement's achievements as a grid. */
export const Grid: Story = {};

/** `motion="roll"`: the counters' digits roll to their places. */
export const Rolling: Story = { args: { motion: 'roll' } };

/** `layout="list"`. */
export const List: Story = { args: { layout: 'list' } };

/** A heading of the site's own, at level 3. */
export const CustomHeading: Story = { args: { heading: 'What the Convention has achieved', 'heading-level': 3 } };

/** An empty heading, when the page gives its own. */
export const NoHeading: Story = { args: { heading: '' } };

/** A narrow column (320 px): one column, no horizontal scrolling. */
export const Narrow: Story = { render: (a, context) => html`<div style="max-width: 320px">${meta.render!(a, context)}</div>` };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
